/** The wire fields every sync message is built from, each with a message that says what is wrong. */
import * as v from 'valibot';
import { payloadProblem } from './json-value';
import { MAX_NAME } from './limits';
import { isIsoWithOffset } from './time';
import { isUuidV7 } from './uuidv7';

/** A dotted lowercase name, like "meal.book" or "help-call.cancel". */
export const NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

type Issue = v.BaseIssue<unknown>;

const NOT_AN_OBJECT = 'must be a JSON object { … }';
const notAList = v.custom<never>(() => false, NOT_AN_OBJECT);

/**
 * `{ … }` with the given keys; extra keys are dropped, so a newer kiosk may add optional ones.
 * valibot takes a list for an object (and reports every key missing), so lists are refused first.
 */
export function record<const E extends v.ObjectEntries>(entries: E) {
  const schema = v.object(entries, (issue: Issue) =>
    issue.input === undefined && issue.path?.length ? 'is missing' : NOT_AN_OBJECT,
  );
  const run: (typeof schema)['~run'] = (dataset, config) =>
    Array.isArray(dataset.value)
      ? (notAList['~run'](dataset, config) as ReturnType<(typeof schema)['~run']>)
      : schema['~run'](dataset, config);
  return { ...schema, '~run': run };
}

/** An id the kiosk made: a UUID v7 in lowercase. */
export const UuidV7Field = v.pipe(
  v.string('must be a UUID v7 in text'),
  v.check(
    (id: string) => isUuidV7(id),
    'must be a UUID v7 in lowercase, like "0193b1de-4a3c-7f21-9a4e-5c6d7e8f9a0b"',
  ),
);

/** An entry kind's name. */
export const KindField = v.pipe(
  v.string('must be a kind name in text'),
  v.maxLength(MAX_NAME, `must be at most ${MAX_NAME} characters`),
  v.regex(NAME, 'must be a kind name in lowercase letters, digits and dots, like "meal.book"'),
);

/** The kiosk's id (the one it was enrolled with). */
export const KioskIdField = v.pipe(
  v.string('must be the kiosk id in text'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(MAX_NAME, `must be at most ${MAX_NAME} characters`),
  v.regex(/^[A-Za-z0-9._-]+$/, 'may hold only letters, digits, ".", "_" and "-"'),
);

/** A date and time with its UTC offset. */
export const TimeField = v.pipe(
  v.string('must be a date and time in text'),
  v.check(
    (time: string) => isIsoWithOffset(time),
    'must be a real date and time with its UTC offset, like "2026-11-24T19:40:00.000+08:00"',
  ),
);

/** Any plain JSON value within the payload limits (the kind's own schema checks the rest). */
export const PayloadField = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = payloadProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

/** Text in the three interface languages. */
export const LocalTextField = record({
  'zh-Hans': v.string('must be text'),
  'zh-Hant': v.string('must be text'),
  en: v.string('must be text'),
});

/**
 * Valibot's issues as one line a person can read, each led by where it is:
 * "entries.3.id: must be …; kioskId: is missing". `under` names the value that was checked.
 */
export function describeIssues(issues: readonly Issue[], under = ''): string {
  return issues
    .map((issue) => {
      const path = [under, v.getDotPath(issue) ?? ''].filter(Boolean).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
