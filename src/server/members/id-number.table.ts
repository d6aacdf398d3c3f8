/** Row type of members' ID numbers (see migrations/20261205_2105_member_id_numbers.ts). */
import type { Selectable } from 'kysely';
import type { IsoTimestamp } from '../db/time';

export interface MemberIdNumberTable {
  member_id: string;
  /** normalizeIdNumber's form; unique. */
  id_number: string;
  updated_at: IsoTimestamp;
}

export type MemberIdNumberRow = Selectable<MemberIdNumberTable>;
