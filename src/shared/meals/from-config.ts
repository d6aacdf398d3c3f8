/** The canteen's config (meals.json) read as the rules want it. */

import { weekdayOf } from '../centre/zoned';
import type { MealsConfig } from '../config/meals';
import type { PriceTable } from './rules-types';

export type Sitting = MealsConfig['sittings'][number];
export type Meal = MealsConfig['meals'][number];

/** The price table of meals.json (percent discounts become basis points: 5 % → 500). */
export function priceTableOf(meals: MealsConfig): PriceTable {
  const p = meals.pricing;
  const d = p.operatorDiscount;
  return {
    basePrice: p.basePriceFen,
    operatorDiscount:
      d?.fen !== undefined
        ? { fen: d.fen }
        : d?.percent !== undefined
          ? { basisPoints: Math.round(d.percent * 100) }
          : undefined,
    tiers: p.tiers.map((t) => ({
      id: t.id,
      when: t.when,
      government: t.governmentFen,
      charity: t.charityFen,
    })),
    localHukouOnly: p.localHukouOnly,
    ageCountsFrom: p.ageCountsFrom,
    caps: p.caps,
    companionsAllowed: p.companions,
    deliveryFee: meals.delivery.enabled ? meals.delivery.feeFen : 0,
  };
}

/** The sittings served on `day` ("YYYY-MM-DD"), in the config's order. */
export function sittingsOn(meals: MealsConfig, day: string): Sitting[] {
  const weekday = weekdayOf(day);
  return meals.sittings.filter((s) => s.days.includes(weekday));
}

/** The meals on the menu for one sitting on `day`; empty when the canteen does not serve it. */
export function menuFor(meals: MealsConfig, day: string, sittingId: string): Meal[] {
  const weekday = weekdayOf(day);
  const sitting = meals.sittings.find((s) => s.id === sittingId);
  if (!sitting?.days.includes(weekday)) return [];
  const entry = meals.menu.find((m) => m.sitting === sittingId && m.days.includes(weekday));
  return (entry?.meals ?? []).flatMap((id) => meals.meals.filter((m) => m.id === id));
}
