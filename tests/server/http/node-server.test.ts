import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createApi } from '../../../src/server/http/api';
import { seedAccount } from '../support/api';
import { forEachStore } from '../support/stores';

forEachStore((_store, makeDb) => {
  describe('over a real socket (@hono/node-server)', () => {
    it('throttles by the socket address, ignoring X-Forwarded-For unless told to trust a proxy', async () => {
      const db = await makeDb();
      await seedAccount(db, 'wangfang', 'admin', 'correct horse battery');
      const app = new Hono().route('/api', createApi({ db, log: () => {} }));
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise((resolve) => server.once('listening', resolve));
      onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

      const res = await fetch(`${base}/api/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '6.6.6.6' },
        body: JSON.stringify({ username: 'wangfang', password: 'wrong wrong wrong' }),
      });
      expect(res.status).toBe(401);
      const keys = (await db.selectFrom('login_attempts').select('key').execute()).map(
        (r) => r.key,
      );
      expect(keys.sort()).toEqual([
        expect.stringMatching(/^ip:(::ffff:)?127\.0\.0\.1$/),
        'user:wangfang',
      ]);

      const ok = await fetch(`${base}/api/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'wangfang', password: 'correct horse battery' }),
      });
      expect(ok.status).toBe(200);
      const cookie = ok.headers.getSetCookie()[0] ?? '';
      expect(cookie).toMatch(
        /^nx_session=[\w-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Strict$/,
      );
      const me = await fetch(`${base}/api/staff/me`, {
        headers: { cookie: cookie.split(';')[0] ?? '' },
      });
      expect(me.status).toBe(200);
    });
  });
});
