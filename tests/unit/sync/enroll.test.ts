/** Enrollment: the device token kept in IndexedDB (fake-indexeddb), and the server's answers in staff words. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasKey } from '../../../src/i18n';
import { openNuanxinDb } from '../../../src/kiosk/offline/db';
import {
  clearEnrollment,
  type DeviceEnrollment,
  getDeviceToken,
  getEnrollment,
  saveEnrollment,
  useDeviceDb,
} from '../../../src/kiosk/offline/device-token';
import { enrollFailure, enrollKiosk } from '../../../src/kiosk/offline/enroll';
import { httpPush } from '../../../src/kiosk/offline/transport';

let dbCount = 0;
beforeEach(() => useDeviceDb(`device-test-${++dbCount}`));

const ENROLLMENT: DeviceEnrollment = {
  kioskId: '0193a1b2-0000-7000-8000-000000000001',
  token: 'secret-token',
  name: 'Front hall',
  location: 'Ground floor',
  enrolledAt: 1,
};

describe('device token storage', () => {
  it('has no token before enrollment, keeps one across a reload, and forgets it on clear', async () => {
    expect(await getDeviceToken()).toBeNull();
    await saveEnrollment(ENROLLMENT);
    expect(await getDeviceToken()).toBe('secret-token');
    // A reload: nothing cached, read from IndexedDB again.
    useDeviceDb(`device-test-${dbCount}`);
    expect(await getEnrollment()).toEqual(ENROLLMENT);
    await clearEnrollment();
    expect(await getDeviceToken()).toBeNull();
    useDeviceDb(`device-test-${dbCount}`);
    expect(await getDeviceToken()).toBeNull();
  });

  it('upgrades a version 1 database, keeping its stores and entries', async () => {
    const name = `device-upgrade-${dbCount}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-createdAt', 'createdAt');
        const sent = db.createObjectStore('sent', { keyPath: 'id' });
        sent.createIndex('by-sentAt', 'sentAt');
        sent.createIndex('by-subject', 'subject');
        const rejected = db.createObjectStore('rejected', { keyPath: 'id' });
        rejected.createIndex('by-rejectedAt', 'rejectedAt');
        rejected.createIndex('by-subject', 'subject');
        db.createObjectStore('meta');
      },
    });
    await v1.put('meta', 42, 'lastSyncAt');
    await v1.put('outbox', { id: 'a', createdAt: 1 });
    v1.close();

    const v2 = await openNuanxinDb(name, () => undefined);
    expect([...v2.objectStoreNames].sort()).toEqual([
      'device',
      'meta',
      'outbox',
      'rejected',
      'replica',
      'sent',
    ]);
    expect(await v2.get('meta', 'lastSyncAt')).toBe(42);
    expect(await v2.count('outbox')).toBe(1);
    v2.close();
  });
});

function fakeFetch(status: number, body: unknown): typeof fetch {
  return (async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })) as typeof fetch;
}

const error = (code: string) => ({ error: { code, message: 'x' } });

describe('enrollKiosk', () => {
  it('posts the code and app version, and stores the token before it resolves', async () => {
    let sent: { url: string; body: unknown } | undefined;
    const fetchFn = (async (url: string, init: RequestInit) => {
      sent = { url, body: JSON.parse(String(init.body)) };
      return new Response(
        JSON.stringify({ kioskId: 'k-1', token: 'tok', name: 'Front hall', location: null }),
        { status: 201 },
      );
    }) as unknown as typeof fetch;
    const result = await enrollKiosk('12345678', { fetch: fetchFn, now: () => 5 });
    expect(sent).toEqual({
      url: '/api/kiosks/enroll',
      body: { code: '12345678', appVersion: __APP_VERSION__ },
    });
    expect(result).toEqual({
      ok: true,
      enrollment: {
        kioskId: 'k-1',
        token: 'tok',
        name: 'Front hall',
        location: null,
        enrolledAt: 5,
      },
    });
    expect(await getDeviceToken()).toBe('tok');
  });

  it.each([
    [400, error('enrollment_code_unknown'), 'unknown'],
    [400, error('validation_failed'), 'unknown'],
    [410, error('enrollment_code_used'), 'used'],
    [410, error('enrollment_code_expired'), 'expired'],
    [429, error('too_many_attempts'), 'tooMany'],
    [500, error('internal'), 'server'],
    [201, { nonsense: true }, 'server'],
  ] as const)('maps HTTP %i %j to "%s" and stores nothing', async (status, body, reason) => {
    const result = await enrollKiosk('12345678', { fetch: fakeFetch(status, body) });
    expect(result).toMatchObject({ ok: false, reason });
    expect(await getDeviceToken()).toBeNull();
  });

  it('says "cannot reach the server" when fetch fails', async () => {
    const fetchFn = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await enrollKiosk('12345678', { fetch: fetchFn })).toEqual({
      ok: false,
      reason: 'network',
    });
  });

  it('reads a 410 without a known code as used', () => {
    expect(enrollFailure(410, undefined)).toBe('used');
  });

  it('has staff words for every failure in every language', () => {
    for (const reason of ['unknown', 'used', 'expired', 'tooMany', 'network', 'server'] as const) {
      for (const lng of ['zh-Hans', 'zh-Hant', 'en'] as const)
        expect(hasKey(`staff.enroll.error.${reason}`, lng), `${lng} ${reason}`).toBe(true);
    }
  });
});

describe('status headers on pushes', () => {
  it('sends the kiosk status headers beside the token', async () => {
    const calls: RequestInit[] = [];
    const fetchFn = (async (_url: string, init: RequestInit) => {
      calls.push(init);
      return new Response(JSON.stringify({ results: [], serverTime: '2026-11-24T11:40:00.000Z' }));
    }) as unknown as typeof fetch;
    const push = httpPush({
      getToken: () => 'tok',
      fetch: fetchFn,
      statusHeaders: () => ({
        'x-kiosk-app-version': '0.1.0',
        'x-kiosk-outbox-length': '3',
        'x-kiosk-last-error': encodeURIComponent('连不上'),
      }),
    });
    await push({ kioskId: 'k', entries: [] }, { signal: new AbortController().signal });
    expect(calls[0]?.headers).toEqual({
      'x-kiosk-app-version': '0.1.0',
      'x-kiosk-outbox-length': '3',
      'x-kiosk-last-error': '%E8%BF%9E%E4%B8%8D%E4%B8%8A',
      'content-type': 'application/json',
      authorization: 'Bearer tok',
    });
  });
});
