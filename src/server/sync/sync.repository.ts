/** All SQL for the apply-once record. The first argument is the database or a transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { SyncEntryRow, SyncEntryTable } from './sync.table';

/** What the record says about an id: who sent it, and the answer given. */
export type StoredEntry = Pick<SyncEntryRow, 'kiosk_id' | 'result'>;

export function findSyncEntry(db: Kysely<Database>, id: string): Promise<StoredEntry | undefined> {
  return db
    .selectFrom('sync_entries')
    .select(['kiosk_id', 'result'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The records of those of `ids` already known, by id (one query for a whole batch). */
export async function findSyncEntries(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, StoredEntry>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('sync_entries')
    .select(['id', 'kiosk_id', 'result'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map(({ id, ...stored }) => [id, stored]));
}

/**
 * Records entries (one statement for a batch); a unique violation means another request
 * recorded one of these ids first.
 */
export async function insertSyncEntries(
  db: Kysely<Database>,
  rows: readonly SyncEntryTable[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('sync_entries')
      .values([...rows])
      .execute();
}

/**
 * Writes `rows` to `table` in one statement: the appliers' write-only rows of a push
 * (batch-inserts.ts). Tables not in Database (a bench's, a test's) are written the same way.
 */
export async function insertRows(
  db: Kysely<Database>,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  await (db as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto(table)
    .values([...rows])
    .execute();
}

/** A refusal with its kiosk's name, for the staff list. */
export interface RejectionRow {
  id: string;
  kiosk_id: string;
  kiosk_name: string | null;
  kind: string;
  kiosk_time: string;
  received_at: string;
  result: string;
}

/** Up to `limit` refusals, newest first, strictly before `before` when given. */
export function selectRejections(
  db: Kysely<Database>,
  before: { receivedAt: string; id: string } | undefined,
  limit: number,
): Promise<RejectionRow[]> {
  let query = db
    .selectFrom('sync_entries')
    .leftJoin('kiosks', 'kiosks.id', 'sync_entries.kiosk_id')
    .select([
      'sync_entries.id',
      'sync_entries.kiosk_id',
      'kiosks.name as kiosk_name',
      'sync_entries.kind',
      'sync_entries.kiosk_time',
      'sync_entries.received_at',
      'sync_entries.result',
    ])
    .where('sync_entries.status', '=', 'rejected');
  if (before)
    query = query.where((eb) =>
      eb.or([
        eb('sync_entries.received_at', '<', before.receivedAt),
        eb.and([
          eb('sync_entries.received_at', '=', before.receivedAt),
          eb('sync_entries.id', '<', before.id),
        ]),
      ]),
    );
  return query
    .orderBy('sync_entries.received_at', 'desc')
    .orderBy('sync_entries.id', 'desc')
    .limit(limit)
    .execute();
}
