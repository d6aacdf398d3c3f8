/**
 * The pull loop and the replica against the fake server: paging, the cursor written with its
 * page in one transaction (across reloads and failures), unknown and broken changes, 401,
 * back-off, and the roster lookups built on top.
 */
import { openDB } from 'idb';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../../src/kiosk/offline/backoff';
import { replicaType, replicaTypes } from '../../../src/kiosk/offline/pull-types';
import {
  CARD_KEY_TYPE,
  getRosterMember,
  lookUpCard,
  ROSTER_TYPE,
} from '../../../src/kiosk/offline/roster';
import { httpPull } from '../../../src/kiosk/offline/transport';
import { cardKeyOf } from '../../../src/shared/members/card';
import { MEMBER_CHANGE, type RosterMember } from '../../../src/shared/members/roster';
import { defineChangeType } from '../../../src/shared/sync/pull';
import { cardKeyChange, TEST_CARD_KEY } from '../support/roster';
import { until } from './harness';
import {
  createPullKiosk,
  member,
  type PullKiosk,
  type PullKioskOptions,
  putMember,
} from './pull-harness';

const kiosks: PullKiosk[] = [];
const make = async (options?: PullKioskOptions) => {
  const kiosk = await createPullKiosk(options);
  kiosks.push(kiosk);
  return kiosk;
};
afterEach(async () => {
  await Promise.all(kiosks.splice(0).map((k) => k.close()));
});

/** Publish `n` members m1…mn with cards 10000001…; returns them. */
async function publishMembers(kiosk: PullKiosk, n: number, from = 1): Promise<RosterMember[]> {
  const members: RosterMember[] = [];
  for (let i = from; i < from + n; i++) {
    const m = await member(String(10_000_000 + i), `会员${i}`);
    members.push(m);
    kiosk.server.publish(putMember(`m${i}`, m));
  }
  return members;
}

const cursorsAskedFrom = (kiosk: PullKiosk) => kiosk.server.requests.map((r) => r.cursor);
const memberCount = (kiosk: PullKiosk) => kiosk.store.count('member');

describe('paging', () => {
  it('pulls page after page while the server says more, then stops until the timer', async () => {
    const kiosk = await make({ pageSize: 100 });
    await publishMembers(kiosk, 250);
    expect(kiosk.store.lastPullAt.value).toBeNull();

    kiosk.pull.start();
    await kiosk.pull.idle();
    expect(cursorsAskedFrom(kiosk)).toEqual([null, 'full:100', 'full:200']);
    expect(await memberCount(kiosk)).toBe(250);
    expect(kiosk.store.counts.value).toEqual({ member: 250 });
    expect(await kiosk.store.cursor()).toBe('250');
    expect(kiosk.store.lastPullAt.value).toBe(kiosk.clock.now());
    expect(kiosk.pull.state.value).toBe('idle');
    expect(kiosk.server.requests.every((r) => r.kioskId === 'kiosk-1')).toBe(true);

    // Changes since: one new member, one gone, one renamed; asked for from the stored cursor.
    await publishMembers(kiosk, 1, 251);
    kiosk.server.publish(
      { type: 'member', key: 'm3', op: 'delete' },
      putMember('m4', await member('10000004', '新名字')),
    );
    await kiosk.advance(59_999);
    expect(kiosk.server.requests).toHaveLength(3);
    await kiosk.advance(1);
    expect(cursorsAskedFrom(kiosk).slice(3)).toEqual(['250']);
    expect(await memberCount(kiosk)).toBe(250);
    expect(await kiosk.store.get('member', 'm3')).toBeUndefined();
    expect(
      await getRosterMember(kiosk.store, await cardKeyOf('10000004', TEST_CARD_KEY)),
    ).toMatchObject({
      id: 'm4',
      member: { name: '新名字' },
    });
    expect(await kiosk.store.cursor()).toBe('253');
  });

  it('says when it has caught up, with the time its run began, and only then (sent entries go)', async () => {
    const caughtUp: number[] = [];
    const kiosk = await make({ pageSize: 100, pull: { onCaughtUp: (at) => caughtUp.push(at) } });
    await publishMembers(kiosk, 150);
    const began = kiosk.clock.now();
    kiosk.pull.start();
    await kiosk.pull.idle();
    expect(cursorsAskedFrom(kiosk)).toEqual([null, 'full:100']);
    // Once per run that reached the end, not per page.
    expect(caughtUp).toEqual([began]);
  });

  it('a kick pulls at once; a kick during a pull runs once more after it', async () => {
    const kiosk = await make();
    kiosk.pull.start();
    kiosk.pull.kick();
    await kiosk.pull.idle();
    expect(kiosk.server.requests).toHaveLength(2);
    await publishMembers(kiosk, 1);
    kiosk.pull.kick();
    await kiosk.pull.idle();
    expect(kiosk.server.requests).toHaveLength(3);
    expect(await memberCount(kiosk)).toBe(1);
  });

  it('treats "more" with a cursor that did not move as a bad answer, not a loop', async () => {
    const kiosk = await make();
    const stuck = { cursor: 'x', changes: [], more: true, serverTime: '2026-11-24T04:00:00.000Z' };
    kiosk.server.fail({ type: 'body', body: stuck }, { type: 'body', body: stuck });
    kiosk.pull.start();
    await kiosk.pull.idle();
    expect(cursorsAskedFrom(kiosk)).toEqual([null, 'x']);
    expect(kiosk.pull.lastProblem.value).toMatchObject({ code: 'bad_response' });
    expect(kiosk.pull.state.value).toBe('waiting');
  });

  it('an answer that is not a page is a bad response; nothing is written', async () => {
    const kiosk = await make();
    await publishMembers(kiosk, 2);
    kiosk.server.fail({ type: 'body', body: { cursor: 5, changes: 'all' } });
    kiosk.pull.start();
    await kiosk.pull.idle();
    expect(kiosk.pull.lastProblem.value?.code).toBe('bad_response');
    expect(kiosk.pull.lastProblem.value?.detail).toMatch(/cursor/);
    expect(await memberCount(kiosk)).toBe(0);
    expect(await kiosk.store.cursor()).toBeNull();
    await kiosk.nextTry();
    expect(await memberCount(kiosk)).toBe(2);
    expect(kiosk.pull.lastProblem.value).toBeNull();
  });
});

describe('the cursor and the data are written together', () => {
  it('a reload (a new loop on the same database) goes on from the stored cursor, with the data', async () => {
    const first = await make({ pageSize: 2 });
    await publishMembers(first, 5);
    // Two pages arrive; the third never answers, and the kiosk is reloaded while waiting.
    first.server.fail({ type: 'ok' }, { type: 'ok' }, { type: 'hang' });
    first.pull.start();
    await until(() => first.server.requests.length === 3);
    expect(cursorsAskedFrom(first)).toEqual([null, 'full:2', 'full:4']);
    expect(await first.store.cursor()).toBe('full:4');
    expect(await memberCount(first)).toBe(4);
    first.pull.stop();
    await first.store.close();

    const again = await make({ dbName: first.dbName, server: first.server, clock: first.clock });
    expect(again.store.lastPullAt.value).not.toBeNull();
    expect(again.store.counts.value.member).toBe(4);
    again.pull.start();
    await again.pull.idle();
    expect(cursorsAskedFrom(again).slice(3)).toEqual(['full:4']);
    expect(await memberCount(again)).toBe(5);
    expect(await again.store.cursor()).toBe('5');
  });

  it('a write failing mid-page keeps nothing of the page and leaves the old cursor', async () => {
    let failOnce = true;
    const types = replicaTypes(
      replicaType<RosterMember>({
        change: MEMBER_CHANGE,
        lookup: (m) => {
          if (m.name === '会员2' && failOnce) {
            failOnce = false;
            throw new Error('QuotaExceededError: the disk is full');
          }
          return m.cardKey;
        },
      }),
    );
    const kiosk = await make({ types, pageSize: 10 });
    await publishMembers(kiosk, 3);
    kiosk.pull.start();
    await kiosk.pull.idle();
    expect(kiosk.pull.lastProblem.value).toMatchObject({ code: 'storage' });
    expect(kiosk.pull.lastProblem.value?.detail).toMatch(/disk is full/);
    expect(kiosk.pull.state.value).toBe('waiting');
    // Member 1 came before the failure in the same page: it must not have been kept either.
    expect(await memberCount(kiosk)).toBe(0);
    expect(await kiosk.store.cursor()).toBeNull();
    expect(kiosk.store.lastPullAt.value).toBeNull();

    await kiosk.nextTry();
    expect(cursorsAskedFrom(kiosk)).toEqual([null, null]);
    expect(await memberCount(kiosk)).toBe(3);
    expect(await kiosk.store.cursor()).toBe('3');
  });

  it('a cursor the server no longer knows (its data was restored) starts a full pull', async () => {
    const kiosk = await make();
    await publishMembers(kiosk, 2);
    kiosk.pull.start();
    await kiosk.pull.idle();
    kiosk.server.fail({ type: 'status', status: 400, code: 'invalid_cursor' });
    await kiosk.pull.pullNow();
    expect(cursorsAskedFrom(kiosk)).toEqual([null, '2', null]);
    expect(kiosk.pull.lastProblem.value).toBeNull();
    expect(await memberCount(kiosk)).toBe(2);

    // Any other 400 is a refusal: backed off, never a loop of full pulls.
    kiosk.server.fail({ type: 'status', status: 400, code: 'invalid_input' });
    await kiosk.pull.pullNow();
    expect(kiosk.pull.lastProblem.value).toMatchObject({ code: 'refused', status: 400 });
    expect(cursorsAskedFrom(kiosk).at(-1)).toBe('2');
  });

  it('a page pulled from a cursor another tab has since moved is not written', async () => {
    const kiosk = await make();
    await publishMembers(kiosk, 1);
    const m = await member('10000001', '旧的');
    const written = await kiosk.store.applyPage({
      from: 'somewhere-else',
      cursor: '99',
      more: false,
      checks: [{ status: 'ok', change: putMember('m1', m), data: m }],
    });
    expect(written).toBe(false);
    expect(await memberCount(kiosk)).toBe(0);
    expect(await kiosk.store.cursor()).toBeNull();
  });
});

describe('the database upgrade', () => {
  it('adds the replica to a version 2 database, keeping the enrollment and the outbox', async () => {
    const name = `pull-upgrade-${Date.now()}`;
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-createdAt', 'createdAt');
        for (const store of ['sent', 'rejected'] as const)
          db.createObjectStore(store, { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('device');
      },
    });
    await v2.put('device', { kioskId: 'k1', token: 't' }, 'enrollment');
    await v2.put('outbox', { id: 'a', createdAt: 1 });
    v2.close();

    const kiosk = await make({ dbName: name });
    expect(kiosk.store.lastPullAt.value).toBeNull();
    await publishMembers(kiosk, 1);
    kiosk.pull.start();
    await kiosk.pull.idle();
    expect(await memberCount(kiosk)).toBe(1);
    await kiosk.close();

    const upgraded = await openDB(name);
    expect(upgraded.version).toBe(4);
    expect([...upgraded.objectStoreNames]).toContain('replica');
    expect(await upgraded.get('device', 'enrollment')).toEqual({ kioskId: 'k1', token: 't' });
    expect(await upgraded.count('outbox')).toBe(1);
    upgraded.close();
  });

  it('deletes the old roster (birth dates, categories, PIN hashes) from a version 3 database at once, and pulls everything again', async () => {
    const name = `pull-upgrade-v3-${Date.now()}`;
    const v3 = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-createdAt', 'createdAt');
        for (const store of ['sent', 'rejected'] as const)
          db.createObjectStore(store, { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('device');
        const replica = db.createObjectStore('replica', { keyPath: ['type', 'key'] });
        replica.createIndex('by-type', 'type');
        replica.createIndex('by-lookup', ['type', 'lookup']);
      },
    });
    // What the previous version kept: the register's sensitive fields, beside other items.
    const old = {
      cardHash: 'a'.repeat(64),
      name: '王建国',
      birthDate: '1944-10-01',
      localHukou: true,
      categories: ['low-income'],
      disability: 'none',
      validUntil: null,
      pin: { algorithm: 'PBKDF2-SHA256', iterations: 100000, salt: 'c2FsdA==', hash: 'aGFzaA==' },
    };
    await v3.put('replica', {
      type: 'member',
      key: 'm2',
      data: old,
      lookup: old.cardHash,
      generation: 1,
      pulledAt: 1,
    });
    await v3.put('replica', {
      type: 'menu',
      key: '2026-11-24',
      data: {},
      generation: 1,
      pulledAt: 1,
    });
    await v3.put('meta', '42', 'pull.cursor');
    await v3.put('meta', 1, 'pull.lastPullAt');
    await v3.put('outbox', { id: 'a', createdAt: 1 });
    v3.close();

    const kiosk = await make({ dbName: name });
    const upgraded = await openDB(name);
    expect(upgraded.version).toBe(4);
    const left = JSON.stringify(await upgraded.getAll('replica'));
    for (const field of ['birthDate', 'categories', 'low-income', 'disability', 'PBKDF2', '1944'])
      expect(left).not.toContain(field);
    expect(await upgraded.count('replica')).toBe(1);
    expect(await upgraded.count('outbox')).toBe(1);
    upgraded.close();
    // Never pulled as far as identification knows, and the next pull asks for everything.
    expect(kiosk.store.lastPullAt.value).toBeNull();
    expect(await kiosk.store.cursor()).toBeNull();
    await publishMembers(kiosk, 1);
    kiosk.pull.start();
    await kiosk.pull.idle();
    expect(cursorsAskedFrom(kiosk)).toEqual([null]);
    expect((await kiosk.store.get('member', 'm1'))?.data).toMatchObject({ name: '会员1' });
  });
});

describe('changes the kiosk cannot use', () => {
  const MENU = defineChangeType({ type: 'menu', data: v.object({ dish: v.string() }) });

  it('skips a type it does not know but moves the cursor, and pulls everything once it knows it', async () => {
    const kiosk = await make();
    kiosk.server.publish({ type: 'menu', key: '2026-11-24', op: 'put', data: { dish: '红烧肉' } });
    await publishMembers(kiosk, 1);
    kiosk.pull.start();
    await kiosk.pull.idle();
    expect(await memberCount(kiosk)).toBe(1);
    expect(await kiosk.store.get('menu', '2026-11-24')).toBeUndefined();
    expect(await kiosk.store.cursor()).toBe('2');
    expect(kiosk.skipped).toEqual([]);
    expect(kiosk.pull.lastProblem.value).toBeNull();
    kiosk.pull.stop();
    await kiosk.store.close();

    // A new app version knows menus: the same database, pulled afresh from the start.
    const types = replicaTypes(ROSTER_TYPE, replicaType({ change: MENU }));
    const upgraded = await make({
      dbName: kiosk.dbName,
      server: kiosk.server,
      clock: kiosk.clock,
      types,
    });
    upgraded.pull.start();
    await upgraded.pull.idle();
    expect(cursorsAskedFrom(upgraded).at(-1)).toBeNull();
    expect((await upgraded.store.get('menu', '2026-11-24'))?.data).toEqual({ dish: '红烧肉' });
    expect(upgraded.store.counts.value).toEqual({ member: 1, menu: 1 });
  });

  it('skips a broken change, reports it for staff, keeps the rest and the last good copy', async () => {
    const kiosk = await make();
    const [first] = await publishMembers(kiosk, 2);
    kiosk.pull.start();
    await kiosk.pull.idle();

    kiosk.server.publish(
      putMember('m1', { ...first, name: '' }),
      putMember('m9', { name: '没有卡' }),
      putMember('m3', await member('10000003', '会员3')),
    );
    await kiosk.pull.pullNow();
    expect(kiosk.skipped.map((s) => s.key)).toEqual(['m1', 'm9']);
    expect(kiosk.skipped[1]?.detail).toMatch(/cardKey/);
    expect(kiosk.pull.lastProblem.value).toMatchObject({ code: 'invalid_changes', count: 2 });
    expect(await kiosk.store.cursor()).toBe('5');
    expect((await kiosk.store.get('member', 'm1'))?.data).toMatchObject({ name: '会员1' });
    expect(await kiosk.store.get('member', 'm9')).toBeUndefined();
    expect(await memberCount(kiosk)).toBe(3);

    // A clean pull clears the problem (the skipped ones stay in the staff log).
    await kiosk.pull.pullNow();
    expect(kiosk.pull.lastProblem.value).toBeNull();
  });

  it('a full pull keeps the old copy until it ends, then drops what the server no longer has', async () => {
    const kiosk = await make({ pageSize: 2 });
    await publishMembers(kiosk, 4);
    kiosk.pull.start();
    await kiosk.pull.idle();
    kiosk.server.publish({ type: 'member', key: 'm1', op: 'delete' });
    kiosk.pull.stop();
    await kiosk.store.close();

    // The server's delete of m1 is never seen as a change: the upgraded kiosk pulls afresh.
    const MENU_TYPES = replicaTypes(ROSTER_TYPE, replicaType({ change: MENU }));
    const upgraded = await make({
      dbName: kiosk.dbName,
      server: kiosk.server,
      clock: kiosk.clock,
      types: MENU_TYPES,
    });
    // …and is cut off after the first page of its full pull.
    upgraded.server.fail({ type: 'ok' }, { type: 'hang' });
    upgraded.pull.start();
    await until(() => upgraded.server.requests.length === 4);
    expect(await upgraded.store.cursor()).toBe('full:2');
    expect(await memberCount(upgraded)).toBe(4); // Still the whole old copy, m1 included.
    upgraded.pull.stop();
    await upgraded.store.close();

    const last = await make({
      dbName: kiosk.dbName,
      server: kiosk.server,
      clock: kiosk.clock,
      types: MENU_TYPES,
    });
    last.pull.start();
    await last.pull.idle();
    expect(await last.store.get('member', 'm1')).toBeUndefined();
    expect(await memberCount(last)).toBe(3);
  });
});

describe('failures', () => {
  it('401 stops the loop and tells staff; resume after enrolment pulls again', async () => {
    const kiosk = await make();
    await publishMembers(kiosk, 1);
    kiosk.server.fail({ type: 'status', status: 401 });
    kiosk.pull.start();
    await kiosk.pull.idle();
    expect(kiosk.pull.state.value).toBe('halted');
    expect(kiosk.pull.needsEnrollment.value).toBe(true);
    expect(kiosk.pull.lastProblem.value).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(kiosk.pull.nextAttemptAt.value).toBeNull();

    await kiosk.advance(10 * 60_000);
    kiosk.pull.kick();
    kiosk.window.dispatchEvent(new Event('online'));
    await kiosk.pull.idle();
    expect(kiosk.server.requests).toHaveLength(1);
    expect(await memberCount(kiosk)).toBe(0);

    kiosk.pull.resume();
    await kiosk.pull.idle();
    expect(kiosk.pull.needsEnrollment.value).toBe(false);
    expect(await memberCount(kiosk)).toBe(1);
  });

  it('backs off with full jitter, waits for Retry-After, and resets after a success', async () => {
    const randoms = [0.5, 0.25, 0.75, 0.5];
    let r = 0;
    const kiosk = await make({ random: () => randoms[r++ % randoms.length] ?? 0.5 });
    await publishMembers(kiosk, 1);
    kiosk.server.setDown(true);
    kiosk.pull.start();
    await kiosk.pull.idle();

    const waits: number[] = [];
    for (let failure = 1; failure <= 4; failure++) {
      expect(kiosk.pull.failures.value).toBe(failure);
      expect(kiosk.pull.lastProblem.value?.code).toBe('network');
      const wait = (kiosk.pull.nextAttemptAt.value ?? Number.NaN) - kiosk.clock.now();
      waits.push(wait);
      const asked = kiosk.server.requests.length;
      await kiosk.advance(wait - 1);
      expect(kiosk.server.requests.length).toBe(asked);
      if (failure < 4) await kiosk.advance(1);
    }
    expect(waits).toEqual(randoms.map((x, i) => backoffDelayMs(i + 1, () => x)));

    kiosk.server.setDown(false);
    await kiosk.advance(1);
    expect(kiosk.pull.failures.value).toBe(0);
    expect(kiosk.pull.state.value).toBe('idle');
    expect(await memberCount(kiosk)).toBe(1);

    kiosk.server.fail({ type: 'status', status: 503, retryAfterMs: 120_000 });
    await kiosk.pull.pullNow();
    expect(kiosk.pull.lastProblem.value).toMatchObject({ code: 'server', status: 503 });
    expect((kiosk.pull.nextAttemptAt.value ?? 0) - kiosk.clock.now()).toBe(120_000);
  });

  it('`online` pulls at once even while backing off; a kick waits for the back-off', async () => {
    const kiosk = await make();
    await publishMembers(kiosk, 1);
    kiosk.server.setDown(true);
    kiosk.pull.start();
    await kiosk.pull.idle();
    kiosk.server.setDown(false);
    kiosk.pull.kick();
    await kiosk.pull.idle();
    expect(await memberCount(kiosk)).toBe(0);
    kiosk.window.dispatchEvent(new Event('online'));
    await kiosk.pull.idle();
    expect(await memberCount(kiosk)).toBe(1);
  });

  it('a pull with no answer times out and is tried again', async () => {
    const kiosk = await make({ pull: { requestTimeoutMs: 30_000 } });
    await publishMembers(kiosk, 1);
    kiosk.server.fail({ type: 'hang' });
    kiosk.pull.start();
    await until(() => kiosk.server.requests.length === 1);
    await kiosk.advance(30_000);
    expect(kiosk.pull.lastProblem.value?.code).toBe('timeout');
    await kiosk.nextTry();
    expect(await memberCount(kiosk)).toBe(1);
  });
});

describe('the roster', () => {
  it('finds a member by the card as typed or read, and knows when it has no roster', async () => {
    const kiosk = await make({ types: replicaTypes(ROSTER_TYPE, CARD_KEY_TYPE) });
    expect(await lookUpCard(kiosk.store, '1000 0001')).toEqual({ status: 'no-roster' });
    expect(await lookUpCard(null, '10000001')).toEqual({ status: 'no-roster' });
    await publishMembers(kiosk, 1);
    kiosk.pull.start();
    await kiosk.pull.idle();
    // Members but no card key yet: nothing to hash a card with.
    expect(await lookUpCard(kiosk.store, '10000001')).toEqual({ status: 'no-roster' });
    kiosk.server.publish(cardKeyChange());
    await kiosk.pull.pullNow();
    const found = await lookUpCard(kiosk.store, ' 1000-0001\n');
    expect(found).toMatchObject({
      status: 'found',
      card: '10000001',
      entry: { id: 'm1', member: { name: '会员1' } },
    });
    expect(await lookUpCard(kiosk.store, '99999999')).toMatchObject({ status: 'unknown' });
    expect(await lookUpCard(kiosk.store, '12')).toEqual({ status: 'invalid' });

    // A new centre card key (a kiosk was revoked): the old cardKeys find nobody until the
    // server's re-hashed roster arrives.
    kiosk.server.publish(
      cardKeyChange({ ...TEST_CARD_KEY, id: '2', secret: btoa('n'.repeat(32)) }),
    );
    await kiosk.pull.pullNow();
    expect(await lookUpCard(kiosk.store, '10000001')).toMatchObject({ status: 'unknown' });
  });
});

describe('httpPull', () => {
  it('POSTs the request with the device token and turns errors into SyncHttpError', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const answers = [
      new Response(JSON.stringify({ cursor: '1', changes: [], more: false, serverTime: 'x' })),
      new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'revoked' } }), {
        status: 401,
      }),
    ];
    const pull = httpPull({
      getToken: () => 'token-1',
      fetch: async (url, init) => {
        calls.push({ url: String(url), init: init ?? {} });
        return answers.shift() as Response;
      },
    });
    const signal = new AbortController().signal;
    expect(await pull({ kioskId: 'k', cursor: null }, { signal })).toMatchObject({ cursor: '1' });
    expect(calls[0]?.url).toBe('/api/sync/pull');
    expect(calls[0]?.init.method).toBe('POST');
    const headers = (calls[0]?.init.headers ?? {}) as Record<string, string>;
    expect(headers.authorization).toBe('Bearer token-1');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ kioskId: 'k', cursor: null });
    await expect(pull({ kioskId: 'k', cursor: '1' }, { signal })).rejects.toMatchObject({
      status: 401,
      code: 'unauthorized',
    });

    const unenrolled = httpPull({
      getToken: () => null,
      fetch: async () => {
        throw new Error('must not be called');
      },
    });
    await expect(unenrolled({ kioskId: 'k', cursor: null }, { signal })).rejects.toMatchObject({
      status: 401,
      code: 'not_enrolled',
    });
  });
});
