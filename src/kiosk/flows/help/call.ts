/**
 * One emergency call from this kiosk, from the end of the countdown until staff close it: where it
 * stands, honestly. The help.call entry is on disk first; until the server accepted it the call is
 * "sending", and the moment a push fails (or the kiosk is offline, or no answer comes within a few
 * seconds) it is "unreachable": the screen then gives the phone number and sounds the alarm. The
 * call is pushed at once, even while the sync loop backs off from a failing server (the one
 * exception to its schedule); after that it is retried on the loop's back-off like every entry,
 * never on a timer of its own, so a room of kiosks calling cannot flatten a struggling server. Once accepted, the server's "help-call" item (pulled
 * into the replica) says whether a person has answered, by name, or whether it was escalated.
 *
 * The controller takes its ports (outbox, sync, replica, timers) as arguments, so the whole state
 * machine runs in unit tests without a browser.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import type { HelpCallState } from '../../../shared/help/changes';
import type { HelpCallPayload } from '../../../shared/help/kinds';
import type { PushResult } from '../../../shared/sync/push';
import type { SyncTimers } from '../../offline/sync-env';

/** Look for the server's answer again after this pause (the answer wait ended without one). */
export const CALL_RETRY_MS = 4000;
/** No answer within this long is told as "cannot reach staff" (the push may hang for 30 s). */
export const CALL_PATIENCE_MS = 5000;
/** While the call is open, ask the server for news this often (the live stream is quicker). */
export const CALL_POLL_MS = 10_000;
/** How long one wait for the entry's answer lasts before it is asked again. */
const ANSWER_WAIT_MS = 60_000;

/**
 * The call the server's answer to a help.call opened or joined (its record is `{ callId, status,
 * presses, joined }`, src/server/help/help.appliers.ts); null when it names none. Read by hand,
 * not by a schema: this file is in the first load, which carries no valibot (issue #16).
 */
export function answeredCallId(record: unknown): string | null {
  const callId = (record as { callId?: unknown } | null | undefined)?.callId;
  return typeof callId === 'string' ? callId : null;
}

/** What the kiosk says about the call. */
export type CallPhase =
  | 'sending'
  | 'unreachable'
  | 'refused'
  | 'sent'
  | 'acknowledged'
  | 'escalated'
  | 'closed';

/** The version of a call's state; items published before versions existed count as 0. */
const versionOf = (state: HelpCallState): number => state.version ?? 0;

/** The call as the kiosk knows it. */
export interface CallView {
  /** The help.call entry this press made. */
  entryId: string;
  memberId: string | null;
  /** pending: in the outbox; accepted / rejected: the server's answer. */
  delivery: 'pending' | 'accepted' | 'rejected';
  /** The last try to reach the server failed, or the kiosk is offline, or it took too long. */
  unreachable: boolean;
  /** The server's state of the call, once pulled; `gone` once it left the feed (closed). */
  state: HelpCallState | 'gone' | null;
}

/** Where the call stands, from what is known: the server's word first, then the outbox's. */
export function phaseOf(call: CallView): CallPhase {
  const { state } = call;
  if (state === 'gone') return 'closed';
  if (
    state &&
    (state.closedAt !== null || state.status === 'resolved' || state.status === 'false-alarm')
  )
    return 'closed';
  if (state?.status === 'acknowledged') return 'acknowledged';
  if (state?.escalatedAt) return 'escalated';
  if (call.delivery === 'rejected') return 'refused';
  if (call.delivery === 'accepted') return 'sent';
  return call.unreachable ? 'unreachable' : 'sending';
}

/** Whether staff still have to deal with the call (it holds the screen and the idle timer). */
export function isOpen(call: CallView | null): call is CallView {
  return call !== null && phaseOf(call) !== 'closed';
}

/** What the controller needs from the kiosk. */
export interface CallPorts {
  /**
   * Store the help.call entry (on disk before this resolves). A cancel is sent like any entry; a
   * call is left to `sendNow`, which the controller calls next.
   */
  store(payload: HelpCallPayload): Promise<{ id: string }>;
  /** Push now even if backing off (a new call only); resolves when that try is over. */
  sendNow(): Promise<void>;
  /** The server's answer to an entry if it comes within `waitMs`, else null. */
  answer(id: string, waitMs: number): Promise<PushResult | null>;
  /** Whether the last push failed (network, timeout, server error). */
  failing(): boolean;
  /** Whether the browser believes it has a network at all. */
  online(): boolean;
  /**
   * The replica's state of the call `callId` (the id the server answered this press with, or the
   * press's own entry id, which is the id of a call it opened); null when the replica has none.
   * Only this call's item: never "the kiosk's open call", which after a reconnect may still be
   * the previous call, closed on the server while this kiosk could not hear it.
   */
  readState(callId: string): Promise<HelpCallState | null>;
  /** Ask the server for news now (a pull). */
  refresh(): void;
  timers: SyncTimers;
}

export interface CallController {
  readonly call: ReadonlySignal<CallView | null>;
  /** The countdown ended: make the call (or, while one is open, join it: nothing new is sent). */
  start(memberId: string | null): Promise<void>;
  /** Cancelled inside the countdown: recorded (counted as a false alarm), alerting nobody. */
  cancelled(memberId: string | null): Promise<void>;
  /** The replica changed: read the server's state of the call again. */
  update(): Promise<void>;
  /** Forget a closed call (the elder left its screen). */
  forgetClosed(): void;
}

export function createCallController(ports: CallPorts): CallController {
  const call = signal<CallView | null>(null);
  let callId: string | null = null;
  const timers = { patience: null as unknown, poll: null as unknown };

  const clear = (name: keyof typeof timers) => {
    if (timers[name] !== null) ports.timers.clearTimeout(timers[name]);
    timers[name] = null;
  };
  const clearAll = () => {
    clear('patience');
    clear('poll');
  };

  /** Change the call, if it is still the one for `entryId`. */
  const patch = (entryId: string, change: Partial<CallView>) => {
    const current = call.value;
    if (current?.entryId !== entryId) return;
    call.value = { ...current, ...change };
    if (!isOpen(call.value)) clearAll();
  };
  const pending = (entryId: string) =>
    call.value?.entryId === entryId && call.value.delivery === 'pending';

  /** One push at once; a failure is told at once. Later tries are the sync loop's back-off. */
  const attempt = (entryId: string) => {
    if (!pending(entryId)) return;
    if (!ports.online()) patch(entryId, { unreachable: true });
    ports.sendNow().then(
      () => {
        if (pending(entryId) && (ports.failing() || !ports.online()))
          patch(entryId, { unreachable: true });
      },
      () => patch(entryId, { unreachable: true }),
    );
  };

  const poll = (entryId: string) => {
    if (call.value?.entryId !== entryId || !isOpen(call.value)) return;
    ports.refresh();
    timers.poll = ports.timers.setTimeout(() => poll(entryId), CALL_POLL_MS);
  };

  /** Wait for the server's answer, however it comes (this push, a later one, another tab's). */
  const watch = async (entryId: string) => {
    while (pending(entryId)) {
      const result = await ports.answer(entryId, ANSWER_WAIT_MS);
      if (!result) {
        // No answer yet (or nothing to ask): look again after a pause, never in a tight loop.
        await new Promise<void>((resolve) => ports.timers.setTimeout(resolve, CALL_RETRY_MS));
        continue;
      }
      if (!pending(entryId)) return;
      clear('patience');
      if (result.status === 'rejected') {
        patch(entryId, { delivery: 'rejected', unreachable: false });
        return;
      }
      // The answer names the call; its state comes with the pull (asked for at once below).
      callId = answeredCallId(result.record) ?? callId;
      patch(entryId, { delivery: 'accepted', unreachable: false });
      poll(entryId);
      await update();
      return;
    }
  };

  /**
   * Takes `state` as the call's news only if it is this call's and not older than what is shown:
   * a pull answer that arrives late, or a replica still holding an earlier state, changes nothing.
   */
  const accept = (entryId: string, state: HelpCallState | 'gone') => {
    const current = call.value;
    if (current?.entryId !== entryId) return;
    const shown = current.state;
    if (state !== 'gone') {
      if (state.id !== (callId ?? entryId)) return;
      if (shown === 'gone') return;
      if (shown && versionOf(state) < versionOf(shown)) return;
    }
    // Unchanged news changes nothing (no new words, nothing said again).
    if (JSON.stringify(state) !== JSON.stringify(shown)) patch(entryId, { state });
  };

  async function update(): Promise<void> {
    const current = call.value;
    // Before the server accepted this press, what the replica holds (maybe stale) is not its news.
    if (current?.delivery !== 'accepted') return;
    const id = callId ?? current.entryId;
    const state = await ports.readState(id);
    if (call.value?.entryId !== current.entryId) return;
    if (state !== null) {
      accept(current.entryId, state);
      return;
    }
    // Absent from the replica: "gone" (closed, swept from the feed) only for a call this kiosk
    // has seen there; a call the pull has not brought yet is simply not known yet.
    const shown = call.value.state;
    if (shown && shown !== 'gone' && shown.id === id) accept(current.entryId, 'gone');
  }

  return {
    call,
    async start(memberId) {
      if (isOpen(call.value)) return;
      clearAll();
      callId = null;
      const entry = await ports.store({ memberId, cancelled: false });
      call.value = {
        entryId: entry.id,
        memberId,
        delivery: 'pending',
        unreachable: !ports.online(),
        state: null,
      };
      timers.patience = ports.timers.setTimeout(() => {
        if (pending(entry.id)) patch(entry.id, { unreachable: true });
      }, CALL_PATIENCE_MS);
      attempt(entry.id);
      void watch(entry.id);
    },
    async cancelled(memberId) {
      await ports.store({ memberId, cancelled: true });
    },
    update,
    forgetClosed() {
      if (call.value && !isOpen(call.value)) {
        clearAll();
        call.value = null;
        callId = null;
      }
    },
  };
}
