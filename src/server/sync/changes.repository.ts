/** All SQL for the change feed kiosks pull. The first argument is the database or a transaction. */
import { type Insertable, type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Database } from '../db/schema';
import type { ChangeRow, ChangeTable } from './changes.table';

/** Where a kiosk stands in the feed: it has every row before (txid, seq). */
export interface FeedPosition {
  txid: number;
  seq: number;
}

const isPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Replaces the row of (row.type, row.key) by `row`, with the next seq. On PostgreSQL, where
 * publishers no longer wait for each other, one upsert: a second transaction publishing the same
 * item waits for the first to commit, then takes the row over with its own seq and txid (a delete
 * and an insert would fail on the unique key instead). SQLite writers go one at a time.
 */
export async function replaceChange(
  trx: Kysely<Database>,
  row: Insertable<ChangeTable>,
): Promise<void> {
  if (isPostgres(trx)) {
    await trx
      .insertInto('changes')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['type', 'key']).doUpdateSet((eb) => ({
          op: eb.ref('excluded.op'),
          data: eb.ref('excluded.data'),
          created_at: eb.ref('excluded.created_at'),
          seq: sql`nextval(pg_get_serial_sequence('changes', 'seq'))`,
          txid: sql`pg_current_xact_id()::text::bigint`,
        })),
      )
      .execute();
    return;
  }
  await trx.deleteFrom('changes').where('type', '=', row.type).where('key', '=', row.key).execute();
  await trx.insertInto('changes').values(row).execute();
}

/** The published data (JSON text) of item `key` of `type`, or undefined when none is published. */
export async function selectPublishedItem(
  db: Kysely<Database>,
  type: string,
  key: string,
): Promise<{ op: 'put' | 'delete'; data: string | null } | undefined> {
  return db
    .selectFrom('changes')
    .select(['op', 'data'])
    .where('type', '=', type)
    .where('key', '=', key)
    .executeTakeFirst();
}

/**
 * Up to `limit` changes after `after`, in (txid, seq) order; on PostgreSQL only those written by
 * transactions below `horizon` (see feedHorizon). SQLite's rows all have txid 0: seq alone.
 */
export function selectChangesAfter(
  db: Kysely<Database>,
  after: FeedPosition,
  limit: number,
  horizon?: number,
): Promise<ChangeRow[]> {
  if (!isPostgres(db))
    return db
      .selectFrom('changes')
      .selectAll()
      .where('seq', '>', after.seq)
      .orderBy('seq')
      .limit(limit)
      .execute();
  let query = db
    .selectFrom('changes')
    .selectAll()
    .where((eb) => eb(eb.refTuple('txid', 'seq'), '>', eb.tuple(after.txid, after.seq)));
  if (horizon !== undefined) query = query.where('txid', '<', horizon);
  return query.orderBy('txid').orderBy('seq').limit(limit).execute();
}

/** The newest seq in the feed, or 0 when it is empty. */
export async function lastSeq(db: Kysely<Database>): Promise<number> {
  return (await feedEnd(db)).seq;
}

/** The highest txid and seq in the feed (0 when it is empty): no cursor we made is beyond them. */
export async function feedEnd(db: Kysely<Database>): Promise<FeedPosition> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => [eb.fn.max('seq').as('seq'), eb.fn.max('txid').as('txid')])
    .executeTakeFirst();
  return { seq: Number(row?.seq ?? 0), txid: Number(row?.txid ?? 0) };
}

const XID_WRAP = 2 ** 32;

/**
 * The next transaction id PostgreSQL will hand out, and the ids of the transactions of this
 * database (other than ours) that have written something and are still open. pg_stat_activity
 * gives 32-bit ids: each is widened against `next`, which it is below by less than 2^31.
 * The snapshot is the statement's, taken before pg_stat_activity is read, so every transaction
 * with an id below `next` that is still open when it is read is listed.
 */
async function openWriters(db: Kysely<Database>): Promise<{ next: number; open: number[] }> {
  const { rows } = await sql<{ next: string; open: string[] }>`
    select s.next::text as next,
      array(
        select a.backend_xid::text from pg_stat_activity a
        where a.datname = current_database() and a.pid <> pg_backend_pid()
          and a.backend_xid is not null
      ) as open
    from (select pg_snapshot_xmax(pg_current_snapshot())::text::bigint as next) s`.execute(db);
  const next = Number(rows[0]?.next ?? 0);
  const open = (rows[0]?.open ?? []).map(
    (xid) => next - (((((next % XID_WRAP) - Number(xid)) % XID_WRAP) + XID_WRAP) % XID_WRAP),
  );
  return { next, open };
}

/**
 * PostgreSQL: the txid below which the feed is final. A sequence hands out seq at insert, not at
 * commit, so a slower transaction may commit a row numbered below one already read; rows are
 * read in (txid, seq) order instead, and only those of transactions below every writer of this
 * database still open, which can add nothing below them. Writers are short: this waits up to
 * `waitMs` for those open when the pull began, so a pull sends everything committed before it
 * started, then answers with what is final. Undefined on SQLite (one writer at a time).
 */
export async function feedHorizon(
  db: Kysely<Database>,
  waitMs: number,
): Promise<number | undefined> {
  if (!isPostgres(db)) return undefined;
  const { next: below, open: first } = await openWriters(db);
  let open = first.filter((xid) => xid < below);
  const deadline = Date.now() + waitMs;
  while (open.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    open = (await openWriters(db)).open.filter((xid) => xid < below);
  }
  return open.length > 0 ? Math.min(...open) : below;
}

/**
 * True when `seq` lies in a stretch of the feed a restore lost: a cursor the replaced database
 * handed out after the restored backup was taken.
 */
export async function seqLostInRestore(db: Kysely<Database>, seq: number): Promise<boolean> {
  const row = await db
    .selectFrom('database_restores')
    .select('restored_at')
    .where('lost_after_seq', '<', seq)
    .where('lost_through_seq', '>=', seq)
    .executeTakeFirst();
  return row !== undefined;
}

/** The published data (JSON text) of every put of `type`, by key. */
export async function selectPublishedData(
  db: Kysely<Database>,
  type: string,
): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('changes')
    .select(['key', 'data'])
    .where('type', '=', type)
    .where('op', '=', 'put')
    .execute();
  return new Map(rows.map((r) => [r.key, r.data]));
}
