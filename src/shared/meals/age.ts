/** Age for an age band, counted the way the centre's rules say (subsidy-rules.md, pattern 1). */
import { ageOn } from '../members/status';
import type { AgeCountsFrom } from './rules-types';

/**
 * The member's age on `day` for band purposes: 'birthday' counts completed years (周岁) on the
 * day itself; 'birthday-month' counts the new year from the 1st of the birthday month;
 * 'month-after' from the 1st of the month after it.
 */
export function ageForRule(birthDate: string, day: string, countsFrom: AgeCountsFrom): number {
  if (countsFrom === 'birthday') return ageOn(birthDate, day);
  const [by, bm] = birthDate.split('-').map(Number) as [number, number];
  const [y, m] = day.split('-').map(Number) as [number, number];
  // Months since the birth month, then whole years; the month-after rule needs one more month.
  const months = (y - by) * 12 + (m - bm) - (countsFrom === 'month-after' ? 1 : 0);
  return Math.floor(months / 12);
}
