/** The outbox on IndexedDB (fake-indexeddb): durable, ordered, and moving answered entries out. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CheckedOutboxOptions,
  openCheckedOutbox,
} from '../../../src/kiosk/offline/checked-outbox';
import type { Outbox } from '../../../src/kiosk/offline/outbox';
import { accepted, rejected } from '../../../src/shared/sync/push';
import { REASONS } from '../../../src/shared/sync/reasons';
import { isIsoWithOffset } from '../../../src/shared/sync/time';
import { createUuidV7Generator, isUuidV7, uuidV7Time } from '../../../src/shared/sync/uuidv7';
import { booking, KINDS } from './test-kinds';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 24, 3, 0, 0);
const serverTime = '2026-11-24T03:00:05.000Z';

let dbCount = 0;
const opened: Outbox[] = [];

/** A fresh database per test; `name` reopens an existing one (a reload). */
async function open(over: Partial<CheckedOutboxOptions> & { name?: string } = {}) {
  const name = over.name ?? `outbox-test-${++dbCount}`;
  let now = over.now?.() ?? T0;
  const outbox = await openCheckedOutbox({
    dbName: name,
    kioskId: () => 'kiosk-1',
    now: () => now,
    kinds: KINDS,
    ...over,
  });
  opened.push(outbox);
  return { outbox, name, setNow: (ms: number) => (now = ms) };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

describe('add', () => {
  it('stores an entry with a UUID v7 id, kiosk time with offset, kiosk id and attempt 0', async () => {
    const { outbox } = await open();
    const entry = await outbox.add('meal.book', booking(), { subject: 'card:1001' });
    expect(isUuidV7(entry.id)).toBe(true);
    expect(uuidV7Time(entry.id)).toBe(T0);
    expect(isIsoWithOffset(entry.kioskTime)).toBe(true);
    expect(Date.parse(entry.kioskTime)).toBe(T0);
    expect(entry).toMatchObject({
      kind: 'meal.book',
      kioskId: 'kiosk-1',
      attempt: 0,
      subject: 'card:1001',
    });
    expect(await outbox.pending()).toEqual([entry]);
  });

  it('is durable: closed and reopened (a reload), the entries and counters are still there', async () => {
    const first = await open();
    const a = await first.outbox.add('meal.book', booking(1));
    const b = await first.outbox.add('help.call', { category: 'toilet' });
    await first.outbox.recordSync(T0 + 5);
    await first.outbox.close();

    const again = await open({ name: first.name });
    expect((await again.outbox.pending()).map((e) => e.id)).toEqual([a.id, b.id]);
    expect(again.outbox.pendingCount.value).toBe(2);
    expect(again.outbox.lastSyncAt.value).toBe(T0 + 5);
  });

  it('refuses, and does not store, an unknown kind or a payload its kind refuses', async () => {
    const { outbox } = await open();
    await expect(outbox.add('meal.eat', booking())).rejects.toThrow(
      'outbox: cannot store "meal.eat": kind: "meal.eat" is not a known kind',
    );
    await expect(outbox.add('meal.book', { ...booking(), meal: 'supper' })).rejects.toThrow(
      'payload.meal: must be "lunch" or "dinner"',
    );
    await expect(outbox.add('help.call', { category: 'x', when: new Date() })).rejects.toThrow(
      'not plain JSON',
    );
    expect(await outbox.pending()).toEqual([]);
    expect(outbox.pendingCount.value).toBe(0);
  });

  it('without a registry still refuses what is not bounded JSON', async () => {
    const { outbox } = await open({ kinds: undefined });
    await expect(outbox.add('any.thing', { note: 'x'.repeat(5000) })).rejects.toThrow(
      /the most is/,
    );
    expect(await outbox.add('any.thing', { note: 'ok' })).toMatchObject({ kind: 'any.thing' });
  });
});

describe('pending', () => {
  it('lists entries in id order, which is the order they were made, even within one ms', async () => {
    const { outbox } = await open();
    const made = [];
    for (let i = 0; i < 30; i++) made.push((await outbox.add('meal.book', booking(i))).id);
    expect((await outbox.pending()).map((e) => e.id)).toEqual(made);
    expect((await outbox.pending(10)).map((e) => e.id)).toEqual(made.slice(0, 10));
  });

  it('after a reload with the clock set back, new ids still sort after the stored ones', async () => {
    const first = await open();
    const before = await first.outbox.add('meal.book', booking());
    await first.outbox.close();
    // A fresh generator, as after a reload, and a clock two hours earlier.
    const again = await open({
      name: first.name,
      ids: createUuidV7Generator(),
      now: () => T0 - 2 * 3600_000,
    });
    const after = await again.outbox.add('meal.book', booking());
    expect(after.id > before.id).toBe(true);
    expect((await again.outbox.pending()).map((e) => e.id)).toEqual([before.id, after.id]);
  });

  it('noteAttempt counts sends, kept across reloads', async () => {
    const { outbox } = await open();
    const e = await outbox.add('meal.book', booking());
    await outbox.noteAttempt([e.id]);
    await outbox.noteAttempt([e.id, 'not-there']);
    expect((await outbox.pending())[0]?.attempt).toBe(2);
  });
});

describe('markResult', () => {
  it('accepted: leaves the outbox for the sent store; pendingCount follows', async () => {
    const { outbox } = await open();
    const a = await outbox.add('meal.book', booking(1), { subject: 'card:1001' });
    const b = await outbox.add('meal.book', booking(2));
    expect(outbox.pendingCount.value).toBe(2);
    expect(await outbox.markResult(accepted(a.id, serverTime, { ref: 1 }))).toBe(true);
    expect(outbox.pendingCount.value).toBe(1);
    expect((await outbox.pending()).map((e) => e.id)).toEqual([b.id]);
    const sent = await outbox.sent('card:1001');
    expect(sent.map((e) => [e.id, e.result.record, e.sentAt])).toEqual([[a.id, { ref: 1 }, T0]]);
    expect(await outbox.sent('card:9999')).toEqual([]);
  });

  it('accepted with keepSentDays 0: deleted, not kept', async () => {
    const { outbox } = await open({ keepSentDays: 0 });
    const a = await outbox.add('meal.book', booking());
    await outbox.markResult(accepted(a.id, serverTime));
    expect(await outbox.pending()).toEqual([]);
    expect(await outbox.sent()).toEqual([]);
  });

  it('rejected: moves to the rejected store with the reason, counted, never pending again', async () => {
    const { outbox, setNow } = await open();
    const a = await outbox.add('meal.book', booking(), { subject: 'card:1001' });
    await outbox.markResult(rejected(a.id, 'sold_out', serverTime));
    expect(await outbox.pending()).toEqual([]);
    expect(outbox.pendingCount.value).toBe(0);
    expect(outbox.rejectedCount.value).toBe(1);
    const [r] = await outbox.rejected('card:1001');
    expect(r?.result.reason.message).toEqual(REASONS.sold_out);
    expect(r?.seenAt).toBeNull();
    setNow(T0 + 60_000);
    await outbox.markRejectedSeen(a.id);
    expect((await outbox.rejected())[0]?.seenAt).toBe(T0 + 60_000);
    await outbox.clearRejected(a.id);
    expect(outbox.rejectedCount.value).toBe(0);
  });

  it('a second answer for the same id changes nothing and says so', async () => {
    const { outbox } = await open();
    const a = await outbox.add('meal.book', booking());
    expect(await outbox.markResult(accepted(a.id, serverTime))).toBe(true);
    expect(await outbox.markResult(rejected(a.id, 'duplicate', serverTime))).toBe(false);
    expect(await outbox.rejected()).toEqual([]);
    expect((await outbox.sent()).length).toBe(1);
  });

  it('waitForResult: the answer when it comes, also one that came first; null on time-out', async () => {
    const { outbox } = await open();
    const a = await outbox.add('meal.book', booking(1));
    const b = await outbox.add('meal.book', booking(2));
    const c = await outbox.add('meal.book', booking(3));
    const waiting = outbox.waitForResult(a.id, 5000);
    await outbox.markResults([
      accepted(a.id, serverTime),
      rejected(b.id, 'past_cutoff', serverTime),
    ]);
    expect((await waiting)?.status).toBe('accepted');
    expect((await outbox.waitForResult(b.id, 5000))?.status).toBe('rejected');
    expect(await outbox.waitForResult(c.id, 20)).toBeNull();
  });
});

describe('addOnce (double tap)', () => {
  it('two plain adds 400 ms apart are two entries: the UI must dedupe', async () => {
    const { outbox, setNow } = await open();
    await outbox.add('meal.book', booking());
    setNow(T0 + 400);
    await outbox.add('meal.book', booking());
    expect(outbox.pendingCount.value).toBe(2);
  });

  it('the same caller key within the window is one entry; after the window, a new one', async () => {
    const { outbox, setNow } = await open({ addOnceWindowMs: 2000 });
    const key = 'meal.book:2026-11-25:lunch:card:1001';
    const [first, tapAgain] = await Promise.all([
      outbox.addOnce(key, 'meal.book', booking()),
      outbox.addOnce(key, 'meal.book', booking()),
    ]);
    setNow(T0 + 600);
    const third = await outbox.addOnce(key, 'meal.book', booking());
    expect(tapAgain.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    expect(outbox.pendingCount.value).toBe(1);

    await outbox.addOnce('another:key', 'meal.book', booking(2));
    expect(outbox.pendingCount.value).toBe(2);
    setNow(T0 + 2500);
    expect((await outbox.addOnce(key, 'meal.book', booking())).id).not.toBe(first.id);
    expect(outbox.pendingCount.value).toBe(3);
  });

  it('a failed first add does not swallow the second tap', async () => {
    const { outbox } = await open();
    await expect(outbox.addOnce('k', 'meal.book', { bad: true })).rejects.toThrow();
    await expect(outbox.addOnce('k', 'meal.book', booking())).resolves.toMatchObject({
      kind: 'meal.book',
    });
  });
});

describe('what a sent entry keeps (issue #11 finding 8)', () => {
  it('a kind no screen reads keeps only its ids and answer: no payload, no subject', async () => {
    const { outbox } = await open();
    const call = await outbox.add(
      'help.call',
      { category: 'fall', note: '卫生间，腿疼' },
      { subject: 'card:1001' },
    );
    await outbox.markResult(accepted(call.id, serverTime, { ref: 7 }));
    const [kept] = await outbox.sent();
    expect(kept).toEqual({
      id: call.id,
      kind: 'help.call',
      kioskId: 'kiosk-1',
      kioskTime: call.kioskTime,
      createdAt: T0,
      payload: null,
      result: accepted(call.id, serverTime, { ref: 7 }),
      sentAt: T0,
    });
    expect(JSON.stringify(await outbox.sent())).not.toContain('卫生间');
    expect(await outbox.sent('card:1001')).toEqual([]);
    // Its answer is still there for a screen waiting on it.
    expect(await outbox.waitForResult(call.id, 2000)).toMatchObject({ status: 'accepted' });
  });

  it('a kind "my meals" reads keeps its payload and subject, and nothing added beside them', async () => {
    const { outbox } = await open();
    const a = await outbox.add('meal.book', booking(1), { subject: 'card:1001' });
    await outbox.markResult(accepted(a.id, serverTime));
    const [kept] = await outbox.sent('card:1001');
    expect(kept?.payload).toEqual(booking(1));
    expect(Object.keys(kept ?? {}).sort()).toEqual([
      'createdAt',
      'id',
      'kind',
      'kioskId',
      'kioskTime',
      'payload',
      'result',
      'sentAt',
      'subject',
    ]);
  });

  it('goes once a pull that began after it was sent has caught up', async () => {
    const { outbox, setNow } = await open();
    const a = await outbox.add('meal.book', booking(1), { subject: 'card:1001' });
    const b = await outbox.add('meal.book', booking(2), { subject: 'card:1001' });
    await outbox.markResult(accepted(a.id, serverTime));
    setNow(T0 + 5000);
    await outbox.markResult(accepted(b.id, serverTime));
    // A pull that began between the two answers holds the first, not (for sure) the second.
    await outbox.forgetSentBefore(T0 + 1000);
    expect((await outbox.sent()).map((e) => e.id)).toEqual([b.id]);
    await outbox.forgetSentBefore(T0 + 6000);
    expect(await outbox.sent()).toEqual([]);
  });
});

describe('prune', () => {
  it('forgets sent entries after keepSentDays and refusals after keepRejectedDays', async () => {
    const { outbox, setNow } = await open({ keepSentDays: 7, keepRejectedDays: 30 });
    const a = await outbox.add('meal.book', booking(1));
    const b = await outbox.add('meal.book', booking(2));
    await outbox.markResults([accepted(a.id, serverTime), rejected(b.id, 'sold_out', serverTime)]);
    setNow(T0 + 7 * DAY - 1);
    await outbox.prune();
    expect((await outbox.sent()).length).toBe(1);
    setNow(T0 + 7 * DAY + 1);
    await outbox.prune();
    expect(await outbox.sent()).toEqual([]);
    expect(outbox.rejectedCount.value).toBe(1);
    setNow(T0 + 30 * DAY + 1);
    await outbox.prune();
    expect(outbox.rejectedCount.value).toBe(0);
  });
});
