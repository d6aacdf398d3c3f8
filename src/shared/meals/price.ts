/**
 * What an elder pays for one meal, and who pays the rest: the one rule the kiosk (to show and
 * say the price, offline too), the server (to store it with its breakdown) and the console (to
 * preview "what will a member of category X pay") all use. Integer fen only.
 *
 * Order: the canteen's discount comes off the base price first, then the government's share,
 * then charity's; no share makes the elder's part negative (charity, then government, is cut).
 */
import type { DisabilityGrade } from '../members/categories';
import { ageForRule } from './age';
import type {
  MemberFacts,
  PriceTable,
  SubsidyTier,
  SubsidyUsage,
  TierCondition,
} from './rules-types';

/** Why the meal is priced the way it is, so the elder can be told in words. */
export type PriceBasis =
  | 'subsidised' // a tier applies
  | 'companion' // a family member's meal: full price
  | 'no-tier' // the member is in no subsidy tier (e.g. under 60)
  | 'not-local' // subsidies are for local 户籍 only
  | 'cap-day'
  | 'cap-week'
  | 'cap-month'
  // A kiosk whose roster does not reach the meal's day (an old pull) does not know the member's
  // tier: it shows the member price without subsidy as the most they pay, and says the centre
  // confirms it (the server prices every booking again from its register).
  | 'unconfirmed';

/** The price of one meal, split by who pays. All fen; `base = operator + government + charity + elder − deliveryFee`. */
export interface PriceBreakdown {
  base: number;
  operator: number;
  government: number;
  charity: number;
  deliveryFee: number;
  /** What the elder pays, delivery included. */
  elder: number;
  /** The tier that applied, if any. */
  tierId: string | null;
  basis: PriceBasis;
  /** Whether this meal counts against the subsidy caps. */
  countsAsSubsidised: boolean;
}

const GRADE_ORDER: readonly DisabilityGrade[] = ['none', 'mild', 'moderate', 'severe', 'total'];

function conditionHolds(c: TierCondition, member: MemberFacts, age: number): boolean {
  if (c.minAge !== undefined && age < c.minAge) return false;
  if (c.maxAge !== undefined && age > c.maxAge) return false;
  if (c.anyCategory && !c.anyCategory.some((k) => member.categories.includes(k))) return false;
  if (
    c.minDisability !== undefined &&
    GRADE_ORDER.indexOf(member.disability) < GRADE_ORDER.indexOf(c.minDisability)
  )
    return false;
  return true;
}

/** The tier a member is in on `day`: of all that match, the one covering most (first on a tie). */
export function tierFor(table: PriceTable, member: MemberFacts, day: string): SubsidyTier | null {
  const age = ageForRule(member.birthDate, day, table.ageCountsFrom);
  let best: SubsidyTier | null = null;
  for (const tier of table.tiers) {
    if (!tier.when.some((c) => conditionHolds(c, member, age))) continue;
    if (!best || tier.government + tier.charity > best.government + best.charity) best = tier;
  }
  return best;
}

/** The canteen's discount on `base`, rounded half up to the fen. */
export function operatorDiscountOn(table: PriceTable, base: number): number {
  const d = table.operatorDiscount;
  if (!d) return 0;
  if (d.fen !== undefined) return Math.min(d.fen, base);
  return Math.min(base, Math.floor((base * d.basisPoints + 5000) / 10_000));
}

/** Which cap, if any, stops another subsidised meal. */
function capReached(table: PriceTable, usage: SubsidyUsage): PriceBasis | null {
  const { perDay, perWeek, perMonth } = table.caps;
  if (perDay !== undefined && usage.day >= perDay) return 'cap-day';
  if (perWeek !== undefined && usage.week >= perWeek) return 'cap-week';
  if (perMonth !== undefined && usage.month >= perMonth) return 'cap-month';
  return null;
}

export interface PriceInput {
  table: PriceTable;
  /** The member booking (for a companion meal: the member who brings the companion). */
  member: MemberFacts;
  /** The meal's day, "YYYY-MM-DD" (ages are counted on it). */
  day: string;
  usage: SubsidyUsage;
  companion?: boolean;
  delivery?: boolean;
}

/** What `priceByTier` needs: the member's tier for the day instead of their facts. */
export interface TierPriceInput {
  table: PriceTable;
  /** The tier that applies to the member on the meal's day (memberTierOn), or null for none. */
  tierId: string | null;
  usage: SubsidyUsage;
  companion?: boolean;
  delivery?: boolean;
}

function breakdown(
  table: PriceTable,
  delivery: boolean | undefined,
  basis: PriceBasis,
  operator: number,
  tier: SubsidyTier | null,
  government = 0,
  charity = 0,
): PriceBreakdown {
  const base = table.basePrice;
  const deliveryFee = delivery ? table.deliveryFee : 0;
  return {
    base,
    operator,
    government,
    charity,
    deliveryFee,
    elder: base - operator - government - charity + deliveryFee,
    tierId: tier?.id ?? null,
    basis,
    countsAsSubsidised: government + charity > 0,
  };
}

/**
 * The price of one meal from the member's tier on its day: what a kiosk works out offline from
 * the roster's tiers, without the member's facts. The same numbers as `priceMeal`, whose tier
 * it would find (a member outside the local-户籍 rule simply has no tier here).
 */
export function priceByTier(input: TierPriceInput): PriceBreakdown {
  const { table, usage } = input;
  if (input.companion) return breakdown(table, input.delivery, 'companion', 0, null);
  const operator = operatorDiscountOn(table, table.basePrice);
  const tier = table.tiers.find((t) => t.id === input.tierId) ?? null;
  if (!tier) return breakdown(table, input.delivery, 'no-tier', operator, null);
  const cap = capReached(table, usage);
  if (cap) return breakdown(table, input.delivery, cap, operator, null);
  const left = table.basePrice - operator;
  const government = Math.min(tier.government, left);
  const charity = Math.min(tier.charity, left - government);
  return breakdown(table, input.delivery, 'subsidised', operator, tier, government, charity);
}

/** The price of one meal and who pays what, from the member's facts (the server's way). */
export function priceMeal(input: PriceInput): PriceBreakdown {
  const { table, member, day, usage } = input;
  const tier = input.companion ? null : tierFor(table, member, day);
  if (tier && table.localHukouOnly && !member.localHukou)
    return breakdown(
      table,
      input.delivery,
      'not-local',
      operatorDiscountOn(table, table.basePrice),
      null,
    );
  return priceByTier({
    table,
    tierId: tier?.id ?? null,
    usage,
    ...(input.companion !== undefined ? { companion: input.companion } : {}),
    ...(input.delivery !== undefined ? { delivery: input.delivery } : {}),
  });
}
