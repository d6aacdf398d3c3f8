/**
 * CSV that Excel (as used in Chinese offices) opens correctly: every export (audit, members,
 * staff, kiosks, meals, absences, help, refusals) writes its records through these.
 */

/** The headers of a CSV answer the browser saves as `filename`. */
export function csvHeaders(filename: string): Record<string, string> {
  return {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
  };
}

/** Excel reads a UTF-8 file as the local code page (GBK) unless it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

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
