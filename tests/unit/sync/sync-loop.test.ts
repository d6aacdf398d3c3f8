/** The sync loop's triggers, back-off, halting and single flight, against the fake server. */
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../../src/kiosk/offline/backoff';
import type { PushFn } from '../../../src/kiosk/offline/transport';
import { createKiosk, type Kiosk, type KioskOptions, until } from './harness';
import { booking } from './test-kinds';

const kiosks: Kiosk[] = [];
const make = async (options?: KioskOptions) => {
  const kiosk = await createKiosk(options);
  kiosks.push(kiosk);
  return kiosk;
};
afterEach(async () => {
  await Promise.all(kiosks.splice(0).map((k) => k.close()));
});

/** The wait the loop chose after its last failure. */
const waitChosen = (kiosk: Kiosk) =>
  (kiosk.sync.nextAttemptAt.value ?? Number.NaN) - kiosk.clock.now();

describe('backoffDelayMs', () => {
  it('is full jitter under a ceiling that doubles from 1 s up to 5 min', () => {
    const ceilings = Array.from({ length: 12 }, (_, i) => backoffDelayMs(i + 1, () => 0.999999));
    expect(ceilings).toEqual([
      999, 1999, 3999, 7999, 15999, 31999, 63999, 127999, 255999, 299999, 299999, 299999,
    ]);
    expect(backoffDelayMs(5, () => 0)).toBe(0);
    expect(backoffDelayMs(5, () => 0.5)).toBe(8000);
    expect(backoffDelayMs(0, () => 0.5)).toBe(0);
  });
});

describe('back-off (g)', () => {
  it('grows, is jittered by the injected random, and resets after a success', async () => {
    const randoms = [0.5, 0.25, 0.75, 0.5, 0.1, 0.9, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    let r = 0;
    const kiosk = await make({ random: () => randoms[r++ % randoms.length] ?? 0.5 });
    await kiosk.outbox.add('meal.book', booking());
    kiosk.server.setDown(true);
    kiosk.sync.start();
    await kiosk.sync.idle();

    const chosen: number[] = [];
    for (let failure = 1; failure <= 12; failure++) {
      expect(kiosk.sync.failures.value).toBe(failure);
      const wait = waitChosen(kiosk);
      chosen.push(wait);
      const calls = kiosk.server.calls.count;
      // Nothing is sent before the wait is over...
      await kiosk.advance(wait - 1);
      expect(kiosk.server.calls.count).toBe(calls);
      // ...and the next try goes out exactly when it is.
      if (failure === 12) break;
      await kiosk.advance(1);
      expect(kiosk.server.calls.count).toBe(calls + 1);
    }
    const ceiling = (n: number) => Math.min(300_000, 1000 * 2 ** (n - 1));
    expect(chosen).toEqual(randoms.map((x, i) => Math.floor(x * ceiling(i + 1))));
    expect(chosen.at(-1)).toBe(150_000); // capped at 5 min, halved by the jitter

    // The server comes back: the next try succeeds and the back-off starts again from 1 s.
    kiosk.server.setDown(false);
    await kiosk.advance(1);
    expect(kiosk.outbox.pendingCount.value).toBe(0);
    expect(kiosk.sync.failures.value).toBe(0);
    expect(kiosk.sync.nextAttemptAt.value).toBeNull();
    expect(kiosk.sync.state.value).toBe('idle');

    kiosk.server.setDown(true);
    r = 0;
    await kiosk.save('meal.book', booking(2));
    await kiosk.sync.idle();
    expect(kiosk.sync.failures.value).toBe(1);
    expect(waitChosen(kiosk)).toBe(500);
  });

  it('waits at least as long as Retry-After on 503 or 429', async () => {
    const kiosk = await make();
    await kiosk.outbox.add('meal.book', booking());
    kiosk.server.fail({ type: 'status', status: 503, retryAfterMs: 60_000 });
    kiosk.sync.start();
    await kiosk.sync.idle();
    expect(kiosk.outbox.lastError.value).toMatchObject({ code: 'server', status: 503 });
    expect(waitChosen(kiosk)).toBe(60_000);
  });

  it('while backing off nothing sends early: not a kick, `syncNow` or the worker message; `online` only after a failure with no answer', async () => {
    const kiosk = await make();
    kiosk.server.setDown(true);
    kiosk.sync.start();
    await kiosk.save('meal.book', booking(1));
    await kiosk.sync.idle();
    expect(kiosk.sync.state.value).toBe('waiting');
    expect(kiosk.outbox.lastError.value?.code).toBe('network');
    kiosk.server.setDown(false);

    await kiosk.save('meal.book', booking(2)); // kicks, but the back-off holds
    await kiosk.sync.syncNow();
    kiosk.serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'other' } }));
    kiosk.serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'sync' } }));
    await kiosk.sync.idle();
    expect(kiosk.server.records).toEqual([]);
    expect(kiosk.server.calls.count).toBe(1);

    // The last try got no answer at all: the network coming back is news, so it tries now.
    await kiosk.goOnline();
    expect(kiosk.server.records.length).toBe(2);

    // After a server's own 503, `online` is no news about the server: the schedule stands.
    kiosk.server.fail({ type: 'status', status: 503 });
    await kiosk.save('meal.book', booking(3));
    await kiosk.sync.idle();
    expect(kiosk.sync.state.value).toBe('waiting');
    await kiosk.goOnline();
    expect(kiosk.server.records.length).toBe(2);
    await kiosk.nextTry();
    expect(kiosk.server.records.length).toBe(3);
  });

  it('runs on the timer when nothing else wakes it', async () => {
    const kiosk = await make({ sync: { intervalMs: 30_000 } });
    kiosk.sync.start();
    await kiosk.sync.idle();
    await kiosk.outbox.add('meal.book', booking()); // no kick
    await kiosk.advance(29_999);
    expect(kiosk.server.records).toEqual([]);
    await kiosk.advance(1);
    expect(kiosk.server.records.length).toBe(1);
  });
});

describe('whole-batch refusals and bad answers', () => {
  it('a 400 for the whole batch backs off instead of looping, and says so for staff', async () => {
    const kiosk = await make();
    await kiosk.outbox.add('meal.book', booking());
    kiosk.server.fail(
      ...Array.from({ length: 50 }, () => ({ type: 'status' as const, status: 400 })),
    );
    kiosk.sync.start();
    await kiosk.sync.idle();
    expect(kiosk.server.requests.length).toBe(1);
    expect(kiosk.outbox.lastError.value).toMatchObject({ code: 'refused', status: 400 });
    expect(kiosk.sync.state.value).toBe('waiting');
    await kiosk.save('meal.book', booking(2));
    await kiosk.advance(waitChosen(kiosk) - 1);
    expect(kiosk.server.requests.length).toBe(1);
    expect(kiosk.outbox.pendingCount.value).toBe(2); // kept, never dropped
  });

  it('an answer it cannot read, or one that answers nothing, backs off and keeps the entries', async () => {
    const kiosk = await make({
      sync: { push: (async () => ({ results: 'nope' })) as unknown as PushFn },
    });
    await kiosk.outbox.add('meal.book', booking());
    kiosk.sync.start();
    await kiosk.sync.idle();
    expect(kiosk.outbox.lastError.value?.code).toBe('bad_response');
    expect(kiosk.outbox.lastError.value?.detail).toBe(
      'results: must be a list [ … ] of results; serverTime: is missing',
    );
    expect(kiosk.sync.state.value).toBe('waiting');
    expect(kiosk.outbox.pendingCount.value).toBe(1);

    const empty = await make({
      sync: { push: async () => ({ results: [], serverTime: new Date().toISOString() }) },
    });
    await empty.outbox.add('meal.book', booking());
    empty.sync.start();
    await empty.sync.idle();
    expect(empty.outbox.lastError.value?.code).toBe('unanswered');
    expect(empty.sync.state.value).toBe('waiting');
  });
});

describe('401 (h)', () => {
  it('sets needsEnrollment, stops pushing on every trigger, and resumes after enrolment', async () => {
    const kiosk = await make();
    await kiosk.outbox.add('meal.book', booking());
    kiosk.server.fail({ type: 'status', status: 401 });
    kiosk.sync.start();
    await kiosk.sync.idle();
    expect(kiosk.sync.needsEnrollment.value).toBe(true);
    expect(kiosk.sync.state.value).toBe('halted');
    expect(kiosk.outbox.lastError.value).toMatchObject({ code: 'unauthorized', status: 401 });

    await kiosk.save('meal.book', booking(2));
    await kiosk.sync.syncNow();
    await kiosk.goOnline();
    kiosk.serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'sync' } }));
    await kiosk.advance(60 * 60_000);
    expect(kiosk.server.requests.length).toBe(1);
    expect(kiosk.outbox.pendingCount.value).toBe(2);

    kiosk.sync.resume();
    await kiosk.sync.idle();
    expect(kiosk.sync.needsEnrollment.value).toBe(false);
    expect(kiosk.server.records.length).toBe(2);
  });

  it('403 (kiosk revoked) halts the same way', async () => {
    const kiosk = await make();
    await kiosk.outbox.add('meal.book', booking());
    kiosk.server.fail({ type: 'status', status: 403 });
    kiosk.sync.start();
    await kiosk.sync.idle();
    expect(kiosk.sync.needsEnrollment.value).toBe(true);
  });
});

describe('single flight (i)', () => {
  /** A kiosk whose pushes wait at a gate, counting how many are in flight at once. */
  async function gatedKiosk() {
    const upstream = await make();
    const gate = { open: () => {}, promise: Promise.resolve() };
    gate.promise = new Promise<void>((resolve) => (gate.open = resolve));
    const flight = { now: 0, most: 0, started: 0 };
    const push: PushFn = async (request, init) => {
      flight.started++;
      flight.now++;
      flight.most = Math.max(flight.most, flight.now);
      await gate.promise;
      flight.now--;
      return upstream.server.push(request, init);
    };
    const kiosk = await make({ sync: { push } });
    return { kiosk, server: upstream.server, gate, flight };
  }

  it('kicks during a push start no second push; one more run after it sends what they added', async () => {
    const { kiosk, server, gate, flight } = await gatedKiosk();
    const first = [
      await kiosk.outbox.add('meal.book', booking(1)),
      await kiosk.outbox.add('meal.book', booking(2)),
    ];
    kiosk.sync.start();
    await until(() => flight.now === 1);
    const later = [
      await kiosk.save('meal.book', booking(3)),
      await kiosk.save('meal.book', booking(4)),
    ];
    for (let i = 0; i < 5; i++) kiosk.sync.kick();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flight.started).toBe(1);

    gate.open();
    await kiosk.sync.idle();
    expect(flight.most).toBe(1);
    expect(server.requests.map((r) => r.entries.length)).toEqual([2, 2]);
    expect(server.records.map((r) => r.id)).toEqual([...first, ...later].map((e) => e.id));
    expect(kiosk.outbox.pendingCount.value).toBe(0);
  });

  it('every trigger at once during a push still makes one push at a time', async () => {
    const { kiosk, server, gate, flight } = await gatedKiosk();
    await kiosk.outbox.add('meal.book', booking(1));
    kiosk.sync.start();
    await until(() => flight.now === 1);
    await kiosk.save('meal.book', booking(2));
    kiosk.sync.kick();
    void kiosk.sync.syncNow();
    void kiosk.sync.syncNow();
    kiosk.window.dispatchEvent(new Event('online'));
    kiosk.serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'sync' } }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flight.started).toBe(1);
    gate.open();
    await kiosk.sync.idle();
    expect(flight.most).toBe(1);
    expect(server.records.length).toBe(2);
    expect(server.received.length).toBe(2);
  });
  it('`online` during a push that then fails tries once more at once, not after the back-off', async () => {
    const { kiosk, server, gate, flight } = await gatedKiosk();
    await kiosk.outbox.add('meal.book', booking(1));
    server.fail({ type: 'network' });
    kiosk.sync.start();
    await until(() => flight.now === 1);
    kiosk.window.dispatchEvent(new Event('online'));
    gate.open();
    await kiosk.sync.idle();
    expect(flight.started).toBe(2);
    expect(server.records.length).toBe(1);
    expect(kiosk.sync.state.value).toBe('idle');
  });
});

describe('start and stop', () => {
  it('stop during a push keeps its answers and schedules nothing more', async () => {
    const kiosk = await make();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = kiosk.server;
    const stopping = await make({
      sync: {
        push: async (request, init) => {
          await gate;
          return server.push(request, init);
        },
      },
    });
    await stopping.outbox.add('meal.book', booking());
    stopping.sync.start();
    await until(() => stopping.sync.state.value === 'sending');
    stopping.sync.stop();
    release();
    await stopping.sync.idle();
    expect(stopping.outbox.pendingCount.value).toBe(0);
    expect(stopping.sync.state.value).toBe('stopped');
    expect(stopping.clock.waiting()).toEqual([]);
    await stopping.outbox.add('meal.book', booking(2));
    stopping.sync.kick();
    await stopping.goOnline();
    expect(server.records.length).toBe(1);
  });

  it('needs push or getToken', async () => {
    const { createSync } = await import('../../../src/kiosk/offline/sync');
    const kiosk = await make();
    expect(() => createSync({ outbox: kiosk.outbox, kioskId: () => 'k' })).toThrow(
      'createSync needs `push` or `getToken`',
    );
  });
});
