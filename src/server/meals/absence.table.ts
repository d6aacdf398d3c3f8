/** Row type of staff's checks on absent members (see migrations/20261124_2330_absence.ts). */
import type { Selectable } from 'kysely';
import type { AbsenceOutcome } from '../../shared/meals/absence';
import type { IsoTimestamp } from '../db/time';

export interface AbsenceCheckTable {
  /** UUID v7 (newId). */
  id: string;
  member_id: string;
  /** "YYYY-MM-DD": the day the member was missed. */
  day: string;
  sitting: string;
  outcome: AbsenceOutcome;
  note: string | null;
  /** The staff account's id; null when not made by a signed-in account. */
  checked_by: string | null;
  checked_by_label: string;
  checked_at: IsoTimestamp;
}

export type AbsenceCheckRow = Selectable<AbsenceCheckTable>;
