/**
 * The queue of bureau rows whose ID number matched no member. The desk decides per person, not
 * per row: matching gives every waiting row of that ID number to the member (and the member's
 * record keeps the number, so next month's list matches by itself); dismissing sets them all
 * aside, and later lists' rows of that number are set aside as they arrive.
 */
import type { Kysely } from 'kysely';
import { maskIdNumber } from '../../shared/members/id-number';
import type { StopReason } from '../../shared/subsidies/bureau-lists';
import type { QueueRow } from '../../shared/subsidies/import-api';
import { type Actor, recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { conflict, notFound } from '../http/errors';
import { membersByIdNumbers, selectIdNumber, writeIdNumber } from '../members/id-number.repository';
import { findMember } from '../members/members.repository';
import { applyToReceipts } from './receipts-effects';
import {
  countWaiting,
  decideRecords,
  findRecord,
  selectWaiting,
  selectWaitingOf,
} from './records.repository';

/** The most rows the queue page lists at once (oldest first). */
const QUEUE_PAGE = 200;

export async function waitingRows(
  db: Kysely<Database>,
): Promise<{ rows: QueueRow[]; total: number }> {
  const rows = await selectWaiting(db, QUEUE_PAGE);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      idNumber: maskIdNumber(r.id_number ?? ''),
      name: r.name,
      programmeId: r.programme_id,
      month: r.month,
      fen: Number(r.fen),
      reason: r.reason as StopReason | null,
      asOf: r.as_of ?? '',
      line: Number(r.line ?? 0),
    })),
    total: await countWaiting(db),
  };
}

async function waitingRecord(db: Kysely<Database>, id: string) {
  const record = await findRecord(db, id);
  const idNumber = record?.state === 'waiting' ? record.id_number : null;
  if (!record || idNumber === null)
    throw notFound(
      'This row is no longer waiting: someone may have matched or dismissed it already.',
      'queue_row_not_found',
    );
  return { ...record, id_number: idNumber };
}

/** Gives every waiting row of the row's ID number to `memberId`. */
export async function matchRow(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  memberId: string,
  now: Date,
): Promise<{ rows: number }> {
  return db.transaction().execute(async (trx) => {
    const record = await waitingRecord(trx, id);
    const member = await findMember(trx, memberId);
    if (!member)
      throw notFound(
        'There is no member with this id; the list may be out of date.',
        'member_not_found',
      );
    const own = await selectIdNumber(trx, memberId);
    if (own !== undefined && own !== record.id_number)
      throw conflict(
        'id_number_differs',
        `${member.name} already has another ID number on record; check which is right on the member's page first.`,
      );
    const holder = (await membersByIdNumbers(trx, [record.id_number])).get(record.id_number);
    if (holder !== undefined && holder !== memberId)
      throw conflict(
        'id_number_taken',
        'Another member already has this ID number; check both records first.',
      );
    if (own === undefined) await writeIdNumber(trx, memberId, record.id_number, now.toISOString());
    const rows = await selectWaitingOf(trx, record.id_number);
    await decideRecords(
      trx,
      rows.map((r) => r.id),
      'matched',
      memberId,
    );
    await applyToReceipts(trx, memberId, rows, now);
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'subsidy.rows_matched',
      subject: { type: 'member', id: memberId },
      details: { name: member.name, listed: record.name, rows: rows.length },
    });
    return { rows: rows.length };
  });
}

/** Sets aside every waiting row of the row's ID number: not one of the centre's members. */
export async function dismissRow(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  now: Date,
): Promise<{ rows: number }> {
  return db.transaction().execute(async (trx) => {
    const record = await waitingRecord(trx, id);
    const rows = await selectWaitingOf(trx, record.id_number);
    await decideRecords(
      trx,
      rows.map((r) => r.id),
      'dismissed',
      null,
    );
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'subsidy.rows_dismissed',
      subject: { type: 'subsidy_record', id },
      details: { listed: record.name, rows: rows.length },
    });
    return { rows: rows.length };
  });
}
