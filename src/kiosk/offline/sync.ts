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
import { type PushRequest, PushResponseSchema } from '../../shared/sync/push';
import { isoWithOffset } from '../../shared/sync/time';
import { requestBackgroundSync } from './background-sync';
import { BACKOFF_CAP_MS } from './backoff';
import { withDeadline } from './deadline';
import type { Outbox, StoredEntry } from './outbox';
import { problemFrom, type SyncProblem } from './problem';
import { createRetryLoop, type LoopOutcome } from './retry-loop';
import {
  browserLock,
  browserServiceWorker,
  browserTimers,
  browserWindow,
  type Listenable,
  type SyncLock,
  type SyncTimers,
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
export interface SyncOptions {
  outbox: SyncOutbox;
  kioskId: () => string;
  /** Sends one batch; the default POSTs to /api/sync/push with `getToken()`'s device token. */
  push?: PushFn;
  getToken?: () => string | null | Promise<string | null>;
  /** Status headers for the default push (see `TransportOptions.statusHeaders`). */
  statusHeaders?: () => Record<string, string>;
  now?: () => number;
  random?: () => number;
  timers?: SyncTimers;
  /** Where `online` is heard; default `window`. */
  window?: Listenable | null;
  /** Where the service worker's `{ type: 'sync' }` is heard; default `navigator.serviceWorker`. */
  serviceWorker?: Listenable | null;
  /** Asked once per failing period; default registers Background Sync where the browser has it. */
  requestBackgroundSync?: () => Promise<void>;
  /** Runs one drain under a cross-tab lock; default Web Locks where the browser has them. */
  lock?: SyncLock;
  intervalMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  requestTimeoutMs?: number;
}

/** `halted`: stopped by 401/403 until `resume`. `waiting`: backing off after a failure. */
export type SyncState = 'stopped' | 'idle' | 'sending' | 'waiting' | 'halted';

/** The running sync and its signals for the staff screen. */
export interface Sync {
  /** Listen to the triggers and sync at once. */
  start(): void;
  /** Stop listening; a push under way finishes and its answers are kept. */
  stop(): void;
  /** A new entry is waiting: sync now, unless backing off (the back-off timer will). */
  kick(): void;
  /**
   * Sync now, unless backing off (then the scheduled try stands); resolves when that run, or the
   * one under way, has ended.
   */
  syncNow(): Promise<void>;
  /**
   * The way to the server may be open again (the live stream connected; `online` is heard by the
   * loop itself): sync now if the last failure got no answer at all, else keep the schedule.
   */
  reachable(): Promise<void>;
  /**
   * A new emergency call was stored: push at once even while backing off (the one exception);
   * if that fails, the call waits for the back-off like everything else.
   */
  syncUrgent(): Promise<void>;
  /** After enrolment: clear `needsEnrollment` and sync. */
  resume(): void;
  /** Resolves when the run under way (if any) has ended. */
  idle(): Promise<void>;
  readonly state: ReadonlySignal<SyncState>;
  /** The kiosk's token was refused: staff must enrol it again (tell staff, never the elder). */
  readonly needsEnrollment: ReadonlySignal<boolean>;
  /** When the next try after a failure is due (kiosk clock, ms), or null. */
  readonly nextAttemptAt: ReadonlySignal<number | null>;
  /** Failures in a row; 0 after any success. */
  readonly failures: ReadonlySignal<number>;
  /** How far this kiosk's clock is ahead of the server's (ms, from the last answer), or null. */
  readonly clockSkewMs: ReadonlySignal<number | null>;
}

/** The wire form of a stored entry, counting this send. */
function toWire(entry: StoredEntry): PushRequest['entries'][number] {
  const { id, kind, payload, kioskTime, kioskId } = entry;
  return { id, kind, payload, kioskTime, kioskId, attempt: (entry.attempt ?? 0) + 1 };
}

/** Create the sync loop (not started). */
export function createSync(options: SyncOptions): Sync {
  const { outbox } = options;
  if (!options.push && !options.getToken) throw new Error('createSync needs `push` or `getToken`');
  const push: PushFn =
    options.push ??
    httpPush({
      getToken: options.getToken ?? (() => null),
      ...(options.statusHeaders ? { statusHeaders: options.statusHeaders } : {}),
    });
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const timers = options.timers ?? browserTimers;
  const lock = options.lock ?? browserLock;
  const askBackgroundSync = options.requestBackgroundSync ?? requestBackgroundSync;
  const intervalMs = options.intervalMs ?? SYNC_INTERVAL_MS;
  const timeoutMs = options.requestTimeoutMs ?? PUSH_TIMEOUT_MS;
  const win = options.window !== undefined ? options.window : browserWindow();
  const worker =
    options.serviceWorker !== undefined ? options.serviceWorker : browserServiceWorker();

  const skew = signal<number | null>(null);
  const loop = createRetryLoop<'sending', Omit<SyncProblem, 'at'>>({
    busyState: 'sending',
    work: () => drain(),
    record: (problem) => outbox.recordError(problem),
    storageProblem: (detail) => ({ code: 'storage', detail }),
    onBackoff: () => void askBackgroundSync().catch(() => undefined),
    lock,
    timers,
    now,
    random,
    intervalMs,
    baseDelayMs: options.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? BACKOFF_CAP_MS,
    window: win,
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
