/**
 * Help: emergency calls (with every escalation attempt), service requests (with staff notes), and
 * the help event log the console's live stream replays from after a reconnect or a restart.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('help_calls')
    // The id of the kiosk entry of the first press: a resend never opens a second call.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kiosk_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    // When the elder pressed (the kiosk's clock) and when the server got it (its own clock).
    .addColumn('pressed_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('presses', 'integer', (c) => c.notNull().check(sql`presses >= 1`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('open', 'acknowledged', 'resolved', 'false-alarm', 'cancelled')`),
    )
    .addColumn('ack_by', 'text')
    .addColumn('ack_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('escalated_at', 'text')
    .addColumn('note', 'text')
    // 1 while the call's "help-call" item is in the pull feed; closed calls leave it a day later.
    .addColumn('in_feed', 'integer', (c) => c.notNull().check(sql`in_feed in (0, 1)`))
    .execute();
  await db.schema
    .createIndex('help_calls_kiosk_status')
    .on('help_calls')
    .columns(['kiosk_id', 'status'])
    .execute();
  await db.schema
    .createIndex('help_calls_received')
    .on('help_calls')
    .columns(['received_at', 'id'])
    .execute();
  await db.schema.createIndex('help_calls_status').on('help_calls').column('status').execute();

  // Every call of the escalation webhook, answered or not, for the console and the inspector.
  await db.schema
    .createTable('help_escalations')
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('http_status', 'integer')
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('help_escalations_pk', ['call_id', 'attempt'])
    .execute();

  await db.schema
    .createTable('service_requests')
    // The id of the kiosk entry that made it: what the elder's service.cancel names.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kiosk_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    // Fixed when it arrives, so a later edit of help.json cannot show a complaint to all staff.
    .addColumn('complaint', 'integer', (c) => c.notNull().check(sql`complaint in (0, 1)`))
    .addColumn('wanted_when', 'text')
    .addColumn('wanted_where', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('new', 'assigned', 'in-progress', 'done', 'cancelled')`),
    )
    .addColumn('assignee_id', 'text')
    .addColumn('plan_day', 'text')
    .addColumn('plan_part', 'text')
    .addColumn('kiosk_time', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_requests_member')
    .on('service_requests')
    .columns(['member_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('service_requests_status')
    .on('service_requests')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('service_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_notes_request')
    .on('service_notes')
    .columns(['request_id', 'at'])
    .execute();

  // Every help event as sent, numbered in commit order (see help.events.ts), so a console that
  // reconnects with Last-Event-ID gets exactly what it missed, across restarts too.
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('help_events')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('help.call', 'help.request')`))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('complaint', 'integer', (c) => c.notNull().check(sql`complaint in (0, 1)`))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('help_events').execute();
  await db.schema.dropTable('service_notes').execute();
  await db.schema.dropTable('service_requests').execute();
  await db.schema.dropTable('help_escalations').execute();
  await db.schema.dropTable('help_calls').execute();
}
