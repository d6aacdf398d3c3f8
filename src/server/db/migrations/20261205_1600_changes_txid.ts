/**
 * Issue #16: the change feed stops serialising its writers on an advisory lock. Each row records
 * the transaction that wrote it (`txid`, PostgreSQL's 64-bit transaction id), and a pull reads in
 * (txid, seq) order only below the oldest transaction of this database still in progress, so a
 * slow transaction can never commit a row behind a cursor a kiosk already has
 * (sync/changes.repository.ts). SQLite runs one writer at a time: its rows keep txid 0 and seq
 * alone orders them, as before. Rows already in the feed get 0 too, so every cursor handed out
 * before (a bare seq) still names the same place.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('changes')
    .addColumn('txid', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // Set after the column exists, so only rows written from now on get their transaction's id.
    await sql`alter table changes alter column txid set default (pg_current_xact_id()::text::bigint)`.execute(
      db,
    );
    await db.schema
      .createIndex('changes_txid_seq')
      .on('changes')
      .columns(['txid', 'seq'])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('changes_txid_seq').ifExists().execute();
  await db.schema.alterTable('changes').dropColumn('txid').execute();
}
