import { describe, expect, it } from 'vitest';
import { type ErrorJson, HOUR, MINUTE, seedAccount, sessionCookie, testApi } from '../support/api';
import { forEachStore } from '../support/stores';

const PASSWORD = 'correct horse battery';

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = testApi(db);
    const adminId = await seedAccount(db, 'wangfang', 'admin', PASSWORD, '王芳');
    return { db, api, adminId };
  }

  describe('login', () => {
    it('signs in with the right password and sets a strict, httpOnly session cookie', async () => {
      const { api, db, adminId } = await setup();
      const res = await api.post('/api/staff/login', { username: 'WangFang ', password: PASSWORD });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { staff: { id: string; name: string; role: string } };
      expect(body.staff).toMatchObject({
        id: adminId,
        name: '王芳',
        username: 'wangfang',
        role: 'admin',
      });

      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('nx_session='));
      expect(cookie).toBeDefined();
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/; Secure/);
      expect(res.headers.get('cache-control')).toBe('no-store');

      // Only the token's hash is stored.
      const token = sessionCookie(res).slice('nx_session='.length);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const sessions = await db.selectFrom('staff_sessions').selectAll().execute();
      expect(sessions).toHaveLength(1);
      expect(sessions[0]?.token_hash).not.toContain(token);
      expect(sessions[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);

      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'staff.logged_in')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: adminId, actor_label: 'wangfang' });
    });

    it('marks the cookie Secure over https, directly or behind a proxy', async () => {
      const { api } = await setup();
      const direct = await api.post(
        '/api/staff/login',
        { username: 'wangfang', password: PASSWORD },
        { https: true },
      );
      expect(direct.headers.getSetCookie()[0]).toMatch(/; Secure/);
      const proxied = await api.post(
        '/api/staff/login',
        { username: 'wangfang', password: PASSWORD },
        { headers: { 'x-forwarded-proto': 'https' } },
      );
      expect(proxied.headers.getSetCookie()[0]).toMatch(/; Secure/);
    });

    it('gives the same answer for a wrong password and an unknown username', async () => {
      const { api, db } = await setup();
      const wrong = await api.post('/api/staff/login', {
        username: 'wangfang',
        password: 'nope nope nope',
      });
      const unknown = await api.post('/api/staff/login', {
        username: 'nobody',
        password: 'nope nope nope',
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      const a = (await wrong.json()) as ErrorJson;
      const b = (await unknown.json()) as ErrorJson;
      expect(a).toEqual(b);
      expect(a.error).toEqual({
        code: 'invalid_credentials',
        message: 'The username or password is not correct.',
      });
      expect(wrong.headers.getSetCookie()).toEqual([]);
      expect(await db.selectFrom('staff_sessions').selectAll().execute()).toEqual([]);
    });

    it('refuses a disabled account even with the right password', async () => {
      const { api, db } = await setup();
      await seedAccount(db, 'helper', 'staff');
      await db
        .updateTable('staff_accounts')
        .set({ disabled: 1 })
        .where('username', '=', 'helper')
        .execute();
      const res = await api.post('/api/staff/login', { username: 'helper', password: PASSWORD });
      expect(res.status).toBe(403);
      expect(((await res.json()) as ErrorJson).error.code).toBe('account_disabled');
    });
  });

  describe('lockout', () => {
    it('locks a username after 5 failures, saying plainly how long, even for the right password', async () => {
      const { api, db } = await setup();
      for (let i = 1; i <= 4; i++) {
        const res = await api.post('/api/staff/login', {
          username: 'wangfang',
          password: `wrong ${i} wrong`,
        });
        expect(res.status).toBe(401);
      }
      const fifth = await api.post('/api/staff/login', {
        username: 'wangfang',
        password: 'wrong 5 wrong',
      });
      expect(fifth.status).toBe(429);
      expect(((await fifth.json()) as ErrorJson).error).toEqual({
        code: 'too_many_attempts',
        message: 'Too many attempts. Try again in 15 minutes.',
      });
      expect(fifth.headers.get('retry-after')).toBe('900');

      api.clock.advance(14 * MINUTE + 30_000);
      const right = await api.post('/api/staff/login', {
        username: 'wangfang',
        password: PASSWORD,
      });
      expect(right.status).toBe(429);
      expect(((await right.json()) as ErrorJson).error.message).toBe(
        'Too many attempts. Try again in 1 minute.',
      );

      api.clock.advance(31_000);
      const after = await api.post('/api/staff/login', {
        username: 'wangfang',
        password: PASSWORD,
      });
      expect(after.status).toBe(200);

      const locks = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'staff.login_locked')
        .execute();
      expect(locks).toHaveLength(1);
      expect(locks[0]).toMatchObject({
        actor_id: null,
        actor_label: 'anonymous',
        subject_type: 'username',
        subject_id: 'wangfang',
      });
    });

    it('locks an unknown username exactly like a real one', async () => {
      const { api } = await setup();
      const statuses: number[] = [];
      const messages: string[] = [];
      for (const username of ['wangfang', 'nobody']) {
        for (let i = 0; i < 6; i++) {
          const res = await api.post(
            '/api/staff/login',
            { username, password: 'wrong wrong wrong' },
            { ip: `10.0.0.${username.length}` },
          );
          statuses.push(res.status);
          messages.push(((await res.json()) as ErrorJson).error.message);
        }
      }
      expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 429, 429]);
      expect(statuses.slice(6)).toEqual(statuses.slice(0, 6));
      expect(messages.slice(6)).toEqual(messages.slice(0, 6));
    });

    it('counts failures in a 15-minute window', async () => {
      const { api } = await setup();
      for (let i = 0; i < 4; i++)
        await api.post('/api/staff/login', { username: 'wangfang', password: 'wrong wrong wrong' });
      api.clock.advance(16 * MINUTE);
      // The old window has passed, so this is the first failure of a new one, not the fifth.
      const res = await api.post('/api/staff/login', {
        username: 'wangfang',
        password: 'wrong wrong wrong',
      });
      expect(res.status).toBe(401);
    });

    it('locks an address after 20 failures across usernames, without locking other addresses', async () => {
      const { api } = await setup();
      let last: Response | undefined;
      for (let i = 0; i < 20; i++)
        last = await api.post(
          '/api/staff/login',
          { username: `guess${i}`, password: 'wrong wrong wrong' },
          { ip: '203.0.113.9' },
        );
      expect(last?.status).toBe(429);
      const blocked = await api.post(
        '/api/staff/login',
        { username: 'wangfang', password: PASSWORD },
        { ip: '203.0.113.9' },
      );
      expect(blocked.status).toBe(429);
      const elsewhere = await api.post(
        '/api/staff/login',
        { username: 'wangfang', password: PASSWORD },
        { ip: '198.51.100.1' },
      );
      expect(elsewhere.status).toBe(200);
    });

    it('clears out throttle rows and sessions that have run their course', async () => {
      const { api, db } = await setup();
      await api.post(
        '/api/staff/login',
        { username: 'someone', password: 'wrong wrong wrong' },
        { ip: '10.9.9.9' },
      );
      const old = await api.login('wangfang', PASSWORD);
      api.clock.advance(13 * HOUR);
      await api.login('wangfang', PASSWORD);
      expect(await db.selectFrom('login_attempts').select('key').execute()).toEqual([]);
      const sessions = await db.selectFrom('staff_sessions').select('token_hash').execute();
      expect(sessions).toHaveLength(1);
      expect((await api.get('/api/staff/me', { cookie: old })).status).toBe(401);
    });

    it('forgets earlier failures after a good login', async () => {
      const { api } = await setup();
      for (let i = 0; i < 4; i++)
        await api.post('/api/staff/login', { username: 'wangfang', password: 'wrong wrong wrong' });
      await api.login('wangfang', PASSWORD);
      for (let i = 0; i < 4; i++) {
        const res = await api.post('/api/staff/login', {
          username: 'wangfang',
          password: 'wrong wrong wrong',
        });
        expect(res.status).toBe(401);
      }
    });
  });

  describe('sessions', () => {
    it('GET /me answers who is signed in, and 401 without a session', async () => {
      const { api } = await setup();
      const anonymous = await api.get('/api/staff/me');
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as ErrorJson).error).toEqual({
        code: 'not_logged_in',
        message: 'Please log in to the staff console first.',
      });
      const cookie = await api.login('wangfang', PASSWORD);
      const me = await api.get('/api/staff/me', { cookie });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ staff: { username: 'wangfang', role: 'admin' } });
    });

    it('ends after 12 idle hours, and is kept alive by use', async () => {
      const { api } = await setup();
      const cookie = await api.login('wangfang', PASSWORD);
      api.clock.advance(11 * HOUR);
      expect((await api.get('/api/staff/me', { cookie })).status).toBe(200);
      api.clock.advance(11 * HOUR);
      expect((await api.get('/api/staff/me', { cookie })).status).toBe(200);
      api.clock.advance(12 * HOUR + 1);
      const expired = await api.get('/api/staff/me', { cookie });
      expect(expired.status).toBe(401);
      expect(((await expired.json()) as ErrorJson).error.code).toBe('session_expired');
      // The dead cookie is cleared.
      expect(expired.headers.getSetCookie()[0]).toMatch(/^nx_session=;.*Max-Age=0/);
    });

    it('ends after 7 days however active', async () => {
      const { api } = await setup();
      const cookie = await api.login('wangfang', PASSWORD);
      for (let hours = 0; hours < 7 * 24 - 10; hours += 10) {
        api.clock.advance(10 * HOUR);
        expect((await api.get('/api/staff/me', { cookie })).status).toBe(200);
      }
      api.clock.advance(10 * HOUR);
      expect((await api.get('/api/staff/me', { cookie })).status).toBe(401);
    });

    it('ignores a made-up or tampered cookie', async () => {
      const { api } = await setup();
      const cookie = await api.login('wangfang', PASSWORD);
      const res = await api.get('/api/staff/me', { cookie: `${cookie.slice(0, -2)}xx` });
      expect(res.status).toBe(401);
      expect((await api.get('/api/staff/me', { cookie: 'nx_session=' })).status).toBe(401);
    });

    it('logout ends the session for good and clears the cookie', async () => {
      const { api, db } = await setup();
      const cookie = await api.login('wangfang', PASSWORD);
      const out = await api.post('/api/staff/logout', undefined, { cookie });
      expect(out.status).toBe(204);
      expect(out.headers.getSetCookie()[0]).toMatch(/^nx_session=;.*Max-Age=0/);
      expect((await api.get('/api/staff/me', { cookie })).status).toBe(401);
      expect(await db.selectFrom('staff_sessions').selectAll().execute()).toEqual([]);
      const audit = await db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'staff.logged_out')
        .execute();
      expect(audit).toHaveLength(1);
      // Logging out twice is harmless.
      expect((await api.post('/api/staff/logout', undefined, { cookie })).status).toBe(204);
    });

    it('changing your own password needs the current one and ends your other sessions', async () => {
      const { api } = await setup();
      const mine = await api.login('wangfang', PASSWORD);
      const other = await api.login('wangfang', PASSWORD);
      const wrong = await api.post(
        '/api/staff/me/password',
        { currentPassword: 'not it at all', newPassword: 'a much better one' },
        { cookie: mine },
      );
      expect(wrong.status).toBe(400);
      expect(((await wrong.json()) as ErrorJson).error.code).toBe('wrong_password');
      const ok = await api.post(
        '/api/staff/me/password',
        { currentPassword: PASSWORD, newPassword: 'a much better one' },
        { cookie: mine },
      );
      expect(ok.status).toBe(200);
      expect((await api.get('/api/staff/me', { cookie: mine })).status).toBe(200);
      expect((await api.get('/api/staff/me', { cookie: other })).status).toBe(401);
      expect(
        (await api.post('/api/staff/login', { username: 'wangfang', password: PASSWORD })).status,
      ).toBe(401);
      await api.login('wangfang', 'a much better one');
    });
  });
});
