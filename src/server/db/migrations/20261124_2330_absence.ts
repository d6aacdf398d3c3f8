/** Staff's checks on members the absence alert listed (平安签到): who called or visited, and how it went. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('absence_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    // The day (and sitting) the member was missed: a check belongs to that day's list.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('sitting', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) =>
      c.notNull().check(sql`outcome in ('reached', 'visited', 'no-answer')`),
    )
    .addColumn('note', 'text')
    // A name as well as an id, so the list still says who checked after an account is gone.
    .addColumn('checked_by', 'text')
    .addColumn('checked_by_label', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();
  // The list reads one day's checks, newest last.
  await db.schema
    .createIndex('absence_checks_day')
    .on('absence_checks')
    .columns(['day', 'sitting', 'checked_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('absence_checks').execute();
}
