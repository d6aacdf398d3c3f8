/**
 * Roster fixtures for kiosk tests: a centre card key with few rounds (the kiosk code hashes with
 * whatever rounds the key names; `npm run bench:card` measures the production count) and
 * members in exactly the shape the server publishes.
 */

import { TIER_DAYS } from '../../../src/shared/meals/tiers';
import type { CardKey } from '../../../src/shared/members/card';
import { cardKeyOf } from '../../../src/shared/members/card';
import type { RosterMember } from '../../../src/shared/members/roster';
import type { Change } from '../../../src/shared/sync/pull';

export const TEST_CARD_KEY: CardKey = {
  id: '1',
  secret: btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i * 7 + 1))),
  iterations: 1000,
};

/** The card-key item of a pull. */
export function cardKeyChange(key: CardKey = TEST_CARD_KEY): Change {
  return { type: 'card-key', key: 'centre', op: 'put', data: key };
}

/** TIER_DAYS days of `tier` from `from`. */
export function tiersOf(tier: string | null, from = '2026-11-24'): RosterMember['tiers'] {
  return { from, days: Array.from({ length: TIER_DAYS }, () => tier) };
}

/** A roster member as the server publishes it (no PIN, no end, no subsidy unless `extra` says). */
export async function rosterMember(
  card: string,
  name: string,
  extra: Partial<RosterMember> = {},
  key: CardKey = TEST_CARD_KEY,
): Promise<RosterMember> {
  return {
    cardKey: await cardKeyOf(card, key),
    name,
    hasPin: false,
    validUntil: '2099-12-31',
    tiers: tiersOf(null),
    ...extra,
  };
}
