/**
 * The meal subsidy a member has used and has left, this month and this year, for 我的补贴. Used
 * is read from their meal bookings as the canteen stored them (the subsidy each was priced with,
 * counted as the canteen counts its caps: subsidised, not cancelled); what is left is the
 * canteen's monthly cap less what is used, each meal at what the canteen's own price rule
 * (`priceMeal`) gives the member on that month's first day they can still eat — never a second
 * copy of the amounts. A canteen without a monthly cap has no "left" to say.
 */
import type { MealsConfig } from '../config/meals';
import { priceTableOf } from '../meals/from-config';
import { priceMeal } from '../meals/price';
import type { MemberFacts } from '../meals/rules-types';
import { addMonths, monthOf } from './months';

/** One subsidised booking: its day and the subsidy it was priced with (government + charity). */
export interface SubsidisedMeal {
  day: string;
  fen: number;
}

/** A number of meals and their subsidy in fen. */
export interface MealCount {
  meals: number;
  fen: number;
}

export interface MealSubsidyUse {
  /** Today's subsidy per meal for this member (0: none). */
  perMealFen: number;
  /** The canteen's cap of subsidised meals a month, or null for none. */
  perMonth: number | null;
  month: { used: MealCount; left: MealCount | null };
  year: { used: MealCount; left: MealCount | null };
}

const NO_USE = { day: 0, week: 0, month: 0 };

const countOf = (meals: readonly SubsidisedMeal[]): MealCount => ({
  meals: meals.length,
  fen: meals.reduce((sum, m) => sum + m.fen, 0),
});

/**
 * The member's use of the meal subsidy on `day` ("YYYY-MM-DD"), from their subsidised bookings
 * of `day`'s year (later days of the year included: a booked meal counts against the cap).
 */
export function mealSubsidyUse(
  meals: MealsConfig,
  member: MemberFacts,
  bookings: readonly SubsidisedMeal[],
  day: string,
): MealSubsidyUse {
  const table = priceTableOf(meals);
  const perMealOn = (on: string) => {
    const price = priceMeal({ table, member, day: on, usage: NO_USE });
    return price.government + price.charity;
  };
  const month = monthOf(day);
  const year = day.slice(0, 4);
  const ofYear = bookings.filter((b) => b.day.startsWith(`${year}-`));
  const inMonth = (m: string) => ofYear.filter((b) => monthOf(b.day) === m);
  const cap = table.caps.perMonth ?? null;
  /** What is left of month `m`: the cap less its use, at the subsidy of its first day ahead. */
  const leftIn = (m: string): MealCount => {
    const meals = Math.max(0, (cap ?? 0) - inMonth(m).length);
    return { meals, fen: meals * perMealOn(m === month ? day : `${m}-01`) };
  };
  let yearLeft: MealCount | null = null;
  if (cap !== null) {
    yearLeft = { meals: 0, fen: 0 };
    for (let m = month; m.startsWith(`${year}-`); m = addMonths(m, 1)) {
      const left = leftIn(m);
      yearLeft = { meals: yearLeft.meals + left.meals, fen: yearLeft.fen + left.fen };
    }
  }
  return {
    perMealFen: perMealOn(day),
    perMonth: cap,
    month: { used: countOf(inMonth(month)), left: cap === null ? null : leftIn(month) },
    year: { used: countOf(ofYear), left: yearLeft },
  };
}
