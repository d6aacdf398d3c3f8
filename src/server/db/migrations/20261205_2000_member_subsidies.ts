/**
 * What each member currently receives per subsidy programme (issue #13 item 3): the monthly
 * amount in fen, the first month paid, and a suspension (a missed survival check) when there is
 * one. The member's other facts the rules read (birth date, local 户籍, categories, disability)
 * are already columns of `members`.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('member_subsidies')
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    // A programme id of subsidies.json; a programme later removed from the config stays on record.
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('fen', 'integer', (c) => c.notNull().check(sql`fen > 0`))
    // Months as "YYYY-MM".
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('suspended_from', 'text')
    .addColumn('suspended_to', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('member_subsidies_pk', ['member_id', 'programme_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_subsidies').execute();
}
