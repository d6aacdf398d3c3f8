/**
 * The sync loop: sends the outbox to the server in id order, one push at a time, and applies
 * each entry's answer. It runs on `online`, on a timer, after every new entry (`kick`) and when
 * the service worker relays Background Sync. Failures back off with jitter, and while backing off
 * none of these triggers sends before the scheduled try (see retry-loop.ts; a new emergency call
 * is the one exception, `syncUrgent`); a refusal of the whole batch never loops; 401/403 stops
 * until staff enrol the kiosk again.
 *
 * Exactly once: an entry leaves the outbox only when its answer has been stored, and the server
 * answers a known id with its first answer, so resending after a lost answer is always safe.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import * as v from 'valibot';
import { describeIssues } from '../../shared/sync/fields';
import { MAX_BATCH } from '../../shared/sync/limits';
import { isSyncMessage } from '../../shared/sync/protocol';
import { type PushRequest, PushResponseSchema, type PushResult } from '../../shared/sync/push';
import { isoWithOffset } from '../../shared/sync/time';
import { requestBackgroundSync } from './background-sync';
import { withDeadline } from './deadline';
import type { Outbox, StoredEntry } from './outbox';
import { problemFrom, type SyncProblem } from './problem';
import { createRetryLoop, type LoopOutcome } from './retry-loop';
import {
  browserLock,
  browserServiceWorker,
  type Listenable,
  type LoopControls,
  type LoopOptions,
  loopSettings,
} from './sync-env';
import { httpPush, type PushFn } from './transport';

export type { Listenable, SyncLock, SyncTimers } from './sync-env';

/** How often the sync looks at the outbox when nothing else wakes it. */
export const SYNC_INTERVAL_MS = 30_000;
/** A push with no answer after this long is given up (and later resent: safe, by id). */
export const PUSH_TIMEOUT_MS = 30_000;

/** The outbox operations the loop uses. */
export type SyncOutbox = Pick<
  Outbox,
  'pending' | 'noteAttempt' | 'markResults' | 'recordSync' | 'recordError'
>;

/** What `createSync` needs: the outbox, the kiosk id, and `push` or `getToken`. */
export interface SyncOptions extends LoopOptions {
  outbox: SyncOutbox;
  kioskId: () => string;
  /** Sends one batch; the default POSTs to /api/sync/push with `getToken()`'s device token. */
  push?: PushFn;
  /** Where the service worker's `{ type: 'sync' }` is heard; default `navigator.serviceWorker`. */
  serviceWorker?: Listenable | null;
  /** Asked once per failing period; default registers Background Sync where the browser has it. */
  requestBackgroundSync?: () => Promise<void>;
  /** Hears each push's entries and answers once stored (the app keeps accepted ones: resend.ts). */
  keep?: (entries: PushRequest['entries'], results: PushResult[]) => Promise<void>;
}

export type SyncState = 'stopped' | 'idle' | 'sending' | 'waiting' | 'halted';

/** The running sync and its signals for the staff screen. */
export interface Sync extends LoopControls<SyncState> {
  /**
   * Sync now, unless backing off (then the scheduled try stands); resolves when that run, or the
   * one under way, has ended.
   */
  syncNow(): Promise<void>;
  /**
   * A new emergency call was stored: push at once even while backing off (the one exception);
   * if that fails, the call waits for the back-off like everything else.
   */
  syncUrgent(): Promise<void>;
  /** How far this kiosk's clock is ahead of the server's (ms, from the last answer), or null. */
  readonly clockSkewMs: ReadonlySignal<number | null>;
}

/** The wire form of a stored entry, counting this send. */
function toWire(entry: StoredEntry): PushRequest['entries'][number] {
  const { id, kind, payload, kioskTime, kioskId, proof } = entry;
  const wire = { id, kind, payload, kioskTime, kioskId, attempt: (entry.attempt ?? 0) + 1 };
  // Entries queued before proofs have none and go as they are (the server's legacy window).
  return proof ? { ...wire, proof } : wire;
}

/** Create the sync loop (not started). */
export function createSync(options: SyncOptions): Sync {
  const { outbox } = options;
  if (!options.push && !options.getToken) throw new Error('createSync needs `push` or `getToken`');
  const { transport, timeoutMs, ...settings } = loopSettings(options, {
    lock: browserLock,
    intervalMs: SYNC_INTERVAL_MS,
    timeoutMs: PUSH_TIMEOUT_MS,
  });
  const { now, timers } = settings;
  const push: PushFn = options.push ?? httpPush(transport);
  const askBackgroundSync = options.requestBackgroundSync ?? requestBackgroundSync;
  const worker =
    options.serviceWorker !== undefined ? options.serviceWorker : browserServiceWorker();

  const skew = signal<number | null>(null);
  const loop = createRetryLoop<'sending', Omit<SyncProblem, 'at'>>({
    busyState: 'sending',
    work: () => drain(),
    record: (problem) => outbox.recordError(problem),
    storageProblem: (detail) => ({ code: 'storage', detail }),
    onBackoff: () => void askBackgroundSync().catch(() => undefined),
    ...settings,
  });

  /** Push batches until the outbox is empty or a push fails. */
  async function drain(): Promise<LoopOutcome> {
    for (;;) {
      if (!loop.isStarted()) return 'done';
      const batch = await outbox.pending(MAX_BATCH);
      if (batch.length === 0) return 'done';
      await outbox.noteAttempt(batch.map((entry) => entry.id));
      const request: PushRequest = {
        kioskId: options.kioskId(),
        sentAt: isoWithOffset(now()),
        entries: batch.map(toWire),
      };
      let body: unknown;
      try {
        body = await withDeadline(push, request, timers, timeoutMs);
      } catch (error) {
        const { problem, retryAfterMs } = problemFrom(error);
        return loop.fail(problem, retryAfterMs);
      }
      const response = v.safeParse(PushResponseSchema, body);
      if (!response.success)
        return loop.fail({ code: 'bad_response', detail: describeIssues(response.issues) });
      // Only for staff to see: rules never use the kiosk's clock.
      skew.value = now() - Date.parse(response.output.serverTime);
      const sent = new Set(batch.map((entry) => entry.id));
      const results = response.output.results.filter((result) => sent.has(result.id));
      // Stored before anything else: from here on these entries are never sent again.
      await outbox.markResults(results);
      await options.keep?.(request.entries, results);
      await outbox.recordSync(now());
      const answered = new Set(results.map((result) => result.id)).size;
      if (answered === 0)
        return loop.fail({
          code: 'unanswered',
          detail: `none of ${batch.length} entries was answered`,
        });
      if (answered < batch.length)
        outbox.recordError({
          code: 'unanswered',
          detail: `${batch.length - answered} of ${batch.length} entries were not answered`,
          at: now(),
        });
      else outbox.recordError(null);
    }
  }

  // Background Sync only nudges: Chromium fires it at once while online, so it is no news that
  // the server is back, and it must not send before the scheduled try.
  const onMessage = (event: Event) => {
    if (isSyncMessage((event as MessageEvent).data)) loop.kick();
  };

  return {
    start() {
      if (loop.start()) worker?.addEventListener('message', onMessage);
    },
    stop() {
      if (loop.stop()) worker?.removeEventListener('message', onMessage);
    },
    kick: loop.kick,
    syncNow: loop.runNow,
    reachable: loop.reachable,
    syncUrgent: loop.urgent,
    resume: loop.resume,
    idle: loop.idle,
    state: loop.state,
    needsEnrollment: loop.needsEnrollment,
    nextAttemptAt: loop.nextAttemptAt,
    failures: loop.failures,
    clockSkewMs: skew,
  };
}
