import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/server/kiosks/token';
import { type ErrorJson, MINUTE } from '../support/api';
import { forEachStore } from '../support/stores';
import { kioskApi } from './kiosk-api';

interface KioskJson {
  id: string;
  name: string;
  location: string | null;
  lastSeenAt: string | null;
  revokedAt: string | null;
  appVersion: string | null;
  configVersion: string | null;
  outboxLength: number | null;
  lastError: string | null;
}

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = kioskApi(db);
    const admin = await api.admin();
    return { db, api, admin };
  }
  const listKiosks = async (api: ReturnType<typeof kioskApi>, admin: Record<string, string>) =>
    ((await (await api.get('/api/kiosks', admin)).json()) as { kiosks: KioskJson[] }).kiosks;

  describe('enrollment', () => {
    it('trades a one-time code for a device token stored only as its hash, audited', async () => {
      const { api, db, admin } = await setup();
      const made = await api.post(
        '/api/kiosks/enrollment-codes',
        { name: '大厅 1', location: '一楼' },
        admin,
      );
      expect(made.status).toBe(201);
      const { code, expiresAt } = (await made.json()) as { code: string; expiresAt: string };
      expect(code).toMatch(/^\d{8}$/);
      expect(expiresAt).toBe('2026-11-24T08:30:00.000Z');
      const codes = await db.selectFrom('kiosk_enrollment_codes').selectAll().execute();
      expect(codes.map((c) => c.code_hash)).toEqual([sha256Hex(code)]);

      const res = await api.post('/api/kiosks/enroll', {
        code: `${code.slice(0, 4)} ${code.slice(4)}`,
        appVersion: '1.2.3',
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as { kioskId: string; token: string; name: string };
      expect(body.name).toBe('大厅 1');
      expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [row] = await db.selectFrom('kiosks').selectAll().execute();
      expect(row?.token_hash).toBe(sha256Hex(body.token));
      expect(JSON.stringify(row)).not.toContain(body.token);

      const kiosks = await listKiosks(api, admin);
      expect(kiosks).toEqual([
        expect.objectContaining({
          id: body.kioskId,
          name: '大厅 1',
          location: '一楼',
          appVersion: '1.2.3',
          revokedAt: null,
          lastSeenAt: '2026-11-24T08:00:00.000Z',
        }),
      ]);
      const actions = (await db.selectFrom('audit_log').select('action').execute()).map(
        (a) => a.action,
      );
      expect(actions).toEqual(
        expect.arrayContaining(['kiosk.enrollment_code_created', 'kiosk.enrolled']),
      );
    });

    it('refuses a used, an expired and an unknown code with a plain message', async () => {
      const { api, admin } = await setup();
      const code = await api.code(admin);
      expect((await api.post('/api/kiosks/enroll', { code, appVersion: '1' })).status).toBe(201);
      const reused = await api.post('/api/kiosks/enroll', { code, appVersion: '1' });
      expect(reused.status).toBe(410);
      expect(((await reused.json()) as ErrorJson).error.code).toBe('enrollment_code_used');

      const late = await api.code(admin);
      api.clock.advance(31 * MINUTE);
      const expired = await api.post('/api/kiosks/enroll', { code: late, appVersion: '1' });
      expect(expired.status).toBe(410);
      expect(((await expired.json()) as ErrorJson).error).toMatchObject({
        code: 'enrollment_code_expired',
        message: 'This code has expired. Ask an administrator for a new code.',
      });

      const unknown = await api.post('/api/kiosks/enroll', { code: '00000000', appVersion: '1' });
      expect(unknown.status).toBe(400);
      expect(((await unknown.json()) as ErrorJson).error.code).toBe('enrollment_code_unknown');
      const malformed = await api.post('/api/kiosks/enroll', { code: 'abc', appVersion: 1 });
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as ErrorJson).error.fields?.map((f) => f.path)).toEqual([
        'code',
        'appVersion',
      ]);
    });

    it('locks an address after 10 wrong codes, even for a right one, with Retry-After', async () => {
      const { api, admin } = await setup();
      const code = await api.code(admin);
      const from = { 'x-forwarded-for': '10.0.0.9' };
      for (let i = 0; i < 10; i++)
        await api.post('/api/kiosks/enroll', { code: `1234567${i}`, appVersion: '1' }, from);
      const locked = await api.post('/api/kiosks/enroll', { code, appVersion: '1' }, from);
      expect(locked.status).toBe(429);
      expect(locked.headers.get('retry-after')).toBe('900');
      // Another address is not affected; the lock ends after 15 minutes.
      const other = { 'x-forwarded-for': '10.0.0.10' };
      expect((await api.post('/api/kiosks/enroll', { code, appVersion: '1' }, other)).status).toBe(
        201,
      );
    });

    it('is for admins only, except enrolling itself', async () => {
      const { api } = await setup();
      expect((await api.post('/api/kiosks/enrollment-codes', { name: 'x' })).status).toBe(401);
      expect((await api.get('/api/kiosks')).status).toBe(401);
      expect((await api.post('/api/kiosks/whatever/revoke')).status).toBe(401);
    });
  });

  describe('device tokens', () => {
    it('refuses unknown, missing and revoked tokens with 401', async () => {
      const { api, admin, db } = await setup();
      const kiosk = await api.enroll(admin);
      const body = { kioskId: kiosk.kioskId, entries: [] };
      const none = await api.post('/api/sync/push', body);
      expect(none.status).toBe(401);
      expect(((await none.json()) as ErrorJson).error.code).toBe('kiosk_not_enrolled');
      const wrong = await api.post('/api/sync/push', body, { authorization: 'Bearer nope' });
      expect(((await wrong.json()) as ErrorJson).error.code).toBe('kiosk_not_enrolled');

      const revoked = await api.post(`/api/kiosks/${kiosk.kioskId}/revoke`, undefined, admin);
      expect(revoked.status).toBe(200);
      expect(((await revoked.json()) as { kiosk: KioskJson }).kiosk.revokedAt).toBe(
        '2026-11-24T08:00:00.000Z',
      );
      const refused = await api.post('/api/sync/push', body, kiosk.auth);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as ErrorJson).error).toEqual({
        code: 'kiosk_revoked',
        message: 'This kiosk has been revoked by the centre. Enroll it again with a new code.',
      });
      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'subject_id'])
        .where('action', '=', 'kiosk.revoked')
        .execute();
      expect(audit).toEqual([{ action: 'kiosk.revoked', subject_id: kiosk.kioskId }]);
      expect((await api.post('/api/kiosks/nope/revoke', undefined, admin)).status).toBe(404);
    });

    it('stores the status headers, and last_seen_at at most once a minute', async () => {
      const { api, admin } = await setup();
      const kiosk = await api.enroll(admin);
      // Enrolling counts as seen (08:00:00); a request 30 s later writes nothing.
      const push = (headers: Record<string, string> = {}) =>
        api.post(
          '/api/sync/push',
          { kioskId: kiosk.kioskId, entries: [] },
          {
            ...kiosk.auth,
            ...headers,
          },
        );
      api.clock.advance(30 * 1000);
      await push();
      expect((await listKiosks(api, admin))[0]?.lastSeenAt).toBe('2026-11-24T08:00:00.000Z');
      api.clock.advance(31 * 1000);
      await push({
        'x-kiosk-app-version': '1.3.0',
        'x-kiosk-config-version': 'cfg-42',
        'x-kiosk-outbox-length': '7',
        'x-kiosk-last-error': encodeURIComponent('网络断开'),
      });
      expect((await listKiosks(api, admin))[0]).toMatchObject({
        lastSeenAt: '2026-11-24T08:01:01.000Z',
        appVersion: '1.3.0',
        configVersion: 'cfg-42',
        outboxLength: 7,
        lastError: '网络断开',
      });
      const bad = await push({ 'x-kiosk-outbox-length': 'lots' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as ErrorJson).error.code).toBe('invalid_kiosk_status');
      await push({ 'x-kiosk-last-error': '' });
      expect((await listKiosks(api, admin))[0]?.lastError).toBeNull();
    });

    it('lists kiosks as CSV with a BOM', async () => {
      const { api, admin } = await setup();
      await api.enroll(admin, '=大厅');
      const res = await api.get('/api/kiosks?format=csv', admin);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith('\uFEFFid,name,location,')).toBe(true);
      expect(text).toContain(",'=大厅,");
    });
  });
});
