/**
 * The scheduling both kiosk loops share (push: sync.ts, pull: pull.ts): one run at a time (also
 * across tabs, through `lock`), a rerun when a trigger came during a run, a timer when idle,
 * back-off with jitter after a failure (never shorter than the server's Retry-After, never longer
 * than the cap), and a halt on 401/403 until staff enrol the kiosk again. What a run does is the
 * loop's own `work`.
 *
 * One schedule for every trigger. After a failure the next try is at `nextAttemptAt`, and nothing
 * the kiosk hears meanwhile starts one sooner: a new entry, Background Sync's message, the idle
 * timer and a caller's `runNow` all only nudge (they run at once when no back-off is pending).
 * Before this, each failure asked for Background Sync, Chromium fired it at once, and the
 * message's run ignored the back-off: 40–50 pushes a second at a server answering 503 (issue #11).
 * Two exceptions, both bounded:
 * - `reachable` (the browser's `online`, the live stream connecting) tries at once, but only when
 *   the last failure got no answer at all (a network error). That news is about the way to the
 *   server, so it can end exactly that kind of failure; and tries that got no answer never loaded
 *   a server. A server that answered (5xx, 429, no answer in time) is reachable and struggling:
 *   `online` tells nothing new about it, and its Retry-After stands. The count of failures is not
 *   reset by the news, only by a success, so a flapping network cannot restart the back-off.
 * - `urgent` (a new emergency call) runs at once even while backing off, once; if that fails, the
 *   call's entry waits for the schedule like everything else.
 */
import { signal } from '@preact/signals';
import { BACKOFF_BASE_MS, backoffDelayMs } from './backoff';
import type { Listenable, SyncLock, SyncTimers } from './sync-env';

/** How a run ended: `busy` when another tab held the lock. */
export type LoopOutcome = 'done' | 'failed' | 'halted' | 'busy';

export interface RetryLoopOptions<Busy extends string, P extends { code: string }> {
  /** The state shown while a run is under way ("sending", "pulling"). */
  busyState: Busy;
  /** One run's work, under the lock. */
  work: () => Promise<LoopOutcome>;
  /** Keep a failure for the staff screen. */
  record: (problem: P & { at: number }) => void;
  /** The problem for the kiosk's own storage failing mid-run. */
  storageProblem: (detail: string) => P;
  /** Called at the first failure of a failing period, once it is scheduled (push asks for Background Sync). */
  onBackoff?: () => void;
  lock: SyncLock;
  timers: SyncTimers;
  now: () => number;
  random: () => number;
  intervalMs: number;
  baseDelayMs?: number | undefined;
  maxDelayMs: number;
  /** Where `online` is heard. */
  window: Listenable | null;
}

export function createRetryLoop<Busy extends string, P extends { code: string }>(
  options: RetryLoopOptions<Busy, P>,
) {
  const { timers, now } = options;
  const state = signal<'stopped' | 'idle' | 'waiting' | 'halted' | Busy>('stopped');
  const needsEnrollment = signal(false);
  const nextAttemptAt = signal<number | null>(null);
  const failures = signal(0);

  let started = false;
  let current: Promise<void> | null = null;
  /**
   * A trigger that came during a run, the strongest kept: `kick` reruns after a success,
   * `reachable` also after a failure that got no answer, `urgent` after anything (once).
   */
  let again: 'none' | 'kick' | 'reachable' | 'urgent' = 'none';
  let timer: unknown = null;
  let retryAfterMs = 0;
  /** The last failure got no answer from any server (a network error), rather than a refusal. */
  let lastUnanswered = false;
  /** `onBackoff` was called in this run of failures (it is asked once per failing period). */
  let announced = false;

  const rerun = (outcome: LoopOutcome) => {
    if (!started || outcome === 'halted') return false;
    if (again === 'urgent') return true;
    if (again === 'reachable')
      return outcome === 'done' || (outcome === 'failed' && lastUnanswered);
    return again === 'kick' && outcome === 'done';
  };

  function clearTimer(): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  }

  function schedule(ms: number): void {
    clearTimer();
    timer = timers.setTimeout(() => {
      timer = null;
      void run();
    }, ms);
  }

  /** Record a failure: 401/403 halts until `resume`, anything else backs off. */
  function fail(problem: P, retryAfter = 0): LoopOutcome {
    options.record({ ...problem, at: now() });
    if (problem.code === 'unauthorized') {
      needsEnrollment.value = true;
      return 'halted';
    }
    retryAfterMs = retryAfter;
    lastUnanswered = problem.code === 'network';
    return 'failed';
  }

  /** Count each try's outcome: failures in a row, reset by any success. */
  function count(outcome: LoopOutcome): LoopOutcome {
    if (outcome === 'failed') failures.value += 1;
    else if (outcome === 'done') {
      failures.value = 0;
      announced = false;
    }
    return outcome;
  }

  function settle(outcome: LoopOutcome): void {
    if (!started) {
      state.value = 'stopped';
      return;
    }
    if (outcome === 'halted') {
      nextAttemptAt.value = null;
      state.value = 'halted';
      return;
    }
    if (outcome === 'failed') {
      const jittered = backoffDelayMs(
        failures.value,
        options.random,
        options.baseDelayMs ?? BACKOFF_BASE_MS,
        options.maxDelayMs,
      );
      const delay = Math.max(jittered, Math.min(retryAfterMs, options.maxDelayMs));
      nextAttemptAt.value = now() + delay;
      state.value = 'waiting';
      schedule(delay);
      // Once per failing period: each ask may wake the page at once (Chromium fires Background
      // Sync straight away while online), and that must not become a trigger per failure.
      if (!announced) {
        announced = true;
        options.onBackoff?.();
      }
      return;
    }
    nextAttemptAt.value = null;
    state.value = 'idle';
    schedule(options.intervalMs);
  }

  async function loop(): Promise<void> {
    clearTimer();
    state.value = options.busyState;
    let outcome: LoopOutcome = 'done';
    try {
      do {
        again = 'none';
        outcome = count((await options.lock(options.work)) ?? 'busy');
      } while (rerun(outcome));
    } catch (error) {
      // The kiosk's own database failed; keep trying on the back-off, never crash the screen.
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      outcome = count(fail(options.storageProblem(detail)));
    }
    // Cleared before scheduling, synchronously: a trigger from here on starts a new run.
    current = null;
    settle(outcome);
  }

  function run(): Promise<void> {
    if (!started || needsEnrollment.value) return current ?? Promise.resolve();
    current ??= loop();
    return current;
  }

  /** Whether a try is scheduled after a failure and not yet due. */
  function backingOff(): boolean {
    const due = nextAttemptAt.value;
    return due !== null && now() < due;
  }

  /** Stopped or halted: no trigger does anything (a run under way may still be awaited). */
  const inert = () => !started || needsEnrollment.value;

  /**
   * Something to do (a new entry, Background Sync, "now please"): run now, unless backing off —
   * then the scheduled try stands. During a run: once more after it, if it succeeded.
   */
  function runNow(): Promise<void> {
    if (inert()) return current ?? Promise.resolve();
    if (current) {
      if (again === 'none') again = 'kick';
      return current;
    }
    if (backingOff()) return Promise.resolve();
    return run();
  }

  /**
   * The way to the server may be open again (`online`, the live stream connected): try now if
   * the last failure got no answer at all; after a server's own answer the schedule stands.
   */
  function reachable(): Promise<void> {
    if (inert()) return current ?? Promise.resolve();
    if (current) {
      if (again !== 'urgent') again = 'reachable';
      return current;
    }
    if (backingOff() && !lastUnanswered) return Promise.resolve();
    return run();
  }

  /** A new emergency: run now even if backing off; during a run, once more after it, whatever happens. */
  function urgent(): Promise<void> {
    if (inert()) return current ?? Promise.resolve();
    if (current) {
      again = 'urgent';
      return current;
    }
    return run();
  }

  const onOnline = () => void reachable();

  return {
    state,
    needsEnrollment,
    nextAttemptAt,
    failures,
    /** Whether the loop is started (work stops early when it is not). */
    isStarted: () => started,
    fail,
    kick: (): void => void runNow(),
    runNow,
    reachable,
    urgent,
    /** Listen to `online` and run at once; false when it was already started. */
    start(): boolean {
      if (started) return false;
      started = true;
      state.value = 'idle';
      options.window?.addEventListener('online', onOnline);
      void run();
      return true;
    },
    /** Stop listening; a run under way finishes. False when it was not started. */
    stop(): boolean {
      if (!started) return false;
      started = false;
      clearTimer();
      options.window?.removeEventListener('online', onOnline);
      nextAttemptAt.value = null;
      if (!current) state.value = 'stopped';
      return true;
    },
    resume(): void {
      needsEnrollment.value = false;
      failures.value = 0;
      announced = false;
      nextAttemptAt.value = null;
      if (started) {
        state.value = 'idle';
        void run();
      }
    },
    idle: (): Promise<void> => current ?? Promise.resolve(),
  };
}
