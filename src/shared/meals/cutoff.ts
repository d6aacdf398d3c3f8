/**
 * Booking cut-offs, judged by the server's clock in the centre's time zone (the kiosk uses the
 * same rule to say a sitting is closed, but the server's answer is final).
 */
import { addDays, zonedInstant } from '../centre/zoned';

/** When booking (and cancelling) closes for a sitting: `time` on the meal's day + `dayOffset`. */
export interface Cutoff {
  /** 0 = the same day as the meal, -1 = the day before. */
  dayOffset: number;
  /** "HH:MM" on the centre's wall clock. */
  time: string;
}

/** The instant booking closes for a meal on `mealDay`. */
export function cutoffInstant(cutoff: Cutoff, mealDay: string, timeZone: string): Date {
  return zonedInstant(addDays(mealDay, cutoff.dayOffset), cutoff.time, timeZone);
}

/** Whether a meal on `mealDay` can still be booked or cancelled at `now` (closed at the cut-off itself). */
export function beforeCutoff(
  cutoff: Cutoff,
  mealDay: string,
  now: Date,
  timeZone: string,
): boolean {
  return now.getTime() < cutoffInstant(cutoff, mealDay, timeZone).getTime();
}
