/** Row type of the members register (see migrations/20261124_2200_members.ts). */
import type { Selectable } from 'kysely';
import type { IsoTimestamp } from '../db/time';

export interface MemberTable {
  /** UUID v7 (newId). */
  id: string;
  /** normalizeCardNumber's form; unique. */
  card_number: string;
  name: string;
  /** "YYYY-MM-DD". */
  birth_date: string;
  phone: string | null;
  address: string | null;
  /** 1 when the member's 户籍 is local (subsidies depend on it). */
  local_hukou: number;
  /** A JSON list of MemberCategory codes, as text. */
  categories: string;
  /** A DisabilityGrade code. */
  disability: string;
  /** A PinHash as JSON text, or null for no PIN; never answered, never audited. */
  pin_hash: string | null;
  emergency_name: string | null;
  emergency_phone: string | null;
  emergency_relation: string | null;
  /** Last day of membership, "YYYY-MM-DD", inclusive; null for no end. */
  valid_until: string | null;
  notes: string | null;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export type MemberRow = Selectable<MemberTable>;
