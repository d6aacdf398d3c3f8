/**
 * Issue #17, the HTTP → HTTPS move that drains: one row per kiosk told to move (`moved_at` says
 * it arrived), and its move tokens, stored as hashes. Each pull on the old address gives a new
 * token and the earlier ones stay good until they expire, so a kiosk that leaves with the token
 * of one pull while the next is under way still gets in; the first one used spends them all.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kiosk_moves')
    .addColumn('kiosk_id', 'text', (c) => c.primaryKey())
    .addColumn('to_origin', 'text', (c) => c.notNull())
    .addColumn('first_told_at', 'text', (c) => c.notNull())
    .addColumn('moved_at', 'text')
    .execute();
  await db.schema
    .createTable('kiosk_move_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('kiosk_id', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('kiosk_move_tokens_kiosk')
    .on('kiosk_move_tokens')
    .column('kiosk_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kiosk_move_tokens').execute();
  await db.schema.dropTable('kiosk_moves').execute();
}
