/**
 * Members' resident ID numbers (issue #13 item 4), in a table of their own rather than a column
 * of `members`: every list, export, roster and kiosk answer reads `members`, so keeping the
 * number apart means none of them can carry it by accident. One number per member, and one
 * member per number (bureau lists are matched on it).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('member_id_numbers')
    .addColumn('member_id', 'text', (c) =>
      c.primaryKey().references('members.id').onDelete('cascade'),
    )
    // normalizeIdNumber's form: 17 digits and a digit or X.
    .addColumn('id_number', 'text', (c) => c.notNull().unique())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_id_numbers').execute();
}
