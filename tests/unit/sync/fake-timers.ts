/** A hand-driven clock and timers for the sync loop: nothing fires until the test advances time. */
import type { SyncTimers } from '../../../src/kiosk/offline/sync';

export function createFakeClock(start = Date.UTC(2026, 10, 24, 4, 0, 0)) {
  let now = start;
  let seq = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: SyncTimers = {
    setTimeout(run, ms) {
      seq += 1;
      pending.set(seq, { at: now + ms, run });
      return seq;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    now: () => now,
    set(ms: number) {
      now = ms;
    },
    timers,
    /** Move time on by `ms`, firing every timer that falls due, in order; `settle` runs after each. */
    async advance(ms: number, settle: () => Promise<void> = async () => {}) {
      const target = now + ms;
      for (;;) {
        let next: [number, { at: number; run: () => void }] | undefined;
        for (const item of pending)
          if (item[1].at <= target && (!next || item[1].at < next[1].at)) next = item;
        if (!next) break;
        pending.delete(next[0]);
        now = next[1].at;
        next[1].run();
        await settle();
      }
      now = target;
    },
    /** Delays of the timers now waiting, soonest first. */
    waiting(): number[] {
      return [...pending.values()].map((p) => p.at - now).sort((a, b) => a - b);
    },
  };
}

export type FakeClock = ReturnType<typeof createFakeClock>;
