/**
 * Cross-site request forgery (issue #11 finding 3): an auto-submitting form on another port of the
 * centre server's address carried the staff cookie (SameSite ignores ports) and disabled a staff
 * account and imported a member. Each attack below is what such a page makes the browser send.
 */
import { describe, expect, it } from 'vitest';
import { type ErrorJson, seedAccount, testApi } from '../support/api';
import { forEachStore } from '../support/stores';

const PASSWORD = 'correct horse battery';
const CSV = '卡号,姓名,出生日期,本地户籍\n10004,刘德明,1950-01-20,是\n';

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = testApi(db);
    await seedAccount(db, 'wangfang', 'admin', PASSWORD);
    const victim = await seedAccount(db, 'lishi', 'staff', PASSWORD);
    const admin = await api.login('wangfang', PASSWORD);
    const send = (path: string, headers: Record<string, string>, body?: string) =>
      api.app.request(`http://centre.test${path}`, {
        method: 'POST',
        headers: { cookie: admin, ...headers },
        ...(body === undefined ? {} : { body }),
      });
    const disabled = async () =>
      (
        await db
          .selectFrom('staff_accounts')
          .select('disabled')
          .where('id', '=', victim)
          .executeTakeFirstOrThrow()
      ).disabled;
    const members = async () => (await db.selectFrom('members').select('id').execute()).length;
    return { db, api, victim, send, disabled, members };
  }
  const errorOf = async (res: Response) => ((await res.json()) as ErrorJson).error;

  describe('changes from another page are refused', () => {
    it('refuses a form from another port of the same address, and changes nothing', async () => {
      const { victim, send, disabled } = await setup();
      const res = await send(`/api/staff/accounts/${victim}/disable`, {
        origin: 'http://centre.test:8081',
        'sec-fetch-site': 'same-site',
      });
      expect(res.status).toBe(403);
      expect(await errorOf(res)).toEqual({
        code: 'cross_origin',
        message:
          'This change was sent from another web page, so it was refused. Make it in the staff console itself.',
      });
      expect(await disabled()).toBe(0);
    });

    it('refuses on Origin alone, and on Sec-Fetch-Site alone', async () => {
      const { victim, send, disabled } = await setup();
      for (const headers of [
        { origin: 'http://evil.example' } as Record<string, string>,
        { origin: 'https://centre.test' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'none' },
      ]) {
        const res = await send(`/api/staff/accounts/${victim}/disable`, headers);
        expect({ headers, status: res.status }).toEqual({ headers, status: 403 });
      }
      expect(await disabled()).toBe(0);
    });

    it('refuses a member import sent as a form (text/plain), even from its own origin', async () => {
      const { send, members } = await setup();
      const before = await members();
      for (const headers of [
        { 'content-type': 'text/plain', origin: 'http://centre.test:8081' } as Record<
          string,
          string
        >,
        { 'content-type': 'text/plain', origin: 'http://centre.test' },
        { 'content-type': 'text/plain' },
        { 'content-type': 'multipart/form-data; boundary=x' },
      ]) {
        const res = await send('/api/members/import', headers, CSV);
        expect([403, 415]).toContain(res.status);
      }
      expect(await members()).toBe(before);
    });

    it('refuses an empty form post (a body-less change) from the same origin', async () => {
      const { victim, send, disabled } = await setup();
      const res = await send(`/api/staff/accounts/${victim}/disable`, {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(res.status).toBe(415);
      expect((await errorOf(res)).code).toBe('unsupported_media_type');
      expect(await disabled()).toBe(0);
    });
  });

  describe('the console itself still works', () => {
    it('accepts a change from its own page, as the browser labels it', async () => {
      const { victim, send, disabled } = await setup();
      const res = await send(`/api/staff/accounts/${victim}/disable`, {
        origin: 'http://centre.test',
        'sec-fetch-site': 'same-origin',
      });
      expect(res.status).toBe(200);
      expect(await disabled()).toBe(1);
    });

    it('accepts a members file as text/csv from its own page', async () => {
      const { send, members } = await setup();
      const before = await members();
      const res = await send(
        '/api/members/import',
        {
          'content-type': 'text/csv; charset=utf-8',
          origin: 'http://centre.test',
          'sec-fetch-site': 'same-origin',
        },
        CSV,
      );
      expect(res.status).toBe(200);
      expect(await members()).toBe(before + 1);
    });

    it('behind the centre’s reverse proxy, compares with the address the proxy was asked for', async () => {
      const { victim, send, disabled } = await setup();
      const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'nuanxin.centre.lan' };
      const foreign = await send(`/api/staff/accounts/${victim}/disable`, {
        ...proxied,
        origin: 'http://centre.test',
      });
      expect(foreign.status).toBe(403);
      const own = await send(`/api/staff/accounts/${victim}/disable`, {
        ...proxied,
        origin: 'https://nuanxin.centre.lan',
        'sec-fetch-site': 'same-origin',
      });
      expect(own.status).toBe(200);
      expect(await disabled()).toBe(1);
    });

    it('leaves reading alone: a GET from anywhere is answered by the role checks', async () => {
      const { api } = await setup();
      const res = await api.app.request('http://centre.test/api/staff/me', {
        headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      });
      expect(res.status).toBe(401);
    });
  });
});
