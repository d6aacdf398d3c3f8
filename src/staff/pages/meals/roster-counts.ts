/** What the kitchen counts on a roster: meals to cook by meal and by dietary flag, and progress. */
import { MEAL_FLAGS, type MealsConfig } from '../../../shared/config/meals';
import type { RosterLine, SittingRoster } from './types';

export type MealFlag = (typeof MEAL_FLAGS)[number];

export interface RosterCounts {
  total: number;
  /** In the config's meal order; a meal the config no longer lists comes last. */
  byMeal: { mealId: string; count: number }[];
  /** Every flag, with how many booked meals carry it (a meal with two flags counts in both). */
  byFlag: { flag: MealFlag; count: number }[];
  waiting: number;
  served: number;
  delivered: number;
  noShow: number;
}

export function rosterCounts(roster: SittingRoster, meals: MealsConfig | undefined): RosterCounts {
  const known = meals?.meals ?? [];
  const position = (id: string) => {
    const i = known.findIndex((m) => m.id === id);
    return i === -1 ? known.length : i;
  };
  const byMeal = [...roster.byMeal].sort((a, b) => position(a.mealId) - position(b.mealId));
  const byFlag = MEAL_FLAGS.map((flag) => ({
    flag,
    count: byMeal.reduce(
      (n, m) => n + (known.find((k) => k.id === m.mealId)?.flags.includes(flag) ? m.count : 0),
      0,
    ),
  }));
  const lines: RosterLine[] = [...roster.dineIn, ...roster.delivery];
  const count = (status: RosterLine['status']) => lines.filter((l) => l.status === status).length;
  return {
    total: roster.total,
    byMeal,
    byFlag,
    waiting: count('booked'),
    served: count('served'),
    delivered: count('delivered'),
    noShow: count('no-show'),
  };
}

/** The roster with one booking's status changed (after the server said so). */
export function withStatus(
  roster: SittingRoster,
  bookingId: string,
  status: RosterLine['status'],
): SittingRoster {
  const set = (l: RosterLine) => (l.bookingId === bookingId ? { ...l, status } : l);
  return { ...roster, dineIn: roster.dineIn.map(set), delivery: roster.delivery.map(set) };
}
