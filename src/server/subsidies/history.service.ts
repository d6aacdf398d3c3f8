/**
 * A member's subsidy history from the bureau's lists and the desk's own entries, and their
 * voucher balances.
 */
import type { Kysely } from 'kysely';
import type { InferOutput } from 'valibot';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import type { RecordBody } from '../../shared/subsidies/history-api';
import { type Actor, recordAudit } from '../audit/audit.service';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { selectIdNumber } from '../members/id-number.repository';
import { findMember } from '../members/members.repository';
import { hashKey } from './import.service';
import { applyToReceipts } from './receipts-effects';
import { insertRecords, selectMemberRecords } from './records.repository';
import type { SubsidyRecordTable } from './records.table';

export async function memberHistory(db: Kysely<Database>, memberId: string) {
  if (!(await findMember(db, memberId)))
    throw notFound(
      'There is no member with this id; the list may be out of date.',
      'member_not_found',
    );
  const rows = await selectMemberRecords(db, memberId);
  const balances = new Map<string, number>();
  for (const r of rows) {
    const sign = r.kind === 'voucher-issue' ? 1 : r.kind === 'voucher-use' ? -1 : 0;
    if (sign !== 0)
      balances.set(r.programme_id, (balances.get(r.programme_id) ?? 0) + sign * Number(r.fen));
  }
  return {
    records: rows.map((r) => ({
      kind: r.kind,
      programmeId: r.programme_id,
      month: r.month,
      fen: Number(r.fen),
      reason: r.reason,
      asOf: r.as_of ?? null,
    })),
    vouchers: [...balances].map(([programmeId, balanceFen]) => ({ programmeId, balanceFen })),
  };
}

/** Records a start, stop, payment or voucher the desk enters, audited, in one transaction. */
export async function addDeskRecord(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  record: InferOutput<typeof RecordBody>,
  programmes: readonly SubsidyProgramme[] | undefined,
  now: Date,
) {
  if (!programmes?.some((p) => p.id === record.programmeId))
    throw new AppError(
      400,
      'unknown_programme',
      `The centre's subsidies have no programme "${record.programmeId}"; choose one from the list.`,
    );
  await db.transaction().execute(async (trx) => {
    const member = await findMember(trx, memberId);
    if (!member)
      throw notFound(
        'There is no member with this id; the list may be out of date.',
        'member_not_found',
      );
    const id = newId();
    const row: SubsidyRecordTable = {
      id,
      // Never the same as an imported row's: the desk's entry is its own fact.
      row_key: hashKey(`desk|${id}`),
      import_id: null,
      line: null,
      kind: record.kind,
      id_number: (await selectIdNumber(trx, memberId)) ?? null,
      name: member.name,
      member_id: memberId,
      programme_id: record.programmeId,
      month: record.month,
      fen: record.kind === 'stop' ? 0 : record.fen,
      reason: record.reason,
      state: 'matched',
      created_at: now.toISOString(),
    };
    await insertRecords(trx, [row]);
    await applyToReceipts(trx, memberId, [row], now);
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'subsidy.record_entered',
      subject: { type: 'member', id: memberId },
      details: {
        name: member.name,
        kind: record.kind,
        programme: record.programmeId,
        month: record.month,
        fen: row.fen,
        reason: record.reason,
      },
    });
  });
  return memberHistory(db, memberId);
}
