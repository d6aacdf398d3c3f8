/**
 * Which days an elder may book: from today (the centre's day) up to the canteen's horizon, less
 * the days the canteen is closed — weekdays no sitting serves, and the dates staff closed
 * (holidays). One rule for the kiosk's day list, the server's refusal and the console's editor.
 */
import { centreClock } from '../centre/clock';
import { addDays, weekdayOf } from '../centre/zoned';
import { DEFAULT_HORIZON_DAYS, MAX_HORIZON_DAYS, type MealsConfig } from '../config/meals';
import { beforeCutoff } from './cutoff';
import { menuFor, type Sitting } from './from-config';

export { DEFAULT_HORIZON_DAYS, MAX_HORIZON_DAYS };

/** Why the canteen cooks nothing on a day: no sitting serves its weekday, or staff closed it. */
export type ClosedReason = 'weekday' | 'closed-date';

/** The canteen's horizon in days, today included (meals.json `booking.horizonDays`). */
export function horizonOf(meals: MealsConfig): number {
  return Math.min(meals.booking?.horizonDays ?? DEFAULT_HORIZON_DAYS, MAX_HORIZON_DAYS);
}

/** Every calendar day the elder may look at `now`: today, then each day up to the horizon. */
export function horizonDays(meals: MealsConfig, now: Date, timeZone: string): string[] {
  const today = centreClock(now, timeZone).date;
  return Array.from({ length: horizonOf(meals) }, (_, i) => addDays(today, i));
}

/** The last day that may be booked at `now`. */
export function lastBookableDay(meals: MealsConfig, now: Date, timeZone: string): string {
  const today = centreClock(now, timeZone).date;
  return addDays(today, horizonOf(meals) - 1);
}

/** Whether (and why) the canteen is closed on `day`; null when some sitting serves. */
export function closedOn(meals: MealsConfig, day: string): ClosedReason | null {
  if (meals.booking?.closedDates.includes(day)) return 'closed-date';
  const weekday = weekdayOf(day);
  return meals.sittings.some((s) => s.days.includes(weekday)) ? null : 'weekday';
}

/** Why a booking for `day` may not be made at `now` on calendar grounds; null when it may. */
export function calendarRefusal(
  meals: MealsConfig,
  day: string,
  now: Date,
  timeZone: string,
): 'beyond_horizon' | 'canteen_closed' | null {
  if (day > lastBookableDay(meals, now, timeZone)) return 'beyond_horizon';
  return closedOn(meals, day) ? 'canteen_closed' : null;
}

/**
 * The sittings of `day` that can be booked at `now`: the canteen open, the sitting served and
 * before its cut-off, something on its menu, and (when given) not `taken` already.
 */
export function openSittings(
  meals: MealsConfig,
  day: string,
  now: Date,
  timeZone: string,
  taken: (day: string, sitting: string) => boolean = () => false,
): Sitting[] {
  if (calendarRefusal(meals, day, now, timeZone)) return [];
  const weekday = weekdayOf(day);
  return meals.sittings.filter(
    (s) =>
      s.days.includes(weekday) &&
      beforeCutoff(s.cutoff, day, now, timeZone) &&
      menuFor(meals, day, s.id).length > 0 &&
      !taken(day, s.id),
  );
}

/** The first day within the horizon, from `from` on, with a sitting that can be booked; null if none. */
export function nextBookableDay(
  meals: MealsConfig,
  now: Date,
  timeZone: string,
  from: string,
  taken?: (day: string, sitting: string) => boolean,
): string | null {
  return (
    horizonDays(meals, now, timeZone).find(
      (day) => day >= from && openSittings(meals, day, now, timeZone, taken).length > 0,
    ) ?? null
  );
}
