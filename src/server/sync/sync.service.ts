/**
 * Push with apply-once: each entry is applied in its own transaction that also records its id,
 * so an id is applied at most once and a resend gets the first answer again.
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
import { decodeCursor, encodeCursor } from '../audit/audit.service';
import { isUniqueViolation } from '../db/errors';
import type { Database } from '../db/schema';
import type { ApplierRegistry } from './appliers';
import { findSyncEntry, insertSyncEntry, selectRejections } from './sync.repository';

/** The stored answer for an id, or a refusal when another kiosk sent that id first. */
function storedAnswer(
  stored: { kiosk_id: string; result: string },
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

/** Applies one entry (or answers from the record), in one transaction. */
async function pushOne(
  db: Kysely<Database>,
  registry: ApplierRegistry,
  kioskId: string,
  entry: OutboxEntry,
  now: Date,
): Promise<PushResult> {
  const serverTime = now.toISOString();
  try {
    return await db.transaction().execute(async (trx) => {
      const stored = await findSyncEntry(trx, entry.id);
      if (stored) return storedAnswer(stored, kioskId, entry.id, serverTime);

      let result: PushResult;
      const check = validateEntry(entry, registry.kinds);
      const apply = check.ok ? registry.appliers.get(check.entry.kind) : undefined;
      if (!check.ok || !apply) {
        const refusal = check.ok ? reason('unknown_kind') : check.reason;
        result = { id: entry.id, status: 'rejected', reason: refusal, serverTime };
      } else {
        const outcome = await apply(
          trx,
          { id: entry.id, kind: entry.kind, payload: check.payload, kioskTime: entry.kioskTime },
          { kioskId, now },
        );
        result =
          outcome.status === 'accepted'
            ? accepted(entry.id, serverTime, outcome.record)
            : { id: entry.id, status: 'rejected', reason: outcome.reason, serverTime };
      }
      const text = JSON.stringify(result);
      await insertSyncEntry(trx, {
        id: entry.id,
        kiosk_id: kioskId,
        kind: entry.kind,
        kiosk_time: entry.kioskTime,
        received_at: serverTime,
        status: result.status,
        reason_code: result.status === 'rejected' ? result.reason.code : null,
        result: text,
      });
      // Answer exactly what a resend will get: the stored JSON, not the live objects.
      return JSON.parse(text) as PushResult;
    });
  } catch (error) {
    // Another request recorded this id while we applied it; ours rolled back. Answer theirs.
    if (!isUniqueViolation(error)) throw error;
    const stored = await findSyncEntry(db, entry.id);
    if (!stored) throw error;
    return storedAnswer(stored, kioskId, entry.id, serverTime);
  }
}

/**
 * Answers a validated push from `kioskId`, entry by entry in order. An applier that throws
 * stops the batch (its entry is rolled back; earlier ones stay applied and answer the same
 * when resent).
 */
export async function push(
  db: Kysely<Database>,
  registry: ApplierRegistry,
  kioskId: string,
  request: PushRequest,
  now: Date,
): Promise<PushResponse> {
  const results: PushResult[] = [];
  for (const entry of request.entries)
    results.push(await pushOne(db, registry, kioskId, entry, now));
  return { results, serverTime: now.toISOString() };
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
