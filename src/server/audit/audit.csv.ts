/** The audit log as CSV that Excel (as used in Chinese offices) opens correctly. */
import { csvRecord } from '../lib/csv';
import type { AuditLogRow } from './audit.table';

/** The header row's column names, in order. */
export const AUDIT_CSV_COLUMNS = [
  'at',
  'actor',
  'actor_id',
  'action',
  'subject_type',
  'subject_id',
  'details',
] as const;

/** The header record. */
export function auditCsvHeader(): string {
  return csvRecord(AUDIT_CSV_COLUMNS);
}

/** One audit row as a CSV record. */
export function auditCsvRecord(row: AuditLogRow): string {
  return csvRecord([
    row.at,
    row.actor_label,
    row.actor_id,
    row.action,
    row.subject_type,
    row.subject_id,
    row.details,
  ]);
}
