/**
 * What the meal screens offer at a given moment: which days of the canteen's horizon and which
 * sittings can still be booked (and, for those that cannot, why), and the "same as last time"
 * meal. Pure: the screens pass the clock, the canteen config and what the member already has.
 * Which days are bookable at all is the shared calendar rule (src/shared/meals/calendar.ts).
 */
import type { MealsConfig } from '../../../shared/config/meals';
import {
  beforeCutoff,
  type ClosedReason,
  closedOn,
  cutoffInstant,
  horizonDays,
  type Meal,
  type MemberMeals,
  menuFor,
  type Sitting,
  sittingsOn,
} from '../../../shared/meals/index';

/** Why a sitting can or cannot be booked now. */
export type SittingState =
  | 'open'
  /** Past its cut-off (the words say when it closed). */
  | 'closed'
  /** The member already has this meal (or it is waiting to be sent). */
  | 'booked'
  /** Served, but nothing on the menu that day. */
  | 'no-menu';

export interface SittingOption {
  day: string;
  /** Days from today (centre time): 0 = today, 1 = tomorrow. */
  offset: number;
  sitting: Sitting;
  state: SittingState;
  /** When booking closes (closed: when it closed). */
  cutoffAt: Date;
}

export interface DayOption {
  day: string;
  offset: number;
  /** Why the canteen cooks nothing that day (no sitting that weekday, or a holiday); else null. */
  closed: ClosedReason | null;
  /** The day's sittings; none on a closed day. */
  sittings: SittingOption[];
}

/** Whether the member already holds a (non-companion) meal for this sitting. */
export type Taken = (day: string, sitting: string) => boolean;

const nothingTaken: Taken = () => false;

/** Each day of the horizon, with its sittings and whether each can be booked at `now`. */
export function dayOptions(
  meals: MealsConfig,
  now: Date,
  timeZone: string,
  taken: Taken = nothingTaken,
): DayOption[] {
  return horizonDays(meals, now, timeZone).map((day, offset) => {
    const closed = closedOn(meals, day);
    const served = closed ? [] : sittingsOn(meals, day);
    const sittings = served.map((sitting): SittingOption => {
      const cutoffAt = cutoffInstant(sitting.cutoff, day, timeZone);
      const state: SittingState = !beforeCutoff(sitting.cutoff, day, now, timeZone)
        ? 'closed'
        : menuFor(meals, day, sitting.id).length === 0
          ? 'no-menu'
          : taken(day, sitting.id)
            ? 'booked'
            : 'open';
      return { day, offset, sitting, state, cutoffAt };
    });
    return { day, offset, closed, sittings };
  });
}

/** Whether delivery can still be chosen for a meal on `day` at `now`. */
export function deliveryOpen(
  meals: MealsConfig,
  day: string,
  now: Date,
  timeZone: string,
): boolean {
  return meals.delivery.enabled && beforeCutoff(meals.delivery.cutoff, day, now, timeZone);
}

/** "Same as last time": the usual meal at the next sitting of its kind that can be booked. */
export interface UsualOffer {
  day: string;
  offset: number;
  sitting: Sitting;
  meal: Meal;
  delivery: boolean;
}

/**
 * The usual meal, offered for the first day of the horizon where its sitting is open, the
 * member has nothing booked yet, the meal is on that day's menu, and (if they had it delivered)
 * delivery can still be chosen. Null when there is no such sitting: then the elder books "something
 * else" instead of being offered a meal that cannot be had.
 */
export function usualOffer(
  meals: MealsConfig,
  usual: MemberMeals['usual'],
  now: Date,
  timeZone: string,
  taken: Taken = nothingTaken,
): UsualOffer | null {
  if (!usual) return null;
  for (const day of dayOptions(meals, now, timeZone, taken)) {
    const option = day.sittings.find((s) => s.sitting.id === usual.sitting);
    if (option?.state !== 'open') continue;
    const meal = menuFor(meals, day.day, usual.sitting).find((m) => m.id === usual.mealId);
    if (!meal) continue;
    if (usual.delivery && !deliveryOpen(meals, day.day, now, timeZone)) continue;
    return {
      day: day.day,
      offset: day.offset,
      sitting: option.sitting,
      meal,
      delivery: usual.delivery,
    };
  }
  return null;
}
