/** The audit log as CSV that Excel (as used in Chinese offices) opens correctly. */
import type { AuditLogRow } from './audit.table';

/** Excel reads a UTF-8 file as the local code page (GBK) unless it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

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

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * A leading = + - @ tab or CR gets a ' first, so Excel shows text a staff member typed (a name,
 * say) instead of running it as a formula.
 */
export function csvField(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record (with its CRLF line ending) from fields. */
export function csvRecord(fields: readonly (string | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

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
