/**
 * The meal subsidy as a subsidy answer: read from meals.json by the canteen's own price rule
 * (`priceMeal` for a member whose facts are all known, `priceByTier` for each tier an anonymous
 * answer might fall in), never a second copy of its amounts.
 */

import type { LocalText } from '../config/fields';
import type { MealsConfig } from '../config/meals';
import type { SubsidiesConfig } from '../config/subsidies';
import { priceTableOf } from '../meals/from-config';
import { priceByTier, priceMeal } from '../meals/price';
import type { PriceTable } from '../meals/rules-types';
import { allKnown, type PersonFacts, type Reason, readCondition, readLocal } from './facts';

export interface MealSubsidyResult {
  name: LocalText;
  verdict: 'yes' | 'maybe' | 'no';
  /** What the subsidy covers per meal (government and charity), in fen; for maybe, the most. */
  perMealFen: number;
  /** For maybe: the least per meal among the tiers that might fit. */
  perMealFenFrom: number;
  /** What the elder pays for the set meal with that subsidy. */
  elderFen: number;
  /** The canteen's limit of subsidised meals a month, if any. */
  perMonth: number | null;
  reasons: Reason[];
  automatic: boolean;
  documents: readonly LocalText[];
  apply: LocalText;
}

const NO_USE = { day: 0, week: 0, month: 0 };

const subsidyOf = (table: PriceTable, tierId: string | null) => {
  const p = priceByTier({ table, tierId, usage: NO_USE });
  return { fen: p.government + p.charity, elder: p.elder };
};

export function mealSubsidy(
  words: NonNullable<SubsidiesConfig['meals']>,
  meals: MealsConfig,
  facts: PersonFacts,
  day: string,
): MealSubsidyResult {
  const table = priceTableOf(meals);
  const base = {
    name: words.name,
    automatic: words.automatic,
    documents: words.documents,
    apply: words.apply,
    perMonth: table.caps.perMonth ?? null,
  };
  const local = readLocal(table.localHukouOnly, facts);
  const localReasons = local.reason ? [local.reason] : [];
  if (allKnown(facts)) {
    // A person whose facts are all known is priced exactly as the canteen prices them.
    const price = priceMeal({
      table,
      member: {
        birthDate: facts.age.birthDate,
        localHukou: facts.localHukou,
        categories: facts.categories,
        disability: facts.disability,
      },
      day,
      usage: NO_USE,
    });
    const fen = price.government + price.charity;
    const tier = table.tiers.find((t) => t.id === price.tierId);
    const reasons = tier
      ? (tier.when
          .map((c) => readCondition(c, facts, day, table.ageCountsFrom))
          .find((r) => r.result === 'yes')?.reasons ?? [])
      : [];
    return {
      ...base,
      verdict: fen > 0 ? 'yes' : 'no',
      perMealFen: fen,
      perMealFenFrom: fen,
      elderFen: price.elder,
      reasons: [...localReasons, ...reasons],
    };
  }
  const readings = table.tiers.flatMap((tier) =>
    tier.when.map((c) => ({
      tier,
      reading: readCondition(c, facts, day, table.ageCountsFrom),
      ...subsidyOf(table, tier.id),
    })),
  );
  const sure = local.result === 'yes' ? readings.filter((r) => r.reading.result === 'yes') : [];
  const possible = local.result === 'no' ? [] : readings.filter((r) => r.reading.result !== 'no');
  // The canteen pays the tier that covers most; a tier that surely fits is the least it pays.
  const floor = sure.reduce((a, b) => Math.max(a, b.fen), 0);
  const top = possible.reduce<(typeof possible)[number] | null>(
    (a, b) => (!a || b.fen > a.fen ? b : a),
    null,
  );
  if (!top || top.fen === 0) {
    const none = subsidyOf(table, null);
    return {
      ...base,
      verdict: 'no',
      perMealFen: 0,
      perMealFenFrom: 0,
      elderFen: none.elder,
      reasons: local.result === 'no' ? localReasons : [],
    };
  }
  const certain = floor === top.fen;
  const lowest = certain
    ? top.fen
    : floor > 0
      ? floor
      : Math.min(...possible.filter((r) => r.fen > 0).map((r) => r.fen));
  return {
    ...base,
    verdict: certain ? 'yes' : 'maybe',
    perMealFen: top.fen,
    perMealFenFrom: lowest,
    elderFen: top.elder,
    reasons: [...localReasons, ...top.reading.reasons],
  };
}
