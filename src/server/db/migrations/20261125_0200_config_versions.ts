/**
 * Config versions (the centre's kiosk config as staff publish it; version 1 is the seed folder)
 * and the per-kiosk settings the fleet page sets: orientation, a subset of jobs, and the config
 * problem a kiosk reports.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('config_versions')
    // Given by the server (newest + 1), so two publishes based on the same version collide on
    // the key and the second is told someone else published first.
    .addColumn('number', 'integer', (c) => c.primaryKey())
    // The raw text of each file as a JSON object: exported back byte for byte.
    .addColumn('files', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('by_id', 'text')
    .addColumn('by_name', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('restored_from', 'integer')
    .execute();

  await db.schema.alterTable('kiosks').addColumn('orientation', 'text').execute();
  // A JSON list of jobs; null = every job of the centre's config.
  await db.schema.alterTable('kiosks').addColumn('jobs', 'text').execute();
  await db.schema.alterTable('kiosks').addColumn('config_error', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('kiosks').dropColumn('config_error').execute();
  await db.schema.alterTable('kiosks').dropColumn('jobs').execute();
  await db.schema.alterTable('kiosks').dropColumn('orientation').execute();
  await db.schema.dropTable('config_versions').execute();
}
