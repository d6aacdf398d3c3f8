/**
 * The kiosk says the name of whoever takes an elder's call ("工作人员 王芳 马上来"), so the first
 * admin, seeded as "管理员", is asked for a real name, and an admin can correct any account's.
 */
import { describe, expect, it } from 'vitest';
import { seedDemoAdmin } from '../../../src/server/staff/seed';
import { type ErrorJson, seedAccount, testApi } from '../support/api';
import { forEachStore } from '../support/stores';

const PASSWORD = 'correct horse battery';

interface MeJson {
  staff: { name: string; nameConfirmed: boolean };
}

forEachStore((_store, makeDb) => {
  async function renames(db: Awaited<ReturnType<typeof makeDb>>) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['actor_id', 'subject_id', 'details'])
      .where('action', '=', 'staff.renamed')
      .execute();
    return rows.map((r) => ({
      ...r,
      details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details,
    }));
  }

  describe('the first admin names themselves', () => {
    it('is asked until they give a name, which is kept, audited and no longer asked', async () => {
      const db = await makeDb();
      const api = testApi(db);
      const seeded = await seedDemoAdmin(db);
      if (!seeded) throw new Error('no admin was seeded');
      const cookie = await api.login(seeded.username, seeded.password);

      const before = (await (await api.get('/api/staff/me', { cookie })).json()) as MeJson;
      expect(before.staff).toMatchObject({ name: '管理员', nameConfirmed: false });

      const empty = await api.post('/api/staff/me/name', { name: '   ' }, { cookie });
      expect(empty.status).toBe(400);
      expect(((await empty.json()) as ErrorJson).error.fields?.[0]?.path).toBe('name');

      const named = await api.post('/api/staff/me/name', { name: ' 李主任 ' }, { cookie });
      expect(named.status).toBe(200);
      expect(((await named.json()) as MeJson).staff).toMatchObject({
        name: '李主任',
        nameConfirmed: true,
      });
      const after = (await (await api.get('/api/staff/me', { cookie })).json()) as MeJson;
      expect(after.staff).toMatchObject({ name: '李主任', nameConfirmed: true });
      expect(await renames(db)).toEqual([
        expect.objectContaining({
          details: { username: 'admin', oldName: '管理员', newName: '李主任' },
        }),
      ]);
    });

    it('never asks an account an admin added with a name', async () => {
      const db = await makeDb();
      const api = testApi(db);
      await seedAccount(db, 'wangfang', 'staff', PASSWORD, '王芳');
      const cookie = await api.login('wangfang', PASSWORD);
      const me = (await (await api.get('/api/staff/me', { cookie })).json()) as MeJson;
      expect(me.staff).toMatchObject({ name: '王芳', nameConfirmed: true });
    });
  });

  describe('an admin renames an account', () => {
    it('changes the name staff and elders see, audited; other roles are refused', async () => {
      const db = await makeDb();
      const api = testApi(db);
      await seedAccount(db, 'boss', 'admin', PASSWORD, '李主任');
      const helperId = await seedAccount(db, 'wangfang', 'staff', PASSWORD, 'wang');
      const admin = await api.login('boss', PASSWORD);
      const helper = await api.login('wangfang', PASSWORD);

      const refused = await api.post(
        `/api/staff/accounts/${helperId}/name`,
        { name: '王芳' },
        { cookie: helper },
      );
      expect(refused.status).toBe(403);

      const res = await api.post(
        `/api/staff/accounts/${helperId}/name`,
        { name: '王芳' },
        { cookie: admin },
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as { account: { name: string } }).account.name).toBe('王芳');
      // Their own console sees the new name at its next request; their session goes on.
      const me = (await (await api.get('/api/staff/me', { cookie: helper })).json()) as MeJson;
      expect(me.staff.name).toBe('王芳');
      expect(await renames(db)).toEqual([
        expect.objectContaining({
          subject_id: helperId,
          details: { username: 'wangfang', oldName: 'wang', newName: '王芳' },
        }),
      ]);

      const missing = await api.post(
        '/api/staff/accounts/no-such-id/name',
        { name: '王芳' },
        { cookie: admin },
      );
      expect(missing.status).toBe(404);
    });
  });
});
