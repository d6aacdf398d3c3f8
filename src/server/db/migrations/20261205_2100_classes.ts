/**
 * Classes (issue #15): courses (an ordered set of lessons), class sessions with their volunteers'
 * hours, walk-in guests, and check-ins — one per session and learner (the primary key), so a
 * second tap, a second kiosk or a replayed entry never counts twice. Members gain a community
 * (an id of centre.json's list) for the bureau's report.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Beside the register rather than a column of it: the desk sets it on the member's page.
  await db.schema
    .createTable('member_communities')
    .addColumn('member_id', 'text', (c) =>
      c.primaryKey().references('members.id').onDelete('cascade'),
    )
    .addColumn('community', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('courses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('schedule', 'text', (c) => c.notNull())
    // A JSON list of lesson ids, in teaching order.
    .addColumn('lesson_ids', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('class_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('course_id', 'text', (c) => c.references('courses.id'))
    .addColumn('lesson_ids', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('trainer_id', 'text', (c) => c.notNull().references('staff_accounts.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('class', 'one-to-one', 'self-study')`),
    )
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('class_sessions_date').on('class_sessions').column('date').execute();
  await db.schema
    .createTable('class_volunteers')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('class_sessions.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    // Half hours, so sums stay whole numbers on both stores.
    .addColumn('half_hours', 'integer', (c) => c.notNull().check(sql`half_hours > 0`))
    .addPrimaryKeyConstraint('class_volunteers_pk', ['session_id', 'person_id'])
    .execute();
  await db.schema
    .createTable('class_guests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // Digits only: the same guest with the number typed another way is still one learner.
    .addColumn('phone', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('class_checkins')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('class_sessions.id').onDelete('cascade'),
    )
    // "m:<member id>" or "g:<guest id>": one learner, counted once per session.
    .addColumn('learner', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('guest_id', 'text')
    .addColumn('method', 'text', (c) =>
      c.notNull().check(sql`method in ('card', 'console', 'guest')`),
    )
    .addColumn('by_staff_id', 'text')
    .addColumn('by_name', 'text')
    .addColumn('kiosk_id', 'text')
    .addColumn('entry_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('class_checkins_pk', ['session_id', 'learner'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('class_checkins').execute();
  await db.schema.dropTable('class_guests').execute();
  await db.schema.dropTable('class_volunteers').execute();
  await db.schema.dropTable('class_sessions').execute();
  await db.schema.dropTable('courses').execute();
  await db.schema.dropTable('member_communities').execute();
}
