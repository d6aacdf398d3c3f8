/**
 * Form controls bound to one place in the draft: each reads its value there, writes what staff
 * type back at once, and shows the problem the shared config check finds there beside it.
 */
import { t } from '../../i18n';
import { Checkbox, SelectField, TextField } from '../ui/Field';
import { draft, edit } from './draft';
import { getAt, type Path } from './paths';
import { messageAt } from './problems';

interface Bound {
  file: string;
  path: Path;
  label: string;
  hint?: string | undefined;
}

const valueAt = (file: string, path: Path) => getAt(draft.value[file], path);

/** Text; with `optional`, an empty box removes the setting. */
export function TextSetting({
  file,
  path,
  label,
  hint,
  optional = false,
  type = 'text',
}: Bound & { optional?: boolean; type?: 'text' | 'tel' | 'date' }) {
  const value = valueAt(file, path);
  return (
    <TextField
      label={label}
      hint={hint}
      type={type}
      error={messageAt(file, path)}
      value={typeof value === 'string' ? value : ''}
      onInput={(text) => edit(file, path, optional && text.trim() === '' ? undefined : text)}
    />
  );
}

/**
 * A number. What is not a number is kept as typed, so the check says what is wrong with it
 * ("must be a whole number from 30 to 600") instead of the box silently refusing it.
 */
export function NumberSetting({ file, path, label, hint }: Bound) {
  const value = valueAt(file, path);
  return (
    <TextField
      label={label}
      hint={hint}
      inputMode="numeric"
      error={messageAt(file, path)}
      value={value === undefined ? '' : String(value)}
      onInput={(text) => {
        const trimmed = text.trim();
        const number = Number(trimmed);
        edit(file, path, trimmed !== '' && Number.isFinite(number) ? number : text);
      }}
    />
  );
}

export function ToggleSetting({ file, path, label }: Bound) {
  return (
    <div class={messageAt(file, path) ? 'field field--invalid' : 'field'}>
      <Checkbox
        label={label}
        checked={valueAt(file, path) === true}
        onChange={(on) => edit(file, path, on)}
      />
      {messageAt(file, path) && <span class="field__error">{messageAt(file, path)}</span>}
    </div>
  );
}

/** One of a fixed list; values may be numbers (text size) or text. */
export function ChoiceSetting<T extends string | number>({
  file,
  path,
  label,
  hint,
  options,
}: Bound & { options: readonly { value: T; label: string }[] }) {
  const value = valueAt(file, path);
  return (
    <SelectField
      label={label}
      hint={hint}
      error={messageAt(file, path)}
      value={String(value ?? '')}
      options={options.map((o) => ({ value: String(o.value), label: o.label }))}
      onChange={(chosen) =>
        edit(file, path, options.find((o) => String(o.value) === chosen)?.value ?? chosen)
      }
    />
  );
}

/** A problem about a whole list or block ("there is no duty phone"), shown above its items. */
export function GroupProblem({ file, path }: { file: string; path: Path }) {
  const message = messageAt(file, path);
  return message ? <p class="field__error settings__group-error">{message}</p> : null;
}

/** Move up / move down / remove for one item of a list, each named with the item. */
export function ItemButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (by: number) => void;
  onRemove?: (() => void) | undefined;
}) {
  return (
    <div class="actions actions--row">
      <button
        type="button"
        class="button button--quiet"
        disabled={index === 0}
        aria-label={t('settings.common.moveUpName', { name })}
        onClick={() => onMove(-1)}
      >
        {t('settings.common.moveUp')}
      </button>
      <button
        type="button"
        class="button button--quiet"
        disabled={index === count - 1}
        aria-label={t('settings.common.moveDownName', { name })}
        onClick={() => onMove(1)}
      >
        {t('settings.common.moveDown')}
      </button>
      {onRemove && (
        <button
          type="button"
          class="button button--danger-quiet"
          aria-label={t('settings.common.removeName', { name })}
          onClick={onRemove}
        >
          {t('settings.common.remove')}
        </button>
      )}
    </div>
  );
}
