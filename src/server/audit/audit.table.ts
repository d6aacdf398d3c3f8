/** Row type of the audit log (see migrations/20261124_1941_audit.ts). */
import type { Selectable } from 'kysely';
import type { IsoTimestamp } from '../db/time';

export interface AuditLogTable {
  /** UUID v7, so (at, id) orders entries even within one millisecond. */
  id: string;
  at: IsoTimestamp;
  /** The staff account that acted; null for the command line, the system or an unknown person. */
  actor_id: string | null;
  /** Who acted, as a person reads it: a username at the time, "cli", "system" or "anonymous". */
  actor_label: string;
  /** What happened, e.g. "staff.created"; the console translates it. */
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  /** A JSON object as text (never a password or hash). */
  details: string;
}

export type AuditLogRow = Selectable<AuditLogTable>;
