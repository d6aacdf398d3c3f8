/** Row type of a member's subsidy applications (see migrations/20261206_0100_subsidy_applications.ts). */
import type { Selectable } from 'kysely';
import type { ApplicationStatus } from '../../shared/subsidies/applications-api';
import type { IsoTimestamp } from '../db/time';

export interface SubsidyApplicationTable {
  id: string;
  member_id: string;
  programme_id: string;
  /** "YYYY-MM-DD". */
  applied_on: string;
  status: ApplicationStatus;
  /** "YYYY-MM-DD", once approved or refused. */
  decided_on: string | null;
  /** Why it was refused, in the desk's words; null otherwise. */
  reason: string | null;
  note: string | null;
  staff_id: string | null;
  /** Who entered it, as the audit log names them. */
  staff_label: string;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export type SubsidyApplicationRow = Selectable<SubsidyApplicationTable>;
