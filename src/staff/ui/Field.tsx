/** Labelled form controls whose error (if any) is tied to the input for screen readers. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Common {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

function Described({
  id,
  hint,
  error,
  children,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <>
      {children}
      {hint && (
        <span class="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField({
  label,
  hint,
  error,
  value,
  onInput,
  type = 'text',
  name,
  autoComplete,
  required,
  inputMode,
}: Common & {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'password' | 'search' | 'date' | 'tel';
  name?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text' | 'tel';
}) {
  const id = useId();
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <Described id={id} hint={hint} error={error}>
        <input
          id={id}
          name={name}
          // Preact's types split <input> by type; every type here takes the same attributes.
          type={type as 'text'}
          value={value}
          required={required}
          autoComplete={autoComplete}
          inputMode={inputMode}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
      </Described>
    </div>
  );
}

export function TextArea({
  label,
  hint,
  error,
  value,
  onInput,
}: Common & { value: string; onInput: (value: string) => void }) {
  const id = useId();
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <Described id={id} hint={hint} error={error}>
        <textarea
          id={id}
          rows={3}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </Described>
    </div>
  );
}

export function SelectField({
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <Described id={id} hint={hint} error={error}>
        <select
          id={id}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </Described>
    </div>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** A group of checkboxes or radios under one legend. */
export function FieldSet({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <fieldset class={`fieldset${error ? ' field--invalid' : ''}`}>
      <legend>{legend}</legend>
      <div class="fieldset__choices">{children}</div>
      {error && <span class="field__error">{error}</span>}
    </fieldset>
  );
}

export function Radio({
  name,
  label,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: () => void;
}) {
  const id = useId();
  return (
    <div class="check">
      <input id={id} type="radio" name={name} checked={checked} onChange={onChange} />
      <label for={id}>{label}</label>
    </div>
  );
}
