/**
 * A class session can be cancelled with a reason (issue #15): it stays on the console's list,
 * marked, so the trainer can tell the learners why, but it leaves the kiosks' 今天的课 and the
 * bureau's figures. A session nobody checked in to may be deleted instead.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('class_sessions').addColumn('cancelled_at', 'text').execute();
  await db.schema.alterTable('class_sessions').addColumn('cancel_reason', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('class_sessions').dropColumn('cancel_reason').execute();
  await db.schema.alterTable('class_sessions').dropColumn('cancelled_at').execute();
}
