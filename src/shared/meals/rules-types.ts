/**
 * The shapes the meal rules read. The config schema (`src/shared/config/meals.ts`) produces
 * these; the rules take only what they need, so tests and the console can build them by hand.
 * Money is integer fen (分) everywhere: ¥15 is 1500.
 */
import type { DisabilityGrade, MemberCategory } from '../members/categories';

/** Who pays what for one meal. */
export type Funder = 'government' | 'charity' | 'operator';

/**
 * When a subsidy tier applies: ANY of the listed conditions; inside one condition ALL its
 * fields must hold. E.g. category A: [{ anyCategory: ['low-income', …] }, { minAge: 100 }].
 */
export interface TierCondition {
  /** Age in completed years on the meal's day, lower bound inclusive. */
  minAge?: number | undefined;
  /** Upper bound inclusive: 80–99 is minAge 80, maxAge 99. */
  maxAge?: number | undefined;
  /** The member has at least one of these categories. */
  anyCategory?: readonly MemberCategory[] | undefined;
  /** The member's disability grade is at least this ('mild' < 'moderate' < 'severe' < 'total'). */
  minDisability?: DisabilityGrade | undefined;
}

/** One subsidy tier: who it is for and what each funder covers per meal. */
export interface SubsidyTier {
  id: string;
  when: readonly TierCondition[];
  /** Fen covered by the government per meal (city, district and town together). */
  government: number;
  /** Fen covered by charity per meal. */
  charity: number;
}

/** How a member's age counts against an age band (rule pattern 1 in subsidy-rules.md). */
export type AgeCountsFrom = 'birthday' | 'birthday-month' | 'month-after';

/** The canteen's own discount: a share of the base price (in basis points: 500 = 5 %) or fixed fen. */
export type OperatorDiscount =
  | { basisPoints: number; fen?: undefined }
  | { fen: number; basisPoints?: undefined };

/** The price table of one centre's canteen. */
export interface PriceTable {
  /** The price of a set meal before anyone's share (fen). */
  basePrice: number;
  /** The canteen's discount for members (not for companions); none when absent. */
  operatorDiscount?: OperatorDiscount | undefined;
  /** Subsidy tiers; when several match, the one that covers the most is paid (never stacked). */
  tiers: readonly SubsidyTier[];
  /** Only members with local 户籍 get a subsidy (the canteen discount still applies). */
  localHukouOnly: boolean;
  ageCountsFrom: AgeCountsFrom;
  /** At most this many subsidised meals per member; beyond it a meal is at the member price. */
  caps: {
    perDay?: number | undefined;
    perWeek?: number | undefined;
    perMonth?: number | undefined;
  };
  /** Whether a member may book a companion meal (a family member, at the full base price). */
  companionsAllowed: boolean;
  /** What delivery adds to the elder's share (fen); not subsidised. */
  deliveryFee: number;
}

/** What the rules need to know about a member. */
export interface MemberFacts {
  birthDate: string;
  localHukou: boolean;
  categories: readonly MemberCategory[];
  disability: DisabilityGrade;
}

/** Subsidised meals the member already has (booked, not cancelled), not counting this one. */
export interface SubsidyUsage {
  day: number;
  week: number;
  month: number;
}
