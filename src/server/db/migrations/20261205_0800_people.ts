/**
 * The people who work for the centre without a console account (field workers, volunteers),
 * kept by the admin, and a service request's assignee may be one of them: `assignee_kind` says
 * which list `assignee_id` is in (requests assigned before this were all staff accounts).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('field-worker', 'volunteer')`))
    .addColumn('active', 'integer', (c) => c.notNull().check(sql`active in (0, 1)`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable('service_requests')
    .addColumn('assignee_kind', 'text', (c) =>
      c.notNull().defaultTo('staff').check(sql`assignee_kind in ('staff', 'person')`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('service_requests').dropColumn('assignee_kind').execute();
  await db.schema.dropTable('people').execute();
}
