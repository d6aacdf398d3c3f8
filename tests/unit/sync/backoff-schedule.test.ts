/**
 * One retry schedule for every trigger (issue #11 finding 7): while the server answers 503, the
 * timer, `online`, Background Sync's message, `syncNow`/`pullNow` and new entries arriving in a
 * tight loop make one try per back-off step, never more; Retry-After (seconds or an HTTP date) is
 * read the same way by push and pull and holds against every trigger; only news that the way to
 * the server is open again (`online`, after a failure that got no answer at all) tries early; a
 * new emergency call goes out at once and then backs off like everything else; after a success
 * the normal pace is back. Against the fake servers, on the hand-driven clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../../src/kiosk/offline/backoff';
import {
  httpPull,
  httpPush,
  type PullFn,
  type PushFn,
  SyncHttpError,
} from '../../../src/kiosk/offline/transport';
import { SYNC_MESSAGE_TYPE } from '../../../src/shared/sync/protocol';
import { createFakeClock } from './fake-timers';
import { createKiosk, type Kiosk, type KioskOptions } from './harness';
import {
  createPullKiosk,
  createPullServer,
  member,
  type PullKiosk,
  putMember,
} from './pull-harness';
import { booking } from './test-kinds';

const kiosks: { close(): Promise<void> }[] = [];
async function make(options?: KioskOptions): Promise<Kiosk> {
  const kiosk = await createKiosk(options);
  kiosks.push(kiosk);
  return kiosk;
}
async function makePull(...args: Parameters<typeof createPullKiosk>): Promise<PullKiosk> {
  const kiosk = await createPullKiosk(...args);
  kiosks.push(kiosk);
  return kiosk;
}
afterEach(async () => {
  await Promise.all(kiosks.splice(0).map((k) => k.close()));
});

/** Let promise chains (a run a trigger started) settle on real macrotasks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** With random 0.5 and no Retry-After, the n-th failure waits 500·2^(n−1) ms. */
const STEPS_MS = [0, 500, 1500, 3500, 7500, 15_500, 31_500, 63_500];

/** A fake fetch answering every request with this status and headers, counting the requests. */
function answering(status: number, headers: Record<string, string>) {
  const calls = { count: 0 };
  const fetch = (async () => {
    calls.count++;
    return new Response(JSON.stringify({ error: { code: 'busy', message: 'busy' } }), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

/**
 * A kiosk whose pushes the test fails with 503 (optionally with Retry-After) while `failing`,
 * recording when each push was made; otherwise they reach the fake server.
 */
async function failingKiosk() {
  const gate = { failing: true, retryAfterMs: undefined as number | undefined, at: [] as number[] };
  const push: PushFn = async (request, init) => {
    gate.at.push(kiosk.clock.now());
    if (gate.failing) throw new SyncHttpError(503, 'HTTP 503', 'busy', gate.retryAfterMs);
    return kiosk.server.push(request, init);
  };
  const kiosk = await make({ sync: { push } });
  return { kiosk, gate };
}

/** Every trigger the push loop has, `times` over, as fast as they come. */
function everyTrigger(kiosk: Kiosk, times = 3): void {
  for (let i = 0; i < times; i++) {
    void kiosk.sync.syncNow();
    kiosk.sync.kick();
    kiosk.window.dispatchEvent(new Event('online'));
    kiosk.serviceWorker.dispatchEvent(
      new MessageEvent('message', { data: { type: SYNC_MESSAGE_TYPE } }),
    );
  }
}

describe('push: one schedule for every trigger', () => {
  it('triggers in a tight loop against a 503 make one try per back-off step; after a success the normal pace is back', async () => {
    const { kiosk, gate } = await failingKiosk();
    await kiosk.outbox.add('meal.book', booking(0));
    const start = kiosk.clock.now();
    kiosk.sync.start();
    await kiosk.sync.idle();

    // Two minutes, every 100 ms: every trigger there is, several times; a new entry every second.
    let made = 1;
    for (let t = 0; t < 120_000; t += 100) {
      everyTrigger(kiosk);
      if (t % 1000 === 0) await kiosk.save('meal.book', booking(made++));
      await settle();
      await kiosk.advance(100);
    }
    // Exactly the back-off's steps, nothing in between: 8 pushes in two minutes, not thousands.
    expect(gate.at.map((at) => at - start)).toEqual(STEPS_MS);
    expect(kiosk.sync.failures.value).toBe(STEPS_MS.length);
    expect(kiosk.outbox.pendingCount.value).toBe(made);
    // Background Sync asked once for the whole failing period, not once per failure.
    expect(kiosk.backgroundSyncs).toHaveLength(1);

    // The server is back: the scheduled try (not any trigger) delivers everything, each once.
    gate.failing = false;
    everyTrigger(kiosk);
    await settle();
    expect(gate.at).toHaveLength(STEPS_MS.length);
    await kiosk.nextTry();
    expect(kiosk.outbox.pendingCount.value).toBe(0);
    expect([...kiosk.server.recordCounts().values()].every((n) => n === 1)).toBe(true);
    expect(kiosk.server.records).toHaveLength(made);
    expect(kiosk.sync.failures.value).toBe(0);
    expect(kiosk.sync.nextAttemptAt.value).toBeNull();

    // Normal pace: a new entry goes out at once, with no clock moving.
    const pushes = gate.at.length;
    await kiosk.save('meal.book', booking(made++));
    await kiosk.sync.idle();
    expect(gate.at).toHaveLength(pushes + 1);
    expect(kiosk.server.records).toHaveLength(made);

    // A new failing period asks for Background Sync once again.
    gate.failing = true;
    await kiosk.save('meal.book', booking(made++));
    await kiosk.sync.idle();
    expect(kiosk.backgroundSyncs).toHaveLength(2);
  });

  it('`online` tries at once only after a failure that got no answer, and never resets the count', async () => {
    // No answer at all (the kiosk's network, a server not listening): `online` is real news.
    const offline = await make();
    offline.server.setDown(true);
    await offline.outbox.add('meal.book', booking(1));
    offline.sync.start();
    await offline.sync.idle();
    expect(offline.sync.failures.value).toBe(1);
    await offline.goOnline(); // still down: one try, and the count goes on
    expect(offline.server.calls.count).toBe(2);
    expect(offline.sync.failures.value).toBe(2);
    offline.server.setDown(false);
    await offline.goOnline();
    expect(offline.server.records).toHaveLength(1);
    expect(offline.sync.failures.value).toBe(0);

    // A server that answered 503 is reachable and struggling: `online` changes nothing.
    const { kiosk, gate } = await failingKiosk();
    await kiosk.outbox.add('meal.book', booking(2));
    kiosk.sync.start();
    await kiosk.sync.idle();
    const due = kiosk.sync.nextAttemptAt.value;
    await kiosk.goOnline();
    expect(gate.at).toHaveLength(1);
    expect(kiosk.sync.nextAttemptAt.value).toBe(due);
  });

  it('a new emergency call goes out at once even while backing off, then backs off like everything else', async () => {
    const { kiosk, gate } = await failingKiosk();
    await kiosk.outbox.add('meal.book', booking(1));
    kiosk.sync.start();
    await kiosk.sync.idle();
    for (let i = 0; i < 3; i++) await kiosk.nextTry();
    expect(kiosk.sync.failures.value).toBe(4);
    const due = kiosk.sync.nextAttemptAt.value ?? 0;
    expect(due - kiosk.clock.now()).toBe(4000);

    // The call is stored and sent straight away, before the scheduled try.
    const call = await kiosk.outbox.add('meal.book', booking(99));
    await kiosk.sync.syncUrgent();
    expect(gate.at).toEqual([...gate.at.slice(0, 4), kiosk.clock.now()]);
    expect(gate.at).toHaveLength(5);
    expect(kiosk.sync.failures.value).toBe(5);
    // Then it waits like everything else: the next step, whatever else happens meanwhile.
    const next = (kiosk.sync.nextAttemptAt.value ?? 0) - kiosk.clock.now();
    expect(next).toBe(8000);
    for (let t = 0; t < next - 100; t += 100) {
      everyTrigger(kiosk);
      await settle();
      await kiosk.advance(100);
    }
    expect(gate.at).toHaveLength(5);
    gate.failing = false;
    await kiosk.nextTry();
    expect(gate.at).toHaveLength(6);
    expect(kiosk.server.records.map((r) => r.id)).toContain(call.id);
    expect(kiosk.server.recordCounts().get(call.id)).toBe(1);
  });

  it('a new emergency call during a run that fails goes out once more at once', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let pushes = 0;
    const kiosk = await make({
      sync: {
        push: async () => {
          pushes++;
          if (pushes === 1) await held;
          throw new SyncHttpError(503, 'HTTP 503');
        },
      },
    });
    await kiosk.outbox.add('meal.book', booking(1));
    kiosk.sync.start();
    await settle();
    await kiosk.outbox.add('meal.book', booking(2));
    void kiosk.sync.syncUrgent();
    release();
    await kiosk.sync.idle();
    expect(pushes).toBe(2);
    expect(kiosk.sync.failures.value).toBe(2);
    expect(kiosk.sync.state.value).toBe('waiting');
  });
});

describe('Retry-After, read one way for push and pull', () => {
  const FROM = Date.parse('Wed, 25 Nov 2026 04:00:00 GMT');

  it('is seconds or an HTTP date (against the answer’s own Date when it has one)', () => {
    expect(retryAfterMs('120', FROM)).toBe(120_000);
    expect(retryAfterMs(' 7 ', FROM)).toBe(7000);
    expect(retryAfterMs('0', FROM)).toBe(0);
    expect(retryAfterMs('Wed, 25 Nov 2026 04:02:00 GMT', FROM)).toBe(120_000);
    // The kiosk's clock is an hour fast; the server's own Date header says how far off it is.
    expect(
      retryAfterMs(
        'Wed, 25 Nov 2026 04:02:00 GMT',
        FROM + 3_600_000,
        'Wed, 25 Nov 2026 04:00:00 GMT',
      ),
    ).toBe(120_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 03:00:00 GMT', FROM)).toBe(0);
    for (const wrong of [null, undefined, '', '-5', '1.5', 'soon'])
      expect(retryAfterMs(wrong, FROM)).toBeUndefined();
  });

  const wishes: [string, Record<string, string>][] = [
    ['seconds', { 'retry-after': '120' }],
    [
      'an HTTP date',
      { 'retry-after': 'Wed, 25 Nov 2026 04:02:00 GMT', date: 'Wed, 25 Nov 2026 04:00:00 GMT' },
    ],
  ];

  it.each(wishes)(
    'push waits as long as the server asks (%s), whatever triggers come',
    async (_name, headers) => {
      const { fetch, calls } = answering(503, headers);
      const kiosk = await make({ sync: { push: httpPush({ getToken: () => 'token', fetch }) } });
      await kiosk.outbox.add('meal.book', booking(1));
      kiosk.sync.start();
      await kiosk.sync.idle();
      expect(calls.count).toBe(1);
      expect(kiosk.outbox.lastError.value).toMatchObject({ code: 'server', status: 503 });
      expect((kiosk.sync.nextAttemptAt.value ?? 0) - kiosk.clock.now()).toBe(120_000);
      for (let t = 0; t < 119_000; t += 1000) {
        everyTrigger(kiosk);
        await kiosk.save('meal.book', booking(2));
        await settle();
        await kiosk.advance(1000);
      }
      expect(calls.count).toBe(1);
      await kiosk.advance(1000);
      expect(calls.count).toBe(2);
    },
  );

  it.each(wishes)(
    'pull waits as long as the server asks (%s), whatever triggers come',
    async (_name, headers) => {
      const { fetch, calls } = answering(503, headers);
      const kiosk = await makePull({
        pull: { pull: httpPull({ getToken: () => 'token', fetch }) },
      });
      kiosk.pull.start();
      await kiosk.pull.idle();
      expect(calls.count).toBe(1);
      expect(kiosk.pull.lastProblem.value).toMatchObject({ code: 'server', status: 503 });
      expect((kiosk.pull.nextAttemptAt.value ?? 0) - kiosk.clock.now()).toBe(120_000);
      for (let t = 0; t < 119_000; t += 1000) {
        void kiosk.pull.pullNow();
        kiosk.pull.kick();
        kiosk.window.dispatchEvent(new Event('online'));
        await settle();
        await kiosk.advance(1000);
      }
      expect(calls.count).toBe(1);
      await kiosk.advance(1000);
      expect(calls.count).toBe(2);
    },
  );
});

describe('pull: one schedule for every trigger', () => {
  it('triggers in a tight loop against a 503 make one try per back-off step; after a success the normal pace is back', async () => {
    const clock = createFakeClock();
    const server = createPullServer({ now: clock.now });
    server.publish(putMember('m1', await member('10000001', '会员1')));
    const gate = { failing: true, at: [] as number[] };
    const pull: PullFn = async (request, init) => {
      gate.at.push(clock.now());
      if (gate.failing) throw new SyncHttpError(503, 'HTTP 503');
      return server.pull(request, init);
    };
    const kiosk = await makePull({ clock, server, pull: { pull } });
    const start = clock.now();
    kiosk.pull.start();
    await kiosk.pull.idle();
    for (let t = 0; t < 120_000; t += 100) {
      for (let i = 0; i < 3; i++) {
        void kiosk.pull.pullNow();
        kiosk.pull.kick();
        kiosk.window.dispatchEvent(new Event('online'));
      }
      await settle();
      await kiosk.advance(100);
    }
    expect(gate.at.map((at) => at - start)).toEqual(STEPS_MS);
    expect(await kiosk.store.count('member')).toBe(0);

    gate.failing = false;
    await kiosk.nextTry();
    expect(await kiosk.store.count('member')).toBe(1);
    expect(kiosk.pull.failures.value).toBe(0);
    // Normal pace: a kick pulls at once.
    const asked = gate.at.length;
    kiosk.pull.kick();
    await kiosk.pull.idle();
    expect(gate.at).toHaveLength(asked + 1);
  });
});
