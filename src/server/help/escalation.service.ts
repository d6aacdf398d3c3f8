/** Marking a call escalated: one transaction with its audit entry, feed item and console event. */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { recordHelpEvent } from './help.events';
import { loadCallView, publishCall } from './help.views';

/** Logged as the only "attempt" when the centre has no webhook, so the console says why. */
export const NO_WEBHOOK =
  'No escalation webhook is set (NUANXIN_ESCALATION_URL): nobody outside the centre was called.';

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
    const updated = await trx
      .updateTable('help_calls')
      .set({ escalated_at: now.toISOString() })
      .where('id', '=', callId)
      .where('status', '=', 'open')
      .where('escalated_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    if (!webhookSet)
      await trx
        .insertInto('help_escalations')
        .values({
          call_id: callId,
          attempt: 1,
          at: now.toISOString(),
          http_status: null,
          error: NO_WEBHOOK,
        })
        .execute();
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
