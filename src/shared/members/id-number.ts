/**
 * The resident ID number (居民身份证号码, GB 11643-1999): 18 characters — a 6-digit area code, the
 * birth date as YYYYMMDD, a 3-digit sequence and a check character (0–9 or X) computed with ISO
 * 7064 MOD 11-2. Bureau lists name people by it, so the register keeps it to match their rows; it
 * is personal, so it is shown masked (first 6, last 4) and never sent to a kiosk.
 */

/** Why an ID number cannot be saved; the console words each code in three languages. */
export type IdNumberProblem = 'length' | 'characters' | 'birth-date' | 'check-digit';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** The number as stored: spaces and dashes dropped, a lowercase x made upper case. */
export function normalizeIdNumber(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/** The check character the first 17 digits call for. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

function isCalendarDay(yyyymmdd: string): boolean {
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** What is wrong with `text` as an ID number (normalised first), or undefined when it is good. */
export function idNumberProblem(text: string): IdNumberProblem | undefined {
  const id = normalizeIdNumber(text);
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  const born = id.slice(6, 14);
  if (!isCalendarDay(born) || born < '18900101') return 'birth-date';
  if (idCheckCharacter(id.slice(0, 17)) !== id[17]) return 'check-digit';
  return undefined;
}

/** The English words of each problem (the API's answer; the console has its own three languages). */
export const ID_NUMBER_PROBLEM_WORDS: Record<IdNumberProblem, string> = {
  length: 'An ID number has 18 characters; check that none is missing or extra.',
  characters: 'An ID number is 17 digits and then a digit or X.',
  'birth-date':
    'Characters 7 to 14 of an ID number are the birth date, and these are not a real day.',
  'check-digit': 'The last character does not match the others: one of them was probably mistyped.',
};

/** "110105********1234": the area and the last four, enough to tell two people apart. */
export function maskIdNumber(id: string): string {
  if (id.length <= 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}
