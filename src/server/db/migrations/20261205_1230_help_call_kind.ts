/**
 * Calls get a kind: "emergency" (every call so far) or "staff", the non-urgent 呼叫工作人员 that
 * staff acknowledge by name but that never sounds the alarm or goes to the duty line. The
 * escalation timer and the join of repeated presses read it, so each kind keeps to its own calls.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The default gives every existing call its true kind: only emergencies existed before this.
  await db.schema
    .alterTable('help_calls')
    .addColumn('kind', 'text', (c) =>
      c.notNull().defaultTo('emergency').check(sql`kind in ('emergency', 'staff')`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('help_calls').dropColumn('kind').execute();
}
