/**
 * What the audit log missed (issue #11 finding 8): a single failed sign-in (only a lock was
 * recorded) and CSV exports (the register could leave the centre without a trace).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, testApi } from '../support/api';
import { forEachStore } from '../support/stores';

const PASSWORD = 'correct horse battery';

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = testApi(db);
    await seedAccount(db, 'wangfang', 'admin', PASSWORD, '王芳');
    const entries = (action: string) =>
      db
        .selectFrom('audit_log')
        .select(['actor_label', 'subject_type', 'subject_id', 'details'])
        .where('action', '=', action)
        .execute();
    return { db, api, entries };
  }

  describe('the audit log', () => {
    it('records each failed sign-in, for a real username and an unknown one', async () => {
      const { api, entries } = await setup();
      for (const username of ['wangfang', 'nobody'])
        expect(
          (
            await api.post(
              '/api/staff/login',
              { username, password: 'wrong wrong wrong' },
              { ip: '10.0.0.7' },
            )
          ).status,
        ).toBe(401);
      const failed = await entries('staff.login_failed');
      expect(failed.map((e) => [e.actor_label, e.subject_type, e.subject_id])).toEqual([
        ['anonymous', 'username', 'wangfang'],
        ['anonymous', 'username', 'nobody'],
      ]);
      expect(JSON.parse(failed[0]?.details ?? '{}')).toEqual({ address: '10.0.0.7' });
    });

    it('records a CSV export with who took it and the filter, but not a page of the same list', async () => {
      const { api, entries } = await setup();
      const cookie = await api.login('wangfang', PASSWORD);
      expect((await api.get('/api/members', { cookie })).status).toBe(200);
      expect(await entries('data.exported')).toEqual([]);
      const csv = await api.get('/api/members?format=csv&q=%E6%9D%8E', { cookie });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      await csv.text();
      const exported = await entries('data.exported');
      expect(exported.map((e) => [e.actor_label, e.subject_type, e.subject_id])).toEqual([
        ['wangfang', 'export', '/members'],
      ]);
      expect(JSON.parse(exported[0]?.details ?? '{}')).toEqual({
        filter: { format: 'csv', q: '李' },
      });
    });
  });
});
