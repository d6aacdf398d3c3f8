/**
 * A member's applications for a subsidy programme (issue #13 item 4): applied on a day, then
 * approved or refused (a refusal keeps the bureau's reason in words), entered by the desk. The
 * programme is one of subsidies.json's, checked by the server when it is entered.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('subsidy_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull())
    // "YYYY-MM-DD" days, as the desk gives them.
    .addColumn('applied_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('applied', 'approved', 'refused')`),
    )
    .addColumn('decided_on', 'text')
    .addColumn('reason', 'text')
    .addColumn('note', 'text')
    .addColumn('staff_id', 'text')
    // Who entered it, as the audit log names them.
    .addColumn('staff_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // A refusal always says why; an open application has no decision yet.
    .addCheckConstraint(
      'subsidy_applications_decision',
      sql`(status = 'applied' and decided_on is null and reason is null)
        or (status = 'approved' and decided_on is not null)
        or (status = 'refused' and decided_on is not null and reason is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('subsidy_applications_member')
    .on('subsidy_applications')
    .columns(['member_id', 'applied_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('subsidy_applications').execute();
}
