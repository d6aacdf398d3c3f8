/**
 * The offline roster: the members the server publishes (change type "member", key = member id),
 * kept in the replica and found by their card under the centre's card key (change type
 * "card-key"), so an elder can be greeted with the network down. The kiosk never holds a card
 * number, only its keyed, slow hash (shared/members/card.ts).
 */
import { MEMBER_MEALS_CHANGE, type MemberMeals } from '../../shared/meals/member-meals';
import { type CardKey, cardKeyOf, normalizeCardNumber } from '../../shared/members/card';
import {
  CARD_KEY_CHANGE,
  CARD_KEY_ITEM,
  MEMBER_CHANGE,
  type RosterMember,
} from '../../shared/members/roster';
import type { ReplicaStore } from './pull-store';
import { replicaType, replicaTypes } from './pull-types';

/** How the roster is kept: members found by their card key. */
export const ROSTER_TYPE = replicaType<RosterMember>({
  change: MEMBER_CHANGE,
  lookup: (member) => member.cardKey,
});

/** The centre's card key (one item): what a card read is hashed with. */
export const CARD_KEY_TYPE = replicaType<CardKey>({ change: CARD_KEY_CHANGE });

/** Each member's meals (key = member id): upcoming bookings, the usual meal, refusals to tell. */
export const MEMBER_MEALS_TYPE = replicaType<MemberMeals>({ change: MEMBER_MEALS_CHANGE });

/** Every change type this kiosk replicates. Features add theirs here. */
export const KIOSK_REPLICA_TYPES = replicaTypes(ROSTER_TYPE, CARD_KEY_TYPE, MEMBER_MEALS_TYPE);

/** A member as found in the roster, with the id the server knows them by. */
export interface RosterEntry {
  id: string;
  member: RosterMember;
}

/** The member whose card key is `cardKey`, or null. */
export async function getRosterMember(
  store: ReplicaStore,
  cardKey: string,
): Promise<RosterEntry | null> {
  const record = await store.find(MEMBER_CHANGE.type, cardKey);
  return record ? { id: record.key, member: record.data as RosterMember } : null;
}

/**
 * What a card (typed or read) finds: `invalid` when it is not a card number at all, `no-roster`
 * when this kiosk has never received a roster (or its card key), `unknown` when no member has
 * it. `card` is the normalized number, for this moment only: it is never written to disk.
 */
export type CardLookup =
  | { status: 'invalid' }
  | { status: 'no-roster' }
  | { status: 'unknown'; card: string }
  | { status: 'found'; card: string; entry: RosterEntry };

/** Normalize, hash (~100 ms on purpose) and look up a card number as the reader or the keypad gave it. */
export async function lookUpCard(store: ReplicaStore | null, raw: string): Promise<CardLookup> {
  const card = normalizeCardNumber(raw);
  if (card === undefined) return { status: 'invalid' };
  if (!store || store.lastPullAt.value === null) return { status: 'no-roster' };
  const key = await store.get(CARD_KEY_CHANGE.type, CARD_KEY_ITEM);
  if (!key) return { status: 'no-roster' };
  const entry = await getRosterMember(store, await cardKeyOf(card, key.data as CardKey));
  return entry ? { status: 'found', card, entry } : { status: 'unknown', card };
}

/** The roster's age and size for the staff screen: null age = never loaded on this kiosk. */
export function rosterStatus(
  store: ReplicaStore | null,
  now: number,
): { ageMs: number | null; members: number } {
  const at = store?.lastPullAt.value ?? null;
  return {
    ageMs: at === null ? null : now - at,
    members: store?.counts.value[MEMBER_CHANGE.type] ?? 0,
  };
}
