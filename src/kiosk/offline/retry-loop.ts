/**
 * The scheduling both kiosk loops share (push: sync.ts, pull: pull.ts): one run at a time (also
 * across tabs, through `lock`), a rerun when a trigger came during a run, a timer when idle,
 * back-off with jitter after a failure (never shorter than the server's Retry-After, never longer
 * than the cap), and a halt on 401/403 until staff enrol the kiosk again. What a run does is the
 * loop's own `work`.
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
  /** Called after a failure has been scheduled for retry (push asks for Background Sync). */
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
  /** A trigger that came during a run: `kick` reruns after a success, `force` after anything. */
  let again: 'none' | 'kick' | 'force' = 'none';
  const rerun = (outcome: LoopOutcome) =>
    started &&
    outcome !== 'halted' &&
    (again === 'force' || (again === 'kick' && outcome === 'done'));
  let timer: unknown = null;
  let retryAfterMs = 0;

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
    return 'failed';
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
      failures.value += 1;
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
      options.onBackoff?.();
      return;
    }
    if (outcome === 'done') failures.value = 0;
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
        outcome = (await options.lock(options.work)) ?? 'busy';
      } while (rerun(outcome));
    } catch (error) {
      // The kiosk's own database failed; keep trying on the back-off, never crash the screen.
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      outcome = fail(options.storageProblem(detail));
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

  /** Something new to do: run now, unless backing off (the back-off timer will). */
  function kick(): void {
    if (!started || needsEnrollment.value) return;
    if (current) {
      if (again === 'none') again = 'kick';
      return;
    }
    const due = nextAttemptAt.value;
    if (due !== null && now() < due) return;
    void run();
  }

  /** Run now even if backing off; during a run, once more after it. */
  function runNow(): Promise<void> {
    if (!started || needsEnrollment.value) return current ?? Promise.resolve();
    if (current) {
      again = 'force';
      return current;
    }
    return run();
  }

  const onOnline = () => void runNow();

  return {
    state,
    needsEnrollment,
    nextAttemptAt,
    failures,
    /** Whether the loop is started (work stops early when it is not). */
    isStarted: () => started,
    fail,
    kick,
    runNow,
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
      nextAttemptAt.value = null;
      if (started) {
        state.value = 'idle';
        void run();
      }
    },
    idle: (): Promise<void> => current ?? Promise.resolve(),
  };
}
