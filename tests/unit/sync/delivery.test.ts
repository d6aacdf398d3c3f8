/**
 * Exactly once, end to end: every entry the kiosk saved reaches the fake server, and the server
 * makes exactly one record per id, whatever the network does in between.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../src/shared/sync/entry';
import { MAX_BATCH } from '../../../src/shared/sync/limits';
import { clockSkewMs } from '../../../src/shared/sync/time';
import { createFakeServer } from './fake-server';
import { createKiosk, type Kiosk, until } from './harness';
import { booking, KINDS } from './test-kinds';

const kiosks: Kiosk[] = [];
const make = async (...args: Parameters<typeof createKiosk>) => {
  const kiosk = await createKiosk(...args);
  kiosks.push(kiosk);
  return kiosk;
};
afterEach(async () => {
  await Promise.all(kiosks.splice(0).map((k) => k.close()));
});

/** Every id saved was recorded by the server exactly once, and nothing else was. */
function expectExactlyOnce(kiosk: Kiosk, saved: OutboxEntry[]) {
  const counts = kiosk.server.recordCounts();
  expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
  expect(kiosk.server.records.map((r) => r.id)).toEqual(saved.map((e) => e.id));
}

describe('delivery', () => {
  it('(a) offline while 50 entries are saved, then online: all delivered, none lost or doubled', async () => {
    const kiosk = await make();
    kiosk.server.setDown(true);
    kiosk.sync.start();
    await kiosk.sync.idle();
    const saved = [];
    for (let i = 0; i < 50; i++) {
      saved.push(await kiosk.save('meal.book', booking(i)));
      if (i % 10 === 9) await kiosk.advance(60_000); // back-off retries, all failing
    }
    await kiosk.sync.idle();
    expect(kiosk.server.records).toEqual([]);
    expect(kiosk.outbox.pendingCount.value).toBe(50);
    expect(kiosk.outbox.lastError.value?.code).toBe('network');
    expect(kiosk.sync.state.value).toBe('waiting');
    expect(kiosk.backgroundSyncs.length).toBeGreaterThan(0);

    kiosk.server.setDown(false);
    await kiosk.goOnline();
    expectExactlyOnce(kiosk, saved);
    expect(kiosk.outbox.pendingCount.value).toBe(0);
    expect(kiosk.outbox.lastError.value).toBeNull();
    expect(kiosk.outbox.lastSyncAt.value).toBe(kiosk.clock.now());
    expect(kiosk.sync.failures.value).toBe(0);
  });

  it(`sends batches of at most ${MAX_BATCH}, in id order`, async () => {
    const kiosk = await make();
    const saved = [];
    for (let i = 0; i < 250; i++)
      saved.push(await kiosk.outbox.add('help.call', { category: `c${i}` }));
    kiosk.sync.start();
    await kiosk.sync.idle();
    expect(kiosk.server.requests.map((r) => r.entries.length)).toEqual([100, 100, 50]);
    expect(kiosk.server.received).toEqual(saved.map((e) => e.id));
    expectExactlyOnce(kiosk, saved);
  });

  it('(b) the server dies mid-batch (half applied, answer lost): resent, each id recorded once', async () => {
    const kiosk = await make();
    const saved = [];
    for (let i = 0; i < 10; i++) saved.push(await kiosk.outbox.add('meal.book', booking(i)));
    kiosk.server.fail({ type: 'lost-answer', applied: 5 });
    kiosk.sync.start();
    await kiosk.sync.idle();
    expect(kiosk.server.records.length).toBe(5);
    expect(kiosk.outbox.pendingCount.value).toBe(10); // the kiosk cannot know: it keeps all ten

    await kiosk.nextTry();
    expectExactlyOnce(kiosk, saved);
    expect(kiosk.server.received.length).toBe(20);
    // The resend was marked as a second attempt.
    expect(kiosk.server.requests[1]?.entries.every((e) => e.attempt === 2)).toBe(true);
    expect(kiosk.outbox.pendingCount.value).toBe(0);
  });

  it('(b) a push that never answers times out and is resent safely', async () => {
    const kiosk = await make({ sync: { requestTimeoutMs: 30_000 } });
    const saved = [await kiosk.outbox.add('meal.book', booking())];
    kiosk.server.fail({ type: 'hang' });
    kiosk.sync.start();
    await until(() => kiosk.server.requests.length === 1);
    await kiosk.clock.advance(30_000);
    await kiosk.sync.idle();
    expect(kiosk.outbox.lastError.value?.code).toBe('timeout');
    await kiosk.nextTry();
    expectExactlyOnce(kiosk, saved);
  });

  it('(c) the same batch sent twice makes no second record and gets the first answers again', async () => {
    const server = createFakeServer({ kinds: KINDS });
    const kiosk = await make();
    const entries = [
      await kiosk.outbox.add('meal.book', booking(1)),
      await kiosk.outbox.add('meal.book', booking(2)),
    ].map(({ createdAt: _c, subject: _s, ...wire }) => wire);
    const request = { kioskId: 'kiosk-1', entries };
    const first = server.handle(request);
    const second = server.handle(JSON.parse(JSON.stringify(request)));
    expect(second.results).toEqual(first.results);
    expect(server.records.length).toBe(2);
  });

  it('(c) everything applied but the answer lost: the resend records nothing new', async () => {
    const kiosk = await make();
    const saved = [
      await kiosk.outbox.add('meal.book', booking(1)),
      await kiosk.outbox.add('meal.book', booking(2)),
    ];
    kiosk.server.fail({ type: 'lost-answer', applied: 2 });
    kiosk.sync.start();
    await kiosk.sync.idle();
    await kiosk.goOnline();
    expectExactlyOnce(kiosk, saved);
    expect((await kiosk.outbox.sent()).map((e) => e.result.record)).toEqual([
      { ref: 2 },
      { ref: 1 },
    ]);
  });

  it('(d) a double tap is two entries with add, one with addOnce and the same key', async () => {
    const kiosk = await make();
    kiosk.sync.start();
    await kiosk.save('meal.book', booking());
    kiosk.clock.set(kiosk.clock.now() + 400);
    await kiosk.save('meal.book', booking());
    await kiosk.sync.idle();
    expect(kiosk.server.records.length).toBe(2); // why flows must use addOnce (or disable the button)

    const key = 'meal.book:2026-11-25:lunch:1002';
    await kiosk.outbox.addOnce(key, 'meal.book', booking(2));
    kiosk.clock.set(kiosk.clock.now() + 400);
    await kiosk.outbox.addOnce(key, 'meal.book', booking(2));
    await kiosk.sync.syncNow();
    expect(kiosk.server.records.length).toBe(3);
  });

  it('(e) a kiosk clock hours wrong (and then set back): accepted, in id order, judged by server time', async () => {
    const serverClock = { now: Date.UTC(2026, 10, 24, 2, 0, 0) }; // 10:00 in Beijing
    const CUTOFF = Date.UTC(2026, 10, 24, 2, 30, 0); // lunch booking closes 10:30 Beijing
    const kiosk = await make({
      serverNow: () => serverClock.now,
      judge: (_entry, serverNow) => (serverNow > CUTOFF ? 'past_cutoff' : undefined),
    });
    const saved = [];
    kiosk.clock.set(serverClock.now - 5 * 3600_000); // five hours slow
    saved.push(await kiosk.outbox.add('meal.book', booking(1)));
    kiosk.clock.set(serverClock.now + 3 * 3600_000); // then three hours fast
    saved.push(await kiosk.outbox.add('meal.book', booking(2)));
    kiosk.clock.set(serverClock.now - 5 * 3600_000); // then back again
    saved.push(await kiosk.outbox.add('meal.book', booking(3)));
    expect([...saved.map((e) => e.id)].sort()).toEqual(saved.map((e) => e.id));

    kiosk.sync.start();
    await kiosk.sync.idle();
    expectExactlyOnce(kiosk, saved);
    const request = kiosk.server.requests[0];
    expect(clockSkewMs(request?.sentAt ?? '', new Date(serverClock.now).toISOString())).toBe(
      -5 * 3600_000,
    );
    expect(kiosk.sync.clockSkewMs.value).toBe(-5 * 3600_000); // shown to staff

    // A kiosk clock that says "before the cut-off" does not help once the server's clock is past it.
    serverClock.now = CUTOFF + 60_000;
    kiosk.clock.set(CUTOFF - 3600_000);
    const late = await kiosk.save('meal.book', booking(4));
    await kiosk.sync.idle();
    expect((await kiosk.outbox.rejected()).map((e) => [e.id, e.result.reason.code])).toEqual([
      [late.id, 'past_cutoff'],
    ]);
  });

  it('(f) a refusal is never retried and waits in the rejected store for the elder and staff', async () => {
    const kiosk = await make({
      judge: (entry) =>
        (entry.payload as { card: string }).card === '1002' ? 'unknown_card' : undefined,
    });
    kiosk.sync.start();
    const ok = await kiosk.save('meal.book', booking(1));
    const refused = await kiosk.save('meal.book', booking(2));
    await kiosk.sync.idle();
    expect(kiosk.server.records.map((r) => r.id)).toEqual([ok.id]);
    expect(kiosk.outbox.rejectedCount.value).toBe(1);
    const [r] = await kiosk.outbox.rejected();
    expect(r?.id).toBe(refused.id);
    expect(r?.result.reason.code).toBe('unknown_card');
    expect(r?.result.reason.message.en).toBe(
      'The centre does not know this card. Please ask a member of staff to check it.',
    );

    await kiosk.sync.syncNow();
    await kiosk.goOnline();
    await kiosk.advance(10 * 60_000);
    expect(kiosk.server.received.filter((id) => id === refused.id)).toEqual([refused.id]);
    expect(kiosk.outbox.pendingCount.value).toBe(0);
  });
});
