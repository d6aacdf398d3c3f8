/**
 * The kiosk's offline roster: what the server publishes about each member through pull (change
 * type "member", key = the member's id), so a kiosk can greet and identify an elder with the
 * network down. Only what the kiosk needs: no phone, address or contact, and the card number
 * only as its hash (see card.ts).
 */
import * as v from 'valibot';
import { PinHashSchema } from '../config/kiosk';
import { defineChangeType } from '../sync/pull';
import { DISABILITY_GRADES, MEMBER_CATEGORIES } from './categories';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const RosterMemberSchema = v.object({
  cardHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex')),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(50)),
  birthDate: v.pipe(v.string(), v.regex(DAY, 'must be a date like 1945-03-08')),
  localHukou: v.boolean(),
  categories: v.array(v.picklist(MEMBER_CATEGORIES)),
  disability: v.picklist(DISABILITY_GRADES),
  /** Last day of membership (inclusive), or null for no end. */
  validUntil: v.nullable(v.pipe(v.string(), v.regex(DAY, 'must be a date like 2027-12-31'))),
  /** The member's 4-digit PIN as a PBKDF2 hash, or null when the member has none. */
  pin: v.nullable(PinHashSchema),
});
export type RosterMember = v.InferOutput<typeof RosterMemberSchema>;

/** The pull change type that carries one member of the roster. */
export const MEMBER_CHANGE = defineChangeType({ type: 'member', data: RosterMemberSchema });
