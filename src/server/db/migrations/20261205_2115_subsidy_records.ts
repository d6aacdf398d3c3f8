/**
 * The subsidy register's history (issue #13 item 4): each bureau list imported (`subsidy_imports`,
 * with the month it is "as of"), and every fact on record (`subsidy_records`): a programme started
 * or stopped (with the reason), a payment, a care voucher issued or used — imported, or entered
 * at the desk. An imported row is known by a hash of its normalised facts (`row_key`, unique), so
 * importing a list again adds nothing. A row whose ID number matched no member waits
 * (`state` = 'waiting', no member) until the desk matches or dismisses it.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('subsidy_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('list', 'text', (c) =>
      c.notNull().check(sql`list in ('added', 'stopped', 'payments', 'vouchers')`),
    )
    // "YYYY-MM": the month the bureau's list describes.
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text')
    .addColumn('staff_label', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('matched', 'integer', (c) => c.notNull())
    .addColumn('waiting', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('subsidy_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('row_key', 'text', (c) => c.notNull().unique())
    .addColumn('import_id', 'text', (c) => c.references('subsidy_imports.id'))
    .addColumn('line', 'integer')
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('start', 'stop', 'payment', 'voucher-issue', 'voucher-use')`),
    )
    .addColumn('id_number', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('fen', 'integer', (c) => c.notNull().check(sql`fen >= 0`))
    .addColumn('reason', 'text')
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('matched', 'waiting', 'dismissed')`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('subsidy_records_member')
    .on('subsidy_records')
    .columns(['member_id', 'programme_id', 'month'])
    .execute();
  await db.schema
    .createIndex('subsidy_records_id_number')
    .on('subsidy_records')
    .columns(['id_number', 'state'])
    .execute();
  await db.schema
    .createIndex('subsidy_records_month')
    .on('subsidy_records')
    .columns(['month', 'kind'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('subsidy_records').execute();
  await db.schema.dropTable('subsidy_imports').execute();
}
