/** The timers the kiosk's loops and calls run on, injectable so tests control time. */

/** Timers, injectable so tests control time. */
export interface SyncTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The global timers, looked up at call time (so fake timers installed later still apply). */
export const browserTimers: SyncTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
