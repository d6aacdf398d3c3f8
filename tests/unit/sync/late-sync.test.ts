/**
 * The sync loop while its chunk is on its way (late-sync.ts): triggers wait for it and pass on;
 * a chunk that cannot be fetched fails an urgent send at once (the call's screen says so), counts
 * as a failure, and is fetched again on its timer, after which the loop starts and sends.
 */
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { lateSync, SENDER_RETRY_MS } from '../../../src/kiosk/offline/late-sync';
import type { Sync } from '../../../src/kiosk/offline/sync';
import { createFakeClock } from './fake-timers';

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** A loop that only counts what it is asked to do. */
function countingSync() {
  const asked: string[] = [];
  const failures = signal(0);
  const sync: Sync = {
    start: () => void asked.push('start'),
    stop: () => void asked.push('stop'),
    kick: () => void asked.push('kick'),
    resume: () => void asked.push('resume'),
    syncNow: async () => void asked.push('syncNow'),
    syncUrgent: async () => void asked.push('syncUrgent'),
    reachable: async () => void asked.push('reachable'),
    idle: async () => undefined,
    state: signal('idle'),
    needsEnrollment: signal(true),
    nextAttemptAt: signal(null),
    failures,
    clockSkewMs: signal(null),
  };
  return { sync, asked, failures };
}

describe('lateSync', () => {
  it('starts the loop when its code arrives, and passes on what was asked before', async () => {
    const clock = createFakeClock();
    const real = countingSync();
    let arrive: (sync: Sync) => void = () => undefined;
    const sync = lateSync({
      timers: clock.timers,
      load: () => new Promise<Sync>((resolve) => (arrive = resolve)),
    });
    sync.start();
    sync.kick();
    const urgent = sync.syncUrgent();
    expect(sync.state.value).toBe('stopped');
    expect(sync.failures.value).toBe(0);
    arrive(real.sync);
    await urgent;
    expect(real.asked).toEqual(['start', 'kick', 'syncUrgent']);
    // From now on its signals are the loop's own.
    expect(sync.state.value).toBe('idle');
    expect(sync.needsEnrollment.value).toBe(true);
    real.failures.value = 2;
    expect(sync.failures.value).toBe(2);
  });

  it('a chunk that cannot be fetched fails an urgent send, and is fetched again on its timer', async () => {
    const clock = createFakeClock();
    const real = countingSync();
    let fetchable = false;
    let loads = 0;
    const errors: unknown[] = [];
    const sync = lateSync({
      timers: clock.timers,
      onError: (error) => errors.push(error),
      load: async () => {
        loads += 1;
        if (!fetchable) throw new TypeError('Failed to fetch dynamically imported module');
        return real.sync;
      },
    });
    sync.start();
    await flush();
    expect(loads).toBe(1);
    await expect(sync.syncUrgent()).rejects.toThrow('Failed to fetch');
    expect(loads).toBe(2);
    expect(sync.failures.value).toBe(1);
    expect(sync.state.value).toBe('waiting');
    expect(errors).toHaveLength(2);
    // One retry waits, however many tries failed.
    expect(clock.waiting()).toEqual([SENDER_RETRY_MS]);

    fetchable = true;
    await clock.advance(SENDER_RETRY_MS, flush);
    expect(loads).toBe(3);
    // Started once it arrived: its first run sends what was stored meanwhile.
    expect(real.asked).toEqual(['start']);
    expect(sync.failures.value).toBe(0);
    expect(clock.waiting()).toEqual([]);
  });

  it('stopped before the code arrives: it arrives, but does not start', async () => {
    const clock = createFakeClock();
    const real = countingSync();
    const sync = lateSync({ timers: clock.timers, load: async () => real.sync });
    sync.start();
    sync.stop();
    await sync.idle();
    expect(real.asked).toEqual([]);
  });
});
