/** What the sync loop takes from the browser by default; tests pass their own. */

/** Timers, injectable so tests control time. */
export interface SyncTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Something that fires events (window, navigator.serviceWorker). */
export type Listenable = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Runs `drain` under a lock; resolves undefined when someone else holds it. */
export type SyncLock = <T>(drain: () => Promise<T>) => Promise<T | undefined>;

/** The global timers, looked up at call time (so fake timers installed later still apply). */
export const browserTimers: SyncTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** One sync at a time across this kiosk's tabs (Web Locks); without them, this tab's own guard. */
export const browserLock: SyncLock = (drain) => {
  if (typeof navigator === 'undefined' || !navigator.locks) return drain();
  return navigator.locks.request('nuanxin-sync', { ifAvailable: true }, (lock) =>
    lock ? drain() : undefined,
  );
};

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
