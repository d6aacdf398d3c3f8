/** Enrolled kiosks, their one-time enrollment codes, and the entries kiosks pushed (apply-once). */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kiosks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_seen_at', 'text')
    .addColumn('app_version', 'text')
    .addColumn('config_version', 'text')
    .addColumn('outbox_length', 'integer')
    .addColumn('last_error', 'text')
    .execute();

  await db.schema
    .createTable('kiosk_enrollment_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Not unique: an 8-digit code may come round again once an old one is used or expired.
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('kiosk_id', 'text')
    .execute();
  await db.schema
    .createIndex('kiosk_enrollment_codes_code_hash')
    .on('kiosk_enrollment_codes')
    .column('code_hash')
    .execute();

  // No foreign key to kiosks: the record of what was applied must outlive a removed kiosk.
  await db.schema
    .createTable('sync_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kiosk_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('kiosk_time', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('accepted', 'rejected')`))
    .addColumn('reason_code', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sync_entries_status_received')
    .on('sync_entries')
    .columns(['status', 'received_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sync_entries').execute();
  await db.schema.dropTable('kiosk_enrollment_codes').execute();
  await db.schema.dropTable('kiosks').execute();
}
