/**
 * The kiosk's offline roster: what the server publishes about each member through pull (change
 * type "member", key = the member's id), so a kiosk can greet and identify an elder with the
 * network down. Exactly what identification and offline pricing need (src/kiosk/offline/README.md,
 * "What the kiosk holds about a member"): no birth date, category, disability, 户籍, contact or
 * PIN hash, and the card number only under the centre's keyed, slow hash (card.ts).
 */
import * as v from 'valibot';
import { MemberTiersSchema } from '../meals/tiers';
import { defineChangeType } from '../sync/pull';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HEX_256 = /^[0-9a-f]{64}$/;

export const RosterMemberSchema = v.strictObject({
  /** cardKeyOf(card, the centre's card key): finds the member by the card offline. */
  cardKey: v.pipe(v.string(), v.regex(HEX_256, 'must be a 256-bit key in hex')),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(50)),
  /** Whether the member has a PIN; only the server checks it (POST /api/kiosk/identify). */
  hasPin: v.boolean(),
  /** Last day of membership (inclusive), or null for no end. */
  validUntil: v.nullable(v.pipe(v.string(), v.regex(DAY, 'must be a date like 2027-12-31'))),
  /** The member's meal price tier for each day of the booking horizon, made by the server. */
  tiers: MemberTiersSchema,
});
export type RosterMember = v.InferOutput<typeof RosterMemberSchema>;

/** The pull change type that carries one member of the roster. */
export const MEMBER_CHANGE = defineChangeType({ type: 'member', data: RosterMemberSchema });

/** The centre's card key as the pull carries it (key "centre"): see card.ts. */
export const CardKeySchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  secret: v.pipe(v.string(), v.base64(), v.minLength(40), v.maxLength(100)),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000_000)),
});

/** The pull change type that carries the centre's card key (one item, key "centre"). */
export const CARD_KEY_CHANGE = defineChangeType({ type: 'card-key', data: CardKeySchema });

/** The one key the card-key item is stored under. */
export const CARD_KEY_ITEM = 'centre';
