/** What the push and pull loops take from the browser by default (tests pass their own), and the options and controls the two share. */
import type { ReadonlySignal } from '@preact/signals';
import { BACKOFF_CAP_MS } from './backoff';
import { browserTimers, type SyncTimers } from './timers';
import type { TransportOptions } from './transport';

// In a file of their own, so the first load (the emergency call) takes them without the rest.
export { browserTimers, type SyncTimers };

/** Something that fires events (window, navigator.serviceWorker). */
export type Listenable = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Runs `drain` under a lock; resolves undefined when someone else holds it. */
export type SyncLock = <T>(drain: () => Promise<T>) => Promise<T | undefined>;

/** One run named `name` at a time across this kiosk's tabs (Web Locks); without them, this tab's own guard. */
export function webLock(name: string): SyncLock {
  return (drain) => {
    if (typeof navigator === 'undefined' || !navigator.locks) return drain();
    return navigator.locks.request(name, { ifAvailable: true }, (lock) =>
      lock ? drain() : undefined,
    );
  };
}

/** One push at a time across this kiosk's tabs. */
export const browserLock: SyncLock = webLock('nuanxin-sync');

/** `window`, where `online` fires, if there is one. */
export function browserWindow(): Listenable | null {
  return typeof window === 'undefined' ? null : window;
}

/** `navigator.serviceWorker`, where the worker's messages arrive, if there is one. */
export function browserServiceWorker(): Listenable | null {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator
    ? navigator.serviceWorker
    : null;
}

/** What the push and the pull loop both take: the default transport's needs, time, and the schedule. */
export interface LoopOptions {
  /** The device token for the default transport (transport.ts). */
  getToken?: TransportOptions['getToken'];
  /** Status headers for the default transport (see `TransportOptions.statusHeaders`). */
  statusHeaders?: () => Record<string, string>;
  now?: () => number;
  random?: () => number;
  timers?: SyncTimers;
  /** Where `online` is heard; default `window`. */
  window?: Listenable | null;
  /** Runs one run under a cross-tab lock; default Web Locks where the browser has them. */
  lock?: SyncLock;
  intervalMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  requestTimeoutMs?: number;
}

/** `options` with the browser's defaults filled in, and the loop's own lock, interval and timeout. */
export function loopSettings(
  options: LoopOptions,
  defaults: { lock: SyncLock; intervalMs: number; timeoutMs: number },
) {
  return {
    transport: {
      getToken: options.getToken ?? (() => null),
      ...(options.statusHeaders ? { statusHeaders: options.statusHeaders } : {}),
    } satisfies TransportOptions,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    timers: options.timers ?? browserTimers,
    lock: options.lock ?? defaults.lock,
    intervalMs: options.intervalMs ?? defaults.intervalMs,
    timeoutMs: options.requestTimeoutMs ?? defaults.timeoutMs,
    baseDelayMs: options.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? BACKOFF_CAP_MS,
    window: options.window !== undefined ? options.window : browserWindow(),
  };
}

/** What the staff screen and the app do with either loop. */
export interface LoopControls<State extends string> {
  /** Listen to the triggers and run at once. */
  start(): void;
  /** Stop listening; a run under way finishes and what it got is kept. */
  stop(): void;
  /** Something new to send or to fetch: run now, unless backing off (the back-off timer will). */
  kick(): void;
  /**
   * The way to the server may be open again (the live stream connected; `online` is heard by the
   * loop itself): run now if the last failure got no answer at all, else keep the schedule.
   */
  reachable(): Promise<void>;
  /** After enrolment: clear `needsEnrollment` and run. */
  resume(): void;
  /** Resolves when the run under way (if any) has ended. */
  idle(): Promise<void>;
  /** `halted`: stopped by 401/403 until `resume`. `waiting`: backing off after a failure. */
  readonly state: ReadonlySignal<State>;
  /** The kiosk's token was refused: staff must enrol it again (tell staff, never the elder). */
  readonly needsEnrollment: ReadonlySignal<boolean>;
  /** When the next try after a failure is due (kiosk clock, ms), or null. */
  readonly nextAttemptAt: ReadonlySignal<number | null>;
  /** Failures in a row; 0 after any success. */
  readonly failures: ReadonlySignal<number>;
}
