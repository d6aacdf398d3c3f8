/**
 * The kiosk's one emergency call controller, over the app's outbox, sync loop and replica. A call
 * belongs to the kiosk, not to the session: the idle timeout and a new elder do not end it, staff
 * do (resolved, false alarm).
 */
import { effect, untracked } from '@preact/signals';
import type { HelpCallState } from '../../../shared/help/changes';
import { HELP_CALL_CHANGE_TYPE, HELP_CALL_KIND } from '../../../shared/help/kind-names';
import { offline } from '../../app/offline';
import { puller, replica } from '../../app/pull';
import { device } from '../../app/state';
import { browserTimers } from '../../offline/timers';
import { memberOptions, NoOutboxError } from '../store-entry';
import { type CallController, type CallPorts, createCallController } from './call';

/**
 * What any call of this kiosk (an emergency, a call for staff) learns from the outbox, the sync
 * loop and the replica: the server's answer to its entry and, after that, its state by id.
 */
export const callWatchPorts: Omit<CallPorts, 'store' | 'sendNow'> = {
  answer: (id, waitMs) => offline.value?.outbox.waitForResult(id, waitMs) ?? Promise.resolve(null),
  failing: () => (offline.value?.sync.failures.value ?? 1) > 0,
  online: () => device.online.value,
  async readState(callId) {
    const known = await replica.value?.get(HELP_CALL_CHANGE_TYPE, callId);
    return known ? (known.data as HelpCallState) : null;
  },
  refresh: () => puller.value?.kick(),
  timers: browserTimers,
};

/** Each pull that stored something may carry news of the controller's call. */
export function followPulls(controller: CallController): void {
  // Untracked: reading the call inside must not make each change of the call run this again.
  effect(() => {
    const at = replica.value?.lastPullAt.value;
    if (at != null) untracked(() => void controller.update());
  });
}

export const emergency: CallController = createCallController({
  ...callWatchPorts,
  async store(payload) {
    const o = offline.value;
    if (!o) throw new NoOutboxError();
    // The payload is typed (HelpCallPayload), not checked against the kind's schema: that code
    // stays out of the first load, and the call must be on disk in its first second.
    // The member's proof, as every entry made for them (an emergency is never refused without one).
    const options = await memberOptions(payload.memberId);
    // A cancel is an ordinary entry. A call is stored without the usual kick: `sendNow` sends it
    // at once, even past the back-off, and a kick first would only start an ordinary run ahead.
    if (payload.cancelled) return o.save(HELP_CALL_KIND, payload, options);
    return o.outbox.add(HELP_CALL_KIND, payload, options);
  },
  sendNow: () => offline.value?.sync.syncUrgent() ?? Promise.resolve(),
});

followPulls(emergency);
