/** Row types of the card keys, members' cards under them and wrong-PIN counts (migrations/20261205_1310_card_keys.ts). */
import type { Selectable } from 'kysely';

export interface CardKeyTable {
  /** 1, 2, 3…; the highest is in force. */
  generation: number;
  /** 32 random bytes, base64. */
  secret: string;
  iterations: number;
  created_at: string;
}
export type CardKeyRow = Selectable<CardKeyTable>;

export interface MemberCardKeyTable {
  member_id: string;
  /** The key generation `card_key` was made under. */
  generation: number;
  /** The card number it was made from (a changed card needs a new one). */
  card_number: string;
  card_key: string;
}
export type MemberCardKeyRow = Selectable<MemberCardKeyTable>;

export interface MemberPinTriesTable {
  member_id: string;
  /** Wrong PINs since the last right one or the last lock. */
  wrong: number;
  /** ISO time the lock ends, or null. */
  locked_until: string | null;
}
export type MemberPinTriesRow = Selectable<MemberPinTriesTable>;
