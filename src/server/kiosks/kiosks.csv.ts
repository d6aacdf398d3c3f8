/** The kiosk list as CSV, in the audit export's Excel-safe format. */
import { csvRecord } from '../lib/csv';
import type { KioskView } from './kiosks.service';

const COLUMNS = [
  'id',
  'name',
  'location',
  'created_at',
  'revoked_at',
  'last_seen_at',
  'app_version',
  'config_version',
  'outbox_length',
  'last_error',
] as const;

/** The header record and one record per kiosk (without the BOM). */
export function kiosksCsv(kiosks: readonly KioskView[]): string {
  return (
    csvRecord(COLUMNS) +
    kiosks
      .map((k) =>
        csvRecord([
          k.id,
          k.name,
          k.location,
          k.createdAt,
          k.revokedAt,
          k.lastSeenAt,
          k.appVersion,
          k.configVersion,
          k.outboxLength === null ? null : String(k.outboxLength),
          k.lastError,
        ]),
      )
      .join('')
  );
}
