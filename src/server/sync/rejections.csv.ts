/** Refused entries as CSV, in the audit export's Excel-safe format, for following them up. */
import { csvRecord } from '../lib/csv';
import type { RejectionView } from './sync.service';

const COLUMNS = [
  'received_at',
  'kiosk',
  'kiosk_id',
  'kind',
  'reason_code',
  'reason',
  'detail',
  'kiosk_time',
  'entry_id',
] as const;

/** The header record and one record per refusal (without the BOM); the reason in Chinese. */
export function rejectionsCsv(rejections: readonly RejectionView[]): string {
  return (
    csvRecord(COLUMNS) +
    rejections
      .map((r) =>
        csvRecord([
          r.receivedAt,
          r.kioskName,
          r.kioskId,
          r.kind,
          r.reason.code,
          r.reason.message['zh-Hans'],
          r.reason.detail ?? null,
          r.kioskTime,
          r.id,
        ]),
      )
      .join('')
  );
}
