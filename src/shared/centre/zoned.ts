/**
 * From a wall-clock time in the centre's zone to an instant, without a date library: guess the
 * instant as if the zone were UTC, read what the zone's clock says then, and correct by the
 * difference (twice, so a DST change between guess and answer is caught too).
 */
import { centreClock } from './clock';

const DAY_MS = 86_400_000;

/** Minutes since 1970-01-01 00:00 of a "YYYY-MM-DD" + "HH:MM" read as if it were UTC. */
function asUtcMs(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, m - 1, d, hh, mm);
}

/** The instant when the centre's wall clock shows `time` on `date` (both in `timeZone`). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const wanted = asUtcMs(date, time);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const shown = centreClock(new Date(guess), timeZone);
    const error = asUtcMs(shown.date, shown.time) - wanted;
    if (error === 0) break;
    guess -= error;
  }
  return new Date(guess);
}

/** "YYYY-MM-DD" `days` calendar days after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  return new Date(asUtcMs(date, '00:00') + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a "YYYY-MM-DD". */
export function weekdayOf(date: string): number {
  const day = new Date(asUtcMs(date, '00:00')).getUTCDay();
  return day === 0 ? 7 : day;
}
