/**
 * Issue #17, backups that restore: each restore of the database opens a new stretch of the
 * change feed's numbers, and records the stretch the restore lost (seqs the replaced database had
 * handed out after the backup was taken). A kiosk whose pull cursor lies in a lost stretch has
 * items the restored database never had: the pull refuses that cursor and the kiosk pulls afresh.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('database_restores')
    .addColumn('restored_at', 'text', (c) => c.primaryKey())
    // Cursors above this and at most lost_through_seq came from the database the restore replaced.
    .addColumn('lost_after_seq', 'bigint', (c) => c.notNull())
    .addColumn('lost_through_seq', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('database_restores').execute();
}
