/** Days in the centre's own time zone, whatever zone this PC is set to. */
import { centreClock } from '../../../shared/centre/clock';
import { addDays } from '../../../shared/centre/zoned';

/** "YYYY-MM-DD" today on the centre's wall calendar. */
export function centreToday(timeZone: string, now: Date = new Date()): string {
  return centreClock(now, timeZone).date;
}

/** The first and last day of the month `day` is in. */
export function monthOf(day: string): { from: string; to: string } {
  const from = `${day.slice(0, 7)}-01`;
  const nextMonth = addDays(from, 32).slice(0, 7);
  return { from, to: addDays(`${nextMonth}-01`, -1) };
}

/** Whether `text` is a real calendar day written "YYYY-MM-DD". */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/**
 * A birth date that makes someone exactly `age` on `day` however the centre counts age bands
 * (on the birthday, from the birthday month, or the month after): the 1st of the month two
 * months before `day`'s month, `age` years back. The price preview asks for an age, not a date.
 */
export function birthDateForAge(day: string, age: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const months = y * 12 + (m - 1) - 2 - age * 12;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}
