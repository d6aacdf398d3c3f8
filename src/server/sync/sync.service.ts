/**
 * Push with apply-once: each entry's change and the record of its id commit in one transaction,
 * so an id is applied at most once and a resend gets the first answer again. A batch is applied
 * in one transaction (one commit instead of one per entry: several times the throughput); when
 * anything goes wrong in it, the batch is done again entry by entry, each in its own transaction.
 */
import type { Kysely } from 'kysely';
import {
  accepted,
  type OutboxEntry,
  type PushRequest,
  type PushResponse,
  type PushResult,
  type Reason,
  reason,
  validateEntry,
} from '../../shared/sync/index';
import { isUniqueViolation } from '../db/errors';
import type { Database } from '../db/schema';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import type { ApplierRegistry } from './appliers';
import { BatchInserts } from './batch-inserts';
import { selectProofsSince } from './proof.repository';
import { type ProofCheck, proofChecker } from './proof.service';
import { proofKeys } from './proof-keys';
import {
  findSyncEntries,
  findSyncEntry,
  insertSyncEntries,
  type StoredEntry,
  selectRejections,
} from './sync.repository';
import type { SyncEntryTable } from './sync.table';

/** The stored answer for an id, or a refusal when another kiosk sent that id first. */
function storedAnswer(
  stored: StoredEntry,
  kioskId: string,
  id: string,
  serverTime: string,
): PushResult {
  if (stored.kiosk_id !== kioskId)
    return {
      id,
      status: 'rejected',
      reason: reason('duplicate', 'another kiosk already sent an entry with this id'),
      serverTime,
    };
  return JSON.parse(stored.result) as PushResult;
}

/**
 * The answer to one entry inside `trx`: from its record when the id is known (`stored`), or by
 * applying it, with the record row to insert in the same transaction, so the change and the
 * record commit or roll back together.
 */
async function answerEntry(
  trx: Kysely<Database>,
  registry: ApplierRegistry,
  proof: ProofCheck,
  kioskId: string,
  entry: OutboxEntry,
  stored: StoredEntry | undefined,
  now: Date,
  later: BatchInserts,
): Promise<{ result: PushResult; row?: SyncEntryTable }> {
  const serverTime = now.toISOString();
  if (stored) return { result: storedAnswer(stored, kioskId, entry.id, serverTime) };

  let result: PushResult;
  const check = validateEntry(entry, registry.kinds);
  const apply = check.ok ? registry.appliers.get(check.entry.kind) : undefined;
  const verdict =
    check.ok && apply
      ? await proof(trx, check.entry, check.payload, registry.identity.get(check.entry.kind) ?? {})
      : undefined;
  if (!check.ok || !apply || !verdict) {
    const refusal = check.ok ? reason('unknown_kind') : check.reason;
    result = { id: entry.id, status: 'rejected', reason: refusal, serverTime };
  } else if (!verdict.ok) {
    result = { id: entry.id, status: 'rejected', reason: verdict.reason, serverTime };
  } else {
    const outcome = await apply(
      trx,
      {
        id: entry.id,
        kind: entry.kind,
        payload: check.payload,
        kioskTime: entry.kioskTime,
        identity: verdict.identity,
      },
      { kioskId, now, insertLater: later.add },
    );
    result =
      outcome.status === 'accepted'
        ? accepted(entry.id, serverTime, outcome.record)
        : { id: entry.id, status: 'rejected', reason: outcome.reason, serverTime };
  }
  const text = JSON.stringify(result);
  const row: SyncEntryTable = {
    id: entry.id,
    kiosk_id: kioskId,
    kind: entry.kind,
    kiosk_time: entry.kioskTime,
    received_at: serverTime,
    status: result.status,
    reason_code: result.status === 'rejected' ? result.reason.code : null,
    result: text,
  };
  // Answer exactly what a resend will get: the stored JSON, not the live objects.
  return { result: JSON.parse(text) as PushResult, row };
}

/** Applies one entry (or answers from the record), in a transaction of its own. */
async function pushOne(
  db: Kysely<Database>,
  registry: ApplierRegistry,
  proof: ProofCheck,
  kioskId: string,
  entry: OutboxEntry,
  now: Date,
): Promise<PushResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      const stored = await findSyncEntry(trx, entry.id);
      const later = new BatchInserts();
      const { result, row } = await answerEntry(
        trx,
        registry,
        proof,
        kioskId,
        entry,
        stored,
        now,
        later,
      );
      await later.flush(trx);
      if (row) await insertSyncEntries(trx, [row]);
      return result;
    });
  } catch (error) {
    // Another request recorded this id while we applied it; ours rolled back. Answer theirs.
    if (!isUniqueViolation(error)) throw error;
    const stored = await findSyncEntry(db, entry.id);
    if (!stored) throw error;
    return storedAnswer(stored, kioskId, entry.id, now.toISOString());
  }
}

/**
 * Answers a validated push from `kioskId`, entry by entry in order. An applier that throws
 * stops the batch (its entry is rolled back; earlier ones stay applied and answer the same
 * when resent). Appliers may run twice for an entry (in the batch that rolled back, then alone),
 * which is why they write only through the transaction they are given.
 */
export async function push(
  db: Kysely<Database>,
  registry: ApplierRegistry,
  kioskId: string,
  request: PushRequest,
  now: Date,
): Promise<PushResponse> {
  const serverTime = now.toISOString();
  // Read before the transaction (SQLite has one connection, which the transaction holds), and
  // the keys only when a proof came: a batch without one needs no key made or loaded.
  const keys = request.entries.some((e) => e.proof) ? await proofKeys(db) : undefined;
  const since = await selectProofsSince(db);
  const proof = proofChecker(keys, kioskId, since ? Date.parse(since) : 0, now);
  try {
    // The usual case: the whole batch in one transaction, each id recorded beside its change;
    // one query finds the known ids, one records the new ones, and one per table writes the
    // appliers' write-only rows (few round trips to the store).
    const results = await db.transaction().execute(async (trx) => {
      const stored = await findSyncEntries(
        trx,
        request.entries.map((e) => e.id),
      );
      const answered: PushResult[] = [];
      const rows: SyncEntryTable[] = [];
      // The appliers' write-only rows, one insert per table for the whole batch.
      const later = new BatchInserts();
      for (const entry of request.entries) {
        const { result, row } = await answerEntry(
          trx,
          registry,
          proof,
          kioskId,
          entry,
          stored.get(entry.id),
          now,
          later,
        );
        answered.push(result);
        if (row) rows.push(row);
      }
      await later.flush(trx);
      await insertSyncEntries(trx, rows);
      return answered;
    });
    return { results, serverTime };
  } catch {
    // Nothing of the batch was committed. An applier threw, or another request recorded one of
    // these ids meanwhile: entry by entry, the entries before a failing one are kept, a
    // concurrent id gets its first answer, and a failing applier fails this request again.
  }
  const results: PushResult[] = [];
  for (const entry of request.entries)
    results.push(await pushOne(db, registry, proof, kioskId, entry, now));
  return { results, serverTime };
}

/** A refused entry, as the staff console lists it for follow-up. */
export interface RejectionView {
  id: string;
  kioskId: string;
  kioskName: string | null;
  kind: string;
  reason: Reason;
  kioskTime: string;
  receivedAt: string;
}

/** One page of refusals, newest first, and the cursor of the next page (null at the end). */
export async function listRejections(
  db: Kysely<Database>,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ rejections: RejectionView[]; nextCursor: string | null }> {
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  const rows = await selectRejections(
    db,
    after && { receivedAt: after.at, id: after.id },
    page.limit + 1,
  );
  const rejections = rows.slice(0, page.limit).map((row) => ({
    id: row.id,
    kioskId: row.kiosk_id,
    kioskName: row.kiosk_name,
    kind: row.kind,
    reason: (JSON.parse(row.result) as { reason: Reason }).reason,
    kioskTime: row.kiosk_time,
    receivedAt: row.received_at,
  }));
  const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
  return {
    rejections,
    nextCursor: last ? encodeCursor({ at: last.received_at, id: last.id }) : null,
  };
}
