/**
 * The sync loop as the app holds it from the first second, while its code (sync.ts, with the
 * push's schemas and valibot) is still on its way: it arrives by `import()` after the first
 * paint, so the first load stays small (issue #16), yet an emergency call can be stored and asked
 * to go from the start.
 *
 * Until the loop is here: every trigger (`kick`, `syncNow`, `syncUrgent`…) asks for it and then
 * passes on, so a call stored before it arrived is sent as soon as it does (the loop's first run
 * sends the whole outbox). If it cannot be fetched, `syncNow` and `syncUrgent` reject, so the
 * call's screen says at once that it was not sent; the loop counts as failing, and the fetch is
 * tried again every `retryMs` and on each trigger (the network or the server may be back).
 */
import { computed, signal } from '@preact/signals';
import type { Sync, SyncState } from './sync';
import type { SyncTimers } from './sync-env';

/** How long after a failed fetch of the loop's code it is fetched again. */
export const SENDER_RETRY_MS = 5000;

export interface LateSyncOptions {
  /** Fetch the loop's code and make the loop (not started). */
  load: () => Promise<Sync>;
  timers: SyncTimers;
  retryMs?: number;
  /** A fetch that failed (for staff: the log). */
  onError?: (error: unknown) => void;
}

/** A `Sync` that is the real loop once `load` has brought it; started at once. */
export function lateSync(options: LateSyncOptions): Sync {
  const { timers } = options;
  const real = signal<Sync | null>(null);
  /** The last fetch of the loop's code failed, and it has not arrived since. */
  const unavailable = signal(false);
  let pending: Promise<Sync> | null = null;
  let retry: unknown = null;
  let started = false;

  const arrive = (): Promise<Sync> => {
    const here = real.peek();
    if (here) return Promise.resolve(here);
    if (retry !== null) timers.clearTimeout(retry);
    retry = null;
    pending ??= options.load().then(
      (sync) => {
        unavailable.value = false;
        real.value = sync;
        if (started) sync.start();
        return sync;
      },
      (error: unknown) => {
        pending = null;
        unavailable.value = true;
        options.onError?.(error);
        if (started && retry === null)
          retry = timers.setTimeout(() => {
            retry = null;
            void arrive().catch(() => undefined);
          }, options.retryMs ?? SENDER_RETRY_MS);
        throw error;
      },
    );
    return pending;
  };
  /** Run `use` on the loop: now if it is here, else once it arrives (nothing if it cannot). */
  const pass = (use: (sync: Sync) => void) => {
    const here = real.peek();
    if (here) use(here);
    else void arrive().then(use, () => undefined);
  };

  return {
    start() {
      started = true;
      // Once it arrives, `arrive` starts it (unless stopped meanwhile).
      const here = real.peek();
      if (here) here.start();
      else void arrive().catch(() => undefined);
    },
    stop() {
      started = false;
      if (retry !== null) timers.clearTimeout(retry);
      retry = null;
      real.peek()?.stop();
    },
    kick: () => pass((sync) => sync.kick()),
    resume: () => pass((sync) => sync.resume()),
    syncNow: () => arrive().then((sync) => sync.syncNow()),
    syncUrgent: () => arrive().then((sync) => sync.syncUrgent()),
    reachable: () => arrive().then((sync) => sync.reachable()),
    idle: () => {
      const here = real.peek();
      if (here) return here.idle();
      return arrive().then(
        (sync) => sync.idle(),
        () => undefined,
      );
    },
    state: computed<SyncState>(
      () => real.value?.state.value ?? (unavailable.value ? 'waiting' : 'stopped'),
    ),
    needsEnrollment: computed(() => real.value?.needsEnrollment.value ?? false),
    nextAttemptAt: computed(() => real.value?.nextAttemptAt.value ?? null),
    // Not yet fetched counts as no failure (a call waits for it); a failed fetch as one.
    failures: computed(() => real.value?.failures.value ?? (unavailable.value ? 1 : 0)),
    clockSkewMs: computed(() => real.value?.clockSkewMs.value ?? null),
  };
}
