import { testClient } from 'hono/testing';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/server/http/api';
import { seedAccount } from '../support/api';
import { forEachStore } from '../support/stores';

forEachStore((_store, makeDb) => {
  describe("Hono's typed client", () => {
    it('sees the routes and their inputs, so a changed route breaks the compile', async () => {
      const db = await makeDb();
      await seedAccount(db, 'wangfang', 'admin', 'correct horse battery');
      const client = testClient(createApi({ db, log: () => {} }));
      const res = await client.staff.login.$post({
        json: { username: 'wangfang', password: 'correct horse battery' },
      });
      expect(res.status).toBe(200);
      if (res.status === 200) {
        const body = await res.json();
        // Typed: body.staff.role is StaffRole.
        expect(body.staff.role).toBe('admin');
      }
      const wrong = client.staff.accounts.$post({
        // @ts-expect-error: role must be one of the staff roles.
        json: { name: 'x', username: 'xyz', role: 'boss' },
      });
      expect((await wrong).status).toBe(401);
    });
  });
});
