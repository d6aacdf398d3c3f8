/**
 * A member's price tier, day by day: what the server works out from the register (birth date,
 * categories, disability, 户籍) with the shared rule and sends to kiosks in the roster, so a
 * kiosk prices a meal offline without ever holding those sensitive fields (issue #11).
 */
import * as v from 'valibot';
import { addDays } from '../centre/zoned';
import { tierFor } from './price';
import type { MemberFacts, PriceTable } from './rules-types';

/** How many days, from the centre's today, a roster's tiers cover (the longest booking horizon). */
export const TIER_DAYS = 14;

/** The tier (its id) on each of TIER_DAYS days from `from`; null: no subsidy that day. */
export interface MemberTiers {
  from: string;
  days: (string | null)[];
}

export const MemberTiersSchema = v.object({
  from: v.pipe(v.string(), v.isoDate()),
  days: v.pipe(
    v.array(v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(50)))),
    v.length(TIER_DAYS, `must hold a tier (or null) for each of ${TIER_DAYS} days`),
  ),
});

/**
 * The subsidy tier that applies to the member on `day`, or null: none matches, subsidies are for
 * local 户籍 only and the member is not local, or the membership has ended by then.
 */
export function memberTierOn(
  table: PriceTable,
  member: MemberFacts,
  day: string,
  validUntil: string | null,
): string | null {
  if (validUntil !== null && day > validUntil) return null;
  if (table.localHukouOnly && !member.localHukou) return null;
  return tierFor(table, member, day)?.id ?? null;
}

/** The member's tiers for TIER_DAYS days from `from` (a birthday or a membership's end may change them). */
export function memberTiers(
  table: PriceTable,
  member: MemberFacts,
  from: string,
  validUntil: string | null,
): MemberTiers {
  return {
    from,
    days: Array.from({ length: TIER_DAYS }, (_, i) =>
      memberTierOn(table, member, addDays(from, i), validUntil),
    ),
  };
}

/**
 * The tier on `day` as the roster says: a tier id, null for none, or undefined when the roster's
 * days do not reach `day` (an old pull): then nobody may guess a price.
 */
export function tierOnDay(tiers: MemberTiers, day: string): string | null | undefined {
  for (let i = 0; i < tiers.days.length; i++)
    if (addDays(tiers.from, i) === day) return tiers.days[i] ?? null;
  return undefined;
}
