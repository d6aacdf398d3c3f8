/**
 * The SQL of escalation: marking a call escalated, the open calls a restarted watcher picks up,
 * and the tries (help_escalations): write one, read a call's, read the latest.
 */
import type { Kysely } from 'kysely';
import type { EscalationAttemptView, EscalationOutcome } from '../../shared/help/api-types';
import type { Database } from '../db/schema';

export interface EscalationTry {
  callId: string;
  attempt: number;
  at: Date;
  outcome: EscalationOutcome;
  httpStatus: number | null;
  /** The technical reason, for the log and the inspector only. */
  error: string | null;
}

export async function insertEscalationTry(db: Kysely<Database>, t: EscalationTry): Promise<void> {
  await db
    .insertInto('help_escalations')
    .values({
      call_id: t.callId,
      attempt: t.attempt,
      at: t.at.toISOString(),
      outcome: t.outcome,
      http_status: t.httpStatus,
      error: t.error,
    })
    .execute();
}

/** A try changes the call's view on the console: its version counts it, so views keep order. */
export async function countCallChange(db: Kysely<Database>, callId: string): Promise<void> {
  await db
    .updateTable('help_calls')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', callId)
    .execute();
}

/** Every try of a call, first first. */
export async function escalationTries(
  db: Kysely<Database>,
  callId: string,
): Promise<EscalationAttemptView[]> {
  const rows = await db
    .selectFrom('help_escalations')
    .select(['attempt', 'at', 'outcome', 'http_status'])
    .where('call_id', '=', callId)
    .orderBy('attempt')
    .execute();
  return rows.map((r) => ({
    attempt: Number(r.attempt),
    at: r.at,
    outcome: r.outcome,
    httpStatus: r.http_status === null ? null : Number(r.http_status),
  }));
}

/** The latest try of each of `callIds` (calls without one are left out). */
export async function latestEscalationTries(
  db: Kysely<Database>,
  callIds: readonly string[],
): Promise<Map<string, EscalationAttemptView>> {
  const latest = new Map<string, EscalationAttemptView>();
  if (callIds.length === 0) return latest;
  const rows = await db
    .selectFrom('help_escalations as e')
    .select(['e.call_id', 'e.attempt', 'e.at', 'e.outcome', 'e.http_status'])
    .where('e.call_id', 'in', callIds)
    .where(({ eb, selectFrom, ref }) =>
      eb(
        'e.attempt',
        '=',
        selectFrom('help_escalations as l')
          .select((x) => x.fn.max('l.attempt').as('last'))
          .whereRef('l.call_id', '=', ref('e.call_id')),
      ),
    )
    .execute();
  for (const r of rows)
    latest.set(r.call_id, {
      attempt: Number(r.attempt),
      at: r.at,
      outcome: r.outcome,
      httpStatus: r.http_status === null ? null : Number(r.http_status),
    });
  return latest;
}

/**
 * Marks the call escalated at `at` if it is still open and not escalated (conditional, so two
 * processes or a late timer never escalate twice). False when there was nothing to do.
 */
export async function markCallEscalated(
  db: Kysely<Database>,
  callId: string,
  at: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('help_calls')
    .set((eb) => ({ escalated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', callId)
    .where('kind', '=', 'emergency')
    .where('status', '=', 'open')
    .where('escalated_at', 'is', null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Every open emergency, with when it came and when (if ever) it was escalated (staff calls never are). */
export function selectOpenCalls(
  db: Kysely<Database>,
): Promise<{ id: string; received_at: string; escalated_at: string | null }[]> {
  return db
    .selectFrom('help_calls')
    .select(['id', 'received_at', 'escalated_at'])
    .where('kind', '=', 'emergency')
    .where('status', '=', 'open')
    .execute();
}
