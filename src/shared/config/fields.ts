/**
 * Building blocks for the config schemas. Every message is read by centre staff, not programmers:
 * it says what is wrong, shows what was found, and says how to fix it. The path (which setting)
 * is printed before it by `formatProblem`, so messages do not repeat it.
 */
import * as v from 'valibot';
import { LANGUAGES, type Language } from './languages';

export { LANGUAGES, type Language } from './languages';

/** Language names as staff know them, used in messages. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'zh-Hans': 'Simplified Chinese (简体中文)',
  'zh-Hant': 'Traditional Chinese (繁體中文)',
  en: 'English',
};

type Issue = v.BaseIssue<unknown>;

/** A value as staff wrote it, for "found …" in a message. */
export function shown(input: unknown): string {
  if (typeof input === 'string') {
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  }
  if (input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list [ … ]';
  if (input !== null && typeof input === 'object') return 'a block { … }';
  return String(input);
}

/** `"a", "b" or "c"` — for lists of values in messages. */
export function quoted(values: readonly unknown[], last: 'or' | 'and' = 'or'): string {
  const parts = values.map((x) => (typeof x === 'string' ? `"${x}"` : String(x)));
  return parts.length < 2
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} ${last} ${parts.at(-1)}`;
}

/** Attach a description: shown by editors (JSON Schema) and in "missing" messages. */
export const doc = <T extends v.GenericSchema>(schema: T, description: string) =>
  v.pipe(schema, v.description(description));

/** The description attached with `doc`, looking through optional wrappers and pipes. */
export function descriptionOf(schema: unknown): string | undefined {
  const s = schema as { pipe?: unknown[]; wrapped?: unknown; type?: string; description?: string };
  if (s.type === 'description') return s.description;
  if (s.wrapped) return descriptionOf(s.wrapped);
  for (const item of [...(s.pipe ?? [])].reverse()) {
    const found = item === schema ? undefined : descriptionOf(item);
    if (found) return found;
  }
  return undefined;
}

/**
 * valibot takes a list as an object (then reports each key as missing); staff who wrote [ ] for
 * { } should hear that instead. Only `~run` is replaced, which is what parsing and pipes call.
 */
function notAList<T extends v.GenericSchema>(schema: T, what: string): T {
  const list = v.custom<never>(
    () => false,
    `${what} must be a block in { } braces, not a list in [ ] brackets`,
  );
  return {
    ...schema,
    '~run'(dataset, config) {
      return Array.isArray(dataset.value)
        ? list['~run'](dataset, config)
        : schema['~run'](dataset, config);
    },
  };
}

/** A `{ … }` block with fixed keys: names each missing key and every unknown key. */
export function block<const E extends v.ObjectEntries>(entries: E, what: string) {
  const keys = Object.keys(entries);
  const schema = v.strictObject(entries, (issue: Issue) => {
    const item = issue.path?.[0];
    if (!item) return `${what} must be a block in { } braces — found ${shown(issue.input)}`;
    const key = String(item.key);
    if (issue.expected !== 'never') {
      const about = descriptionOf(entries[key]);
      return `missing — add "${key}" to ${what}${about ? `: ${about}` : ''}`;
    }
    const extra = Object.keys(item.input as object).filter((k) => !keys.includes(k));
    const one = extra.length === 1;
    return `${quoted(extra, 'and')} ${one ? 'is not a setting' : 'are not settings'} of ${what} — check the spelling or remove ${one ? 'it' : 'them'} (allowed: ${keys.join(', ')})`;
  });
  return notAList(schema, what);
}

/** Text in double quotes. */
export const text = () =>
  v.string((i: Issue) => `must be text in "double quotes" — found ${shown(i.input)}`);

/** True or false, without quotes. */
export const yesNo = () =>
  v.boolean((i: Issue) => `must be true or false, without quotes — found ${shown(i.input)}`);

/** A number from min to max; whole numbers only unless `decimals`. */
export function numberFrom(min: number, max: number, unit: string, decimals = false) {
  const range = `${decimals ? 'a number' : 'a whole number'} from ${min} to ${max}${unit ? ` ${unit}` : ''}`;
  const msg = (i: Issue) => `must be ${range}, without quotes — found ${shown(i.input)}`;
  const base = v.pipe(v.number(msg), v.minValue(min, msg), v.maxValue(max, msg));
  return decimals ? base : v.pipe(base, v.integer(msg));
}

/** Non-empty text of at most `max` characters, in one language. */
const localString = (lang: Language, max: number) =>
  doc(
    v.pipe(
      text(),
      v.trim(),
      v.nonEmpty(`the ${LANGUAGE_NAMES[lang]} text is empty — write it between the quotes`),
      v.maxLength(
        max,
        (i: Issue) =>
          `too long (${String(i.received)} characters) — keep it to ${max} characters so it fits the screen`,
      ),
    ),
    `${LANGUAGE_NAMES[lang]}, at most ${max} characters`,
  );

/** Text in every language: all three are required so a kiosk never shows an empty button. */
export const LocalText = (what: string, max = 200) =>
  doc(
    notAList(
      v.strictObject(
        {
          'zh-Hans': localString('zh-Hans', max),
          'zh-Hant': localString('zh-Hant', max),
          en: localString('en', max),
        },
        (issue: Issue) => {
          const item = issue.path?.[0];
          if (!item) {
            return `${what} must be a block with text in all three languages, like { "zh-Hans": "…", "zh-Hant": "…", "en": "…" } — found ${shown(issue.input)}`;
          }
          const key = String(item.key);
          if (issue.expected !== 'never') {
            return `the ${LANGUAGE_NAMES[key as Language]} text is missing — add "${key}": "…" to ${what}`;
          }
          const extra = Object.keys(item.input as object).filter(
            (k) => !(LANGUAGES as readonly string[]).includes(k),
          );
          const are = extra.length === 1 ? 'is not a kiosk language' : 'are not kiosk languages';
          return `${quoted(extra, 'and')} ${are} — write ${what} only in ${quoted(LANGUAGES, 'and')}`;
        },
      ),
      what,
    ),
    `${what.charAt(0).toUpperCase()}${what.slice(1)}, in all three languages: { "zh-Hans": "…", "zh-Hant": "…", "en": "…" }`,
  );
/** Text in every language, as the kiosk receives it. */
export type LocalText = Record<Language, string>;

/** A clock time such as "08:30". */
export const clockTime = (what: string) =>
  doc(
    v.pipe(
      text(),
      v.regex(
        /^([01]\d|2[0-3]):[0-5]\d$/,
        (i: Issue) =>
          `${shown(i.input)} is not a time of day — write it 24-hour as "HH:MM", like "08:30" or "17:30"`,
      ),
    ),
    `${what}, 24-hour "HH:MM", like "08:30"`,
  );

const weekdayMsg = (i: Issue) =>
  `weekdays are numbers from 1 (Monday) to 7 (Sunday), without quotes — found ${shown(i.input)}`;

/** A list of weekdays, 1 (Monday) to 7 (Sunday), each once. */
export const weekdays = doc(
  v.pipe(
    v.array(
      v.pipe(
        v.number(weekdayMsg),
        v.integer(weekdayMsg),
        v.minValue(1, weekdayMsg),
        v.maxValue(7, weekdayMsg),
      ),
      (i: Issue) => `must be a list of weekdays like [1, 2, 3, 4, 5] — found ${shown(i.input)}`,
    ),
    v.nonEmpty('the list of days is empty — name at least one weekday, like [1, 3, 5]'),
    v.checkItems(
      (d, i, all) => all.indexOf(d) === i,
      (i: Issue) => `day ${shown(i.input)} is listed twice — list each weekday once`,
    ),
  ),
  'Weekdays as numbers, 1 = Monday … 7 = Sunday, like [1, 2, 3, 4, 5]',
);

const notADate = (i: Issue) =>
  `${shown(i.input)} is not a date — write it as "YYYY-MM-DD", like "2026-11-24"`;

/** A calendar date such as "2026-11-24" that exists (no 30 February). */
export const isoDate = doc(
  v.pipe(
    text(),
    v.isoDate(notADate),
    v.check((s) => {
      const day = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
    }, notADate),
  ),
  'One date, "YYYY-MM-DD", like "2026-11-24"',
);

/** A phone number as dialled in China, like "0571-8765 4321" or "120". */
export const phoneNumber = doc(
  v.pipe(
    text(),
    v.trim(),
    v.regex(
      /^\+?\d[\d -]{1,22}\d$/,
      (i: Issue) =>
        `${shown(i.input)} is not a phone number — use only digits, spaces and dashes (a + may start it), like "0571-8765 4321"`,
    ),
  ),
  'The number to dial: digits, spaces and dashes, like "0571-8765 4321"',
);

/** A short lowercase name used inside the files, like "tai-chi". */
export const slug = (what: string, min: number, max: number) =>
  doc(
    v.pipe(
      text(),
      v.regex(
        new RegExp(`^[a-z0-9-]{${min},${max}}$`),
        (i: Issue) =>
          `${shown(i.input)} is not a valid ${what} — use ${min} to ${max} lowercase letters a–z, digits and dashes, like "tai-chi"`,
      ),
    ),
    `${min}–${max} lowercase letters a–z, digits and dashes, like "tai-chi"`,
  );

/** Allows `"$schema": "../schema/<file>.schema.json"` so editors check the file as it is typed. */
export const schemaRef = (file: string) =>
  v.optional(
    doc(text(), `Lets your editor check this file; write "../schema/${file}.schema.json"`),
  );

/** Whether an issue lies on (or above) one of the paths; "$" matches any array index. */
function touches(issue: Issue, paths: readonly (readonly PropertyKey[])[]): boolean {
  const at = issue.path ?? [];
  return paths.some((path) =>
    path.every((key, i) => {
      const item = at[i];
      return !item || item.key === key || (key === '$' && item.type === 'array');
    }),
  );
}

/**
 * Like `v.partialCheck`, but skipped while any field it reads has a problem of its own, so
 * "25:00" is reported as a bad time and not also as "closes before it opens".
 */
export const crossCheck = ((paths, requirement, message) => {
  const action = v.partialCheck(paths, requirement, message);
  return {
    ...action,
    '~run'(dataset, config) {
      if (dataset.issues?.some((issue) => touches(issue, paths))) return dataset;
      return action['~run'](dataset, config);
    },
  } satisfies typeof action;
}) as typeof v.partialCheck;
