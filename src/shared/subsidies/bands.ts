/**
 * The age bands the anonymous check offers: their edges are the ages where some rule in force
 * changes (a programme's or a meal tier's lower bound, or the year after an upper bound), so
 * every band answers each rule one way. A screen holds at most six choices and one of them is
 * 不知道, so when there are more bands the lowest edges go first: the youngest bands, where the
 * least money changes, merge.
 */
import type { MealsConfig } from '../config/meals';
import type { SubsidiesConfig } from '../config/subsidies';
import type { TierCondition } from '../meals/rules-types';
import { programmesInForce } from './evaluate';
import type { AgeBand } from './facts';

/** Bands a screen of six choices can hold beside 不知道. */
export const MAX_AGE_BANDS = 5;

function edgesOf(conditions: readonly TierCondition[]): number[] {
  return conditions.flatMap((c) => [
    ...(c.minAge !== undefined ? [c.minAge] : []),
    ...(c.maxAge !== undefined ? [c.maxAge + 1] : []),
  ]);
}

/** The bands, youngest first; the first starts at 0 and the last has no upper end. */
export function ageBands(
  config: SubsidiesConfig,
  meals: MealsConfig | undefined,
  maxBands = MAX_AGE_BANDS,
): AgeBand[] {
  const conditions = [
    ...programmesInForce(config).flatMap((p) => p.amounts.flatMap((a) => a.when)),
    ...(config.meals && meals ? meals.pricing.tiers.flatMap((t) => t.when) : []),
  ];
  let edges = [...new Set(edgesOf(conditions))].filter((e) => e > 0).sort((a, b) => a - b);
  // n edges make n + 1 bands.
  if (edges.length + 1 > maxBands) edges = edges.slice(edges.length + 1 - maxBands);
  return [0, ...edges].map((min, i) => ({
    min,
    max: i < edges.length ? (edges[i] as number) - 1 : null,
  }));
}
