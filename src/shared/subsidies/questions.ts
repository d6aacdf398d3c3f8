/**
 * The anonymous check's questions and answers, pure: which questions this centre's rules need
 * (a fact no rule in force reads is not asked), the categories worth offering, and the answers as
 * the engine's facts. The kiosk's flow asks them one per screen; the console asks the same on one
 * page for an elder at the desk.
 */
import type { CentreKioskConfig } from '../config/schema';
import type { TierCondition } from '../meals/rules-types';
import {
  type DisabilityGrade,
  MEMBER_CATEGORIES,
  type MemberCategory,
} from '../members/categories';
import { programmesInForce } from './evaluate';
import type { AgeBand, PersonFacts } from './facts';

export interface Answers {
  /** undefined: not asked yet; null: 不知道. */
  age?: AgeBand | null;
  local?: boolean | null;
  categories?: MemberCategory[] | null;
  disability?: DisabilityGrade | null;
}

/** The answers as the engine's facts; a question not asked is not known. */
export function factsOf(a: Answers): PersonFacts {
  return {
    age: a.age ? { band: a.age } : null,
    localHukou: a.local ?? null,
    categories: a.categories === undefined ? null : a.categories,
    disability: a.disability ?? null,
  };
}

export type Question = 'age' | 'local' | 'category' | 'disability';

function conditions(config: CentreKioskConfig): TierCondition[] {
  const subsidies = config.subsidies;
  if (!subsidies) return [];
  return [
    ...programmesInForce(subsidies).flatMap((p) => p.amounts.flatMap((a) => a.when)),
    ...(subsidies.meals && config.meals ? config.meals.pricing.tiers.flatMap((t) => t.when) : []),
  ];
}

/** The categories the rules name, in the bureau's order; a screen has room for four beside 都不是 and 不知道. */
export function askedCategories(config: CentreKioskConfig): MemberCategory[] {
  const named = new Set(conditions(config).flatMap((c) => c.anyCategory ?? []));
  return MEMBER_CATEGORIES.filter((k) => named.has(k)).slice(0, 4);
}

/** The questions this centre's rules need, in order; age is always asked. */
export function questions(config: CentreKioskConfig): Question[] {
  const all = conditions(config);
  const subsidies = config.subsidies;
  const local =
    programmesInForce(subsidies ?? { programmes: [], parameters: [] }).some(
      (p) => p.localHukouOnly,
    ) ||
    (subsidies?.meals !== undefined && config.meals?.pricing.localHukouOnly === true);
  return [
    'age',
    ...(local ? (['local'] as const) : []),
    ...(askedCategories(config).length > 0 ? (['category'] as const) : []),
    ...(all.some((c) => c.minDisability !== undefined) ? (['disability'] as const) : []),
  ];
}
