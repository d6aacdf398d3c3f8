/**
 * Escalation tries get a structured outcome (delivered / http-error / timeout / unreachable /
 * not-configured) beside the HTTP status, so the console words each try in the reader's language
 * instead of showing the English text the server once logged. The old `error` text stays for
 * the log and the inspector; rows written before this migration are classified from it.
 *
 * Calls get a `version` that grows with each change, sent to kiosks with the call's state, so a
 * kiosk never replaces what it showed with an older state of the same call.
 */
import { type Kysely, sql } from 'kysely';

/** The text the server logged as the only "attempt" when no receiver was set, before this. */
const OLD_NO_WEBHOOK =
  'No escalation webhook is set (NUANXIN_ESCALATION_URL): nobody outside the centre was called.';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A default lets both stores add a NOT NULL column to a table with rows; the updates below
  // then give every old row its real outcome.
  await db.schema
    .alterTable('help_escalations')
    .addColumn('outcome', 'text', (c) =>
      c
        .notNull()
        .defaultTo('unreachable')
        .check(
          sql`outcome in ('delivered', 'http-error', 'timeout', 'unreachable', 'not-configured')`,
        ),
    )
    .execute();
  await sql`update help_escalations set outcome = 'not-configured' where error = ${OLD_NO_WEBHOOK}`.execute(
    db,
  );
  await sql`update help_escalations set outcome = 'delivered' where error is null`.execute(db);
  await sql`update help_escalations set outcome = 'http-error' where error is not null and http_status is not null`.execute(
    db,
  );
  await sql`update help_escalations set outcome = 'timeout' where http_status is null and (error like '%aborted due to timeout%' or error like '%TimeoutError%')`.execute(
    db,
  );

  await db.schema
    .alterTable('help_calls')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('help_calls').dropColumn('version').execute();
  await db.schema.alterTable('help_escalations').dropColumn('outcome').execute();
}
