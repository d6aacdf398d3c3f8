/** Marking a call escalated: one transaction with its audit entry, feed item and console event. */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { countCallChange, insertEscalationTry, markCallEscalated } from './escalation.repository';
import { recordHelpEvent } from './help.events';
import { loadCallView, publishCall } from './help.views';

/**
 * Marks `callId` escalated at `now` if it is still open and not escalated (a conditional update,
 * so two processes or a late timer never escalate twice). False when there was nothing to do.
 */
export async function escalateCall(
  db: Kysely<Database>,
  callId: string,
  now: Date,
  webhookSet: boolean,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await markCallEscalated(trx, callId, now.toISOString()))) return false;
    // Recorded as the only "try", so the console says plainly that nobody outside was called.
    if (!webhookSet)
      await insertEscalationTry(trx, {
        callId,
        attempt: 1,
        at: now,
        outcome: 'not-configured',
        httpStatus: null,
        error: null,
      });
    await recordAudit(trx, {
      at: now,
      actor: { kind: 'system' },
      action: 'help.escalated',
      subject: { type: 'help_call', id: callId },
      details: { webhook: webhookSet },
    });
    const view = await loadCallView(trx, callId);
    if (!view) throw new Error(`help call ${callId} vanished inside its own transaction`);
    await publishCall(trx, view, now);
    await recordHelpEvent(trx, { type: 'help.call', view }, now);
    return true;
  });
}

/**
 * Records one webhook try and tells the consoles (the call's view carries its latest try), in one
 * transaction, so "delivered" appears on a console only once it is stored.
 */
export async function recordEscalationTry(
  db: Kysely<Database>,
  t: Parameters<typeof insertEscalationTry>[1],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertEscalationTry(trx, t);
    await countCallChange(trx, t.callId);
    const view = await loadCallView(trx, t.callId);
    if (view) await recordHelpEvent(trx, { type: 'help.call', view }, t.at);
  });
}
