/** Calendar months as "YYYY-MM", the unit subsidies accrue in. */
import type { AgeCountsFrom } from '../meals/rules-types';

/** The month of a day: "2026-03-15" → "2026-03". */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * The first month a person born on `birthDate` counts as `age` for a rule: the birthday month of
 * that year, or the month after it. A 29 February birthday counts in February (or March).
 */
export function firstMonthAtAge(birthDate: string, age: number, start: AgeCountsFrom): string {
  const [y, m] = birthDate.split('-').map(Number) as [number, number];
  const birthday = `${String(y + age).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
  if (start === 'month-after') return addMonths(birthday, 1);
  if (start === 'birthday-month') return birthday;
  // Counted on the day itself: the first whole month at that age is the month after, unless the
  // birthday is the 1st.
  return birthDate.endsWith('-01') ? birthday : addMonths(birthday, 1);
}
