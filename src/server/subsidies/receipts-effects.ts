/**
 * What a record does to what the member receives now (`member_subsidies`, which 我的补贴 and the
 * member page read): a start records the programme (or a new monthly amount, or ends a hold); a
 * stop removes it — except a missed certification, which holds payment from that month (paid
 * back once the check is made, as the bureau does). Payments and vouchers change nothing here.
 * Applied in month order, inside the caller's transaction.
 */
import type { Kysely } from 'kysely';
import { addMonths } from '../../shared/subsidies/months';
import type { Database } from '../db/schema';
import { deleteReceipt, findReceipt, upsertReceipt } from './records.repository';
import type { SubsidyRecordTable } from './records.table';

type Effecting = Pick<SubsidyRecordTable, 'kind' | 'programme_id' | 'month' | 'fen' | 'reason'>;

export async function applyToReceipts(
  trx: Kysely<Database>,
  memberId: string,
  records: readonly Effecting[],
  now: Date,
): Promise<void> {
  const ordered = [...records].sort((a, b) => a.month.localeCompare(b.month));
  for (const record of ordered) {
    if (record.kind !== 'start' && record.kind !== 'stop') continue;
    const current = await findReceipt(trx, memberId, record.programme_id);
    const updated_at = now.toISOString();
    if (record.kind === 'start') {
      if (!current) {
        await upsertReceipt(trx, {
          member_id: memberId,
          programme_id: record.programme_id,
          fen: record.fen,
          since: record.month,
          suspended_from: null,
          suspended_to: null,
          updated_at,
        });
        continue;
      }
      const later = record.month >= current.since;
      // A start after a hold ends it: held until the month before, or never if from the same month.
      const held = current.suspended_from !== null && current.suspended_to === null && later;
      await upsertReceipt(trx, {
        ...current,
        fen: later ? record.fen : current.fen,
        since: later ? current.since : record.month,
        suspended_from:
          held && current.suspended_from !== null && current.suspended_from >= record.month
            ? null
            : current.suspended_from,
        suspended_to:
          held && current.suspended_from !== null && current.suspended_from < record.month
            ? addMonths(record.month, -1)
            : current.suspended_to,
        updated_at,
      });
      continue;
    }
    if (!current || record.month < current.since) continue;
    if (record.reason === 'missed-certification')
      await upsertReceipt(trx, {
        ...current,
        suspended_from: record.month,
        suspended_to: null,
        updated_at,
      });
    else await deleteReceipt(trx, memberId, record.programme_id);
  }
}
