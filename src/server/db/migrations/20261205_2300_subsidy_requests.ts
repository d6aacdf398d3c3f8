/**
 * 帮我申请: a service request may be an appointment to apply for a subsidy programme. It keeps
 * the programme's id (so a second tap for the same programme joins the open request) and, as
 * JSON, the programme's name and the documents to bring as subsidies.json said them then.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('service_requests').addColumn('programme_id', 'text').execute();
  await db.schema.alterTable('service_requests').addColumn('programme', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('service_requests').dropColumn('programme').execute();
  await db.schema.alterTable('service_requests').dropColumn('programme_id').execute();
}
