/**
 * The change feed kiosks pull: every feature publishes the latest state of each item it sends to
 * kiosks (a member of the roster, a day's menu, an acknowledgement) in the same transaction as
 * the change itself, so the feed and the data never disagree.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import * as v from 'valibot';
import type { Change, ChangeType } from '../../shared/sync/index';
import type { Database } from '../db/schema';
import type { ChangeRow } from './changes.table';

/** What to publish: put (new or replaced) or delete item `key` of `type`. */
export interface PublishedChange {
  type: string;
  key: string;
  op: 'put' | 'delete';
  /** The item itself for a put (JSON-serialisable); left out for a delete. */
  data?: unknown;
  /** When, for the record (default: now). */
  at?: Date;
}

// Any fixed number: the key of the advisory lock that orders publishers on PostgreSQL.
const PUBLISH_LOCK = 0x6e786368; // "nxch"

/**
 * Publishes one change inside `trx` (a transaction: pass the one that makes the change). The
 * earlier row of the same (type, key) is deleted, so the feed only ever holds the latest state
 * of each item and a kiosk starting from nothing reads each item once.
 */
export async function publishChange(trx: Kysely<Database>, change: PublishedChange): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter)
    // A sequence hands out numbers at insert, not at commit: two writers could commit 11 before
    // 10, and a kiosk that pulled in between would skip 10 for good. Taking this lock until commit
    // makes publishers go one at a time, so seq order is commit order. (SQLite writers already
    // go one at a time.)
    await sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`.execute(trx);
  await trx
    .deleteFrom('changes')
    .where('type', '=', change.type)
    .where('key', '=', change.key)
    .execute();
  await trx
    .insertInto('changes')
    .values({
      type: change.type,
      key: change.key,
      op: change.op,
      data: change.op === 'put' ? JSON.stringify(change.data ?? null) : null,
      created_at: (change.at ?? new Date()).toISOString(),
    })
    .execute();
}

/**
 * Publishes a put of a defined change type, checking the data against the type's schema first:
 * data a kiosk would refuse is a bug here, not something to send.
 */
export async function publishPut<D>(
  trx: Kysely<Database>,
  type: ChangeType<string, D>,
  key: string,
  data: D,
  at?: Date,
): Promise<void> {
  const checked = v.safeParse(type.data, data);
  if (!checked.success)
    throw new Error(
      `"${type.type}" data for ${key} does not match its schema: ${checked.issues[0]?.message}`,
    );
  await publishChange(trx, { type: type.type, key, op: 'put', data, ...(at ? { at } : {}) });
}

/** Up to `limit` changes after `seq`, oldest first. */
export function selectChangesAfter(
  db: Kysely<Database>,
  seq: number,
  limit: number,
): Promise<ChangeRow[]> {
  return db
    .selectFrom('changes')
    .selectAll()
    .where('seq', '>', seq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** The newest seq in the feed, or 0 when it is empty. */
export async function lastSeq(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return row?.seq === null || row?.seq === undefined ? 0 : Number(row.seq);
}

/** A stored row as the pull answers it. */
export function toChange(row: ChangeRow): Change {
  return {
    type: row.type,
    key: row.key,
    op: row.op,
    ...(row.op === 'put' && row.data !== null ? { data: JSON.parse(row.data) as unknown } : {}),
  };
}
