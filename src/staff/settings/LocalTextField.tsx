/**
 * A text in the kiosk's three languages, side by side: 简体中文, 繁體中文 and English. A language
 * left empty is flagged at once in words ("the English is missing"), so the kiosk never shows an
 * empty button; publishing stays off until every language is filled in.
 */
import { useId } from 'preact/hooks';
import { HTML_LANG, t, tIn } from '../../i18n';
import { LANGUAGES, type Language } from '../../shared/config/fields';
import { draft, edit } from './draft';
import { getAt, type Path } from './paths';
import { messageAt } from './problems';

export type LocalTextValue = Partial<Record<Language, string>>;

/** The languages still missing from a text (empty or only spaces). */
export function missingLanguages(value: unknown): Language[] {
  const text = (value ?? {}) as LocalTextValue;
  return LANGUAGES.filter((lang) => (text[lang] ?? '').trim() === '');
}

/** The three boxes, for any value and change handler (the draft-bound one is LocalTextSetting). */
export function LocalTextField({
  label,
  hint,
  value,
  onChange,
  errorFor,
  problem,
}: {
  label: string;
  hint?: string | undefined;
  value: LocalTextValue | undefined;
  onChange: (value: LocalTextValue) => void;
  /** A problem found for one language's text, if any. */
  errorFor?: ((lang: Language) => string | undefined) | undefined;
  /** A problem with the text as a whole. */
  problem?: string | undefined;
}) {
  const id = useId();
  const missing = missingLanguages(value);
  const invalid = missing.length > 0 || Boolean(problem);
  return (
    <fieldset
      class={`fieldset local-text${invalid ? ' local-text--invalid' : ''}`}
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend id={`${id}-legend`}>{label}</legend>
      {hint && (
        <span class="field__hint local-text__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {missing.length > 0 && (
        <span class="local-text__flag">
          {t('settings.text.missingCount', { count: missing.length })}
        </span>
      )}
      {problem && <span class="field__error">{problem}</span>}
      <div class="local-text__languages">
        {LANGUAGES.map((lang) => {
          const text = value?.[lang] ?? '';
          const error = missing.includes(lang)
            ? t('settings.text.missing', { language: t(`settings.languageNames.${lang}`) })
            : errorFor?.(lang);
          const box = `${id}-${lang}`;
          return (
            <div key={lang} class={`field${error ? ' field--invalid' : ''}`}>
              <label id={`${box}-label`} for={box} lang={HTML_LANG[lang]}>
                {tIn(lang, 'console.app.ownName')}
              </label>
              <input
                id={box}
                lang={HTML_LANG[lang]}
                value={text}
                aria-labelledby={`${id}-legend ${box}-label`}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${box}-error` : undefined}
                onInput={(e) =>
                  onChange({ ...value, [lang]: (e.currentTarget as HTMLInputElement).value })
                }
              />
              {error && (
                <span class="field__error" id={`${box}-error`}>
                  {error}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A three-language text at one place in the draft. */
export function LocalTextSetting({
  file,
  path,
  label,
  hint,
}: {
  file: string;
  path: Path;
  label: string;
  hint?: string | undefined;
}) {
  const value = getAt(draft.value[file], path);
  return (
    <LocalTextField
      label={label}
      hint={hint}
      value={value && typeof value === 'object' ? (value as LocalTextValue) : undefined}
      onChange={(next) => edit(file, path, next)}
      errorFor={(lang) => messageAt(file, [...path, lang])}
      problem={messageAt(file, path)}
    />
  );
}
