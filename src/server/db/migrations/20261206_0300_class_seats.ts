/**
 * Class mode (issue #15 items 3 and 4): where each kiosk's learner is in a class's lesson, one row
 * per session and kiosk (the seat), kept from the kiosk's newest `class.progress` entry. No member
 * column: the presenter screen names the kiosk's place, never the learner.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('class_seats')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('class_sessions.id').onDelete('cascade'),
    )
    .addColumn('kiosk_id', 'text', (c) => c.notNull())
    .addColumn('lesson_id', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('steps', 'integer', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    // The entry the row is from: UUID v7, so an older entry replayed late never overwrites it.
    .addColumn('entry_id', 'text', (c) => c.notNull())
    // 1 once the trainer has gone to the seat; a new step or level sets it back to 0.
    .addColumn('handled', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('class_seats_pk', ['session_id', 'kiosk_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('class_seats').execute();
}
