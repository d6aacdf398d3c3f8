/**
 * Meal photos, stored in the database (base64 text, so SQLite and PostgreSQL store them alike)
 * rather than on the server's disk: a centre's backup, or a city platform's several server
 * processes, then always have every photo a config version names.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('photos')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    // SHA-256 (hex) of the bytes: the ETag, and how an upload of the same photo finds it again.
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('data_base64', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('photos').execute();
}
