/** All SQL for the change feed kiosks pull. The first argument is the database or a transaction. */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ChangeRow, ChangeTable } from './changes.table';

/** Deletes the earlier row of the same (type, key) and appends `row`, with the next seq. */
export async function replaceChange(
  trx: Kysely<Database>,
  row: Insertable<ChangeTable>,
): Promise<void> {
  await trx.deleteFrom('changes').where('type', '=', row.type).where('key', '=', row.key).execute();
  await trx.insertInto('changes').values(row).execute();
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
