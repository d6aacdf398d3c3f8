/** Row type of what a member receives (see migrations/20261205_2000_member_subsidies.ts). */
import type { Selectable } from 'kysely';
import type { IsoTimestamp } from '../db/time';

export interface MemberSubsidyTable {
  member_id: string;
  programme_id: string;
  /** The monthly amount in fen (> 0). */
  fen: number;
  /** The first month paid, "YYYY-MM". */
  since: string;
  /** Payment held from this month ("YYYY-MM"), or null when not suspended. */
  suspended_from: string | null;
  /** The last month held, or null while it is still held (or never was). */
  suspended_to: string | null;
  updated_at: IsoTimestamp;
}

export type MemberSubsidyRow = Selectable<MemberSubsidyTable>;
