import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { setStaffDisabled, setStaffRole } from '../../../src/server/staff/staff.service';
import { type ErrorJson, seedAccount, testApi } from '../support/api';
import { forEachStore } from '../support/stores';

const PASSWORD = 'correct horse battery';

interface AccountJson {
  id: string;
  name: string;
  username: string;
  role: string;
  disabled: boolean;
  lockedUntil: string | null;
}

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = testApi(db);
    const adminId = await seedAccount(db, 'wangfang', 'admin', PASSWORD, '王芳');
    const admin = await api.login('wangfang', PASSWORD);
    const counts = async () => ({
      accounts: (await db.selectFrom('staff_accounts').select('id').execute()).length,
      audit: (await db.selectFrom('audit_log').select('id').execute()).length,
    });
    return { db, api, adminId, admin, counts };
  }

  describe('requirePermission', () => {
    it('answers 401 without a session and 403, readably, for the wrong role', async () => {
      const { api, db } = await setup();
      const none = await api.get('/api/staff/accounts');
      expect(none.status).toBe(401);
      expect(((await none.json()) as ErrorJson).error.code).toBe('not_logged_in');

      await seedAccount(db, 'chef', 'kitchen');
      const chef = await api.login('chef', PASSWORD);
      const wrong = await api.get('/api/staff/accounts', { cookie: chef });
      expect(wrong.status).toBe(403);
      expect(((await wrong.json()) as ErrorJson).error).toEqual({
        code: 'wrong_role',
        message: 'Only admin accounts can do this; you are signed in as kitchen.',
      });
      // The role check runs before the body is even read.
      const post = await api.post('/api/staff/accounts', { nonsense: true }, { cookie: chef });
      expect(post.status).toBe(403);
    });

    it('applies a role change at the next request, not at the next login', async () => {
      const { api, db } = await setup();
      const id = await seedAccount(db, 'second', 'admin');
      const second = await api.login('second', PASSWORD);
      expect((await api.get('/api/staff/accounts', { cookie: second })).status).toBe(200);
      await db
        .updateTable('staff_accounts')
        .set({ role: 'trainer' })
        .where('id', '=', id)
        .execute();
      expect((await api.get('/api/staff/accounts', { cookie: second })).status).toBe(403);
    });
  });

  describe('adding staff', () => {
    it('adds an account with a generated password shown once, audited with the change', async () => {
      const { api, db, admin, adminId } = await setup();
      const res = await api.post(
        '/api/staff/accounts',
        { name: ' 李雷 ', username: 'LiLei', role: 'kitchen' },
        { cookie: admin },
      );
      expect(res.status).toBe(201);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = (await res.json()) as { account: AccountJson; password: string };
      expect(body.account).toMatchObject({
        name: '李雷',
        username: 'lilei',
        role: 'kitchen',
        disabled: false,
      });
      expect(body.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

      const stored = await db
        .selectFrom('staff_accounts')
        .selectAll()
        .where('username', '=', 'lilei')
        .executeTakeFirstOrThrow();
      expect(stored.password_hash).toMatch(/^scrypt\$/);
      expect(stored.password_hash).not.toContain(body.password);

      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'staff.created')
        .where('subject_id', '=', body.account.id)
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actor_id: adminId,
        actor_label: 'wangfang',
        subject_type: 'staff_account',
      });
      expect(JSON.parse(audit[0]?.details ?? '')).toEqual({
        name: '李雷',
        username: 'lilei',
        role: 'kitchen',
      });
      expect(audit[0]?.details).not.toContain(body.password);

      await api.login('lilei', body.password);
      const list = await api.get('/api/staff/accounts', { cookie: admin });
      const { accounts } = (await list.json()) as { accounts: AccountJson[] };
      expect(accounts.map((a) => a.username).sort()).toEqual(['lilei', 'wangfang']);
      expect(JSON.stringify(accounts)).not.toContain('scrypt');
    });

    it('takes a chosen password, and refuses a taken username without writing anything', async () => {
      const { api, admin, counts } = await setup();
      const chosen = await api.post(
        '/api/staff/accounts',
        { name: 'Trainer', username: 'coach', role: 'trainer', password: 'tai chi every morning' },
        { cookie: admin },
      );
      expect(chosen.status).toBe(201);
      expect(((await chosen.json()) as { password: unknown }).password).toBeNull();
      await api.login('coach', 'tai chi every morning');

      const before = await counts();
      const again = await api.post(
        '/api/staff/accounts',
        { name: 'Other', username: 'COACH', role: 'staff' },
        { cookie: admin },
      );
      expect(again.status).toBe(409);
      expect(((await again.json()) as ErrorJson).error).toEqual({
        code: 'username_taken',
        message: 'The username "coach" is already taken.',
      });
      expect(await counts()).toEqual(before);
    });

    it('lists every field that is wrong and writes nothing', async () => {
      const { api, admin, counts } = await setup();
      const before = await counts();
      const res = await api.post(
        '/api/staff/accounts',
        { name: '', username: '王', role: 'boss', password: 'short' },
        { cookie: admin },
      );
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorJson;
      expect(error.code).toBe('invalid_input');
      expect(error.fields?.map((f) => f.path)).toEqual(['name', 'username', 'role', 'password']);
      expect(error.fields?.find((f) => f.path === 'role')?.message).toBe(
        'Choose a role: admin, staff, kitchen, trainer.',
      );
      expect(error.message).toContain('password: A password has at least 10 characters.');
      expect(await counts()).toEqual(before);
    });

    it('rolls the change back when its audit entry cannot be written', async () => {
      const { api, db, admin, counts } = await setup();
      const before = await counts();
      await db.schema.dropTable('audit_log').execute();
      const res = await api.post(
        '/api/staff/accounts',
        { name: 'Ghost', username: 'ghost', role: 'staff' },
        { cookie: admin },
      );
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        error: {
          code: 'internal_error',
          message: 'Something went wrong on the server. It has been logged; please try again.',
        },
      });
      expect(text).not.toMatch(/audit_log|at .*\.ts|stack/i);
      expect(api.logs.some((l) => l.level === 'error' && l.msg === 'unhandled error')).toBe(true);
      const accounts = await db.selectFrom('staff_accounts').select('username').execute();
      expect(accounts).toHaveLength(before.accounts);
      expect(accounts.map((a) => a.username)).not.toContain('ghost');
    });
  });

  describe('disabling and resetting', () => {
    it('disables an account: its sessions end and it cannot log in; enabling undoes it', async () => {
      const { api, db, admin, adminId } = await setup();
      const id = await seedAccount(db, 'helper', 'staff');
      const helper = await api.login('helper', PASSWORD);

      const res = await api.post(`/api/staff/accounts/${id}/disable`, undefined, { cookie: admin });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { account: AccountJson }).account.disabled).toBe(true);
      expect((await api.get('/api/staff/me', { cookie: helper })).status).toBe(401);
      expect(
        (await api.post('/api/staff/login', { username: 'helper', password: PASSWORD })).status,
      ).toBe(403);
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'staff.disabled')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: adminId, subject_id: id });

      // Disabling again changes nothing and records nothing.
      await api.post(`/api/staff/accounts/${id}/disable`, undefined, { cookie: admin });
      expect(
        await db
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'staff.disabled')
          .execute(),
      ).toHaveLength(1);

      expect(
        (await api.post(`/api/staff/accounts/${id}/enable`, undefined, { cookie: admin })).status,
      ).toBe(200);
      await api.login('helper', PASSWORD);
    });

    it('exports the accounts as CSV for admins, never a password', async () => {
      const { api, db, admin } = await setup();
      await seedAccount(db, 'cook', 'kitchen');
      const res = await api.get('/api/staff/accounts?format=csv', { cookie: admin });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const text = await res.text();
      expect(text.split('\r\n')[0]).toBe('username,name,role,disabled,locked_until,created_at');
      expect(text).toContain('cook,Test cook,kitchen,no,,');
      expect(text).not.toMatch(/scrypt|password_hash|\$/);
      expect((await api.get('/api/staff/accounts?format=xls', { cookie: admin })).status).toBe(400);
    });

    it('changes a role: audited, the sessions end, never one’s own or the last admin’s', async () => {
      const { api, db, admin, adminId } = await setup();
      const id = await seedAccount(db, 'cook', 'kitchen');
      const cook = await api.login('cook', PASSWORD);
      const res = await api.post(
        `/api/staff/accounts/${id}/role`,
        { role: 'staff' },
        { cookie: admin },
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as { account: AccountJson }).account.role).toBe('staff');
      expect((await api.get('/api/staff/me', { cookie: cook })).status).toBe(401);
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'staff.role_changed')
        .execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({
        username: 'cook',
        from: 'kitchen',
        to: 'staff',
      });
      const own = await api.post(
        `/api/staff/accounts/${adminId}/role`,
        { role: 'staff' },
        { cookie: admin },
      );
      expect(own.status).toBe(409);
      await expect(
        setStaffRole(db, { kind: 'cli' }, { id: adminId }, 'staff', new Date()),
      ).rejects.toMatchObject({ code: 'last_admin' });
      const bad = await api.post(
        `/api/staff/accounts/${id}/role`,
        { role: 'chef' },
        { cookie: admin },
      );
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as ErrorJson).error.message).toContain('Choose a role');
      const staffUser = await api.login('cook', PASSWORD);
      expect(
        (await api.post(`/api/staff/accounts/${id}/role`, { role: 'admin' }, { cookie: staffUser }))
          .status,
      ).toBe(403);
    });

    it('keeps the centre from losing its admins', async () => {
      const { api, db, admin, adminId } = await setup();
      const self = await api.post(`/api/staff/accounts/${adminId}/disable`, undefined, {
        cookie: admin,
      });
      expect(self.status).toBe(409);
      expect(((await self.json()) as ErrorJson).error.message).toBe(
        'You cannot disable your own account.',
      );
      await expect(
        setStaffDisabled(db, { kind: 'cli' }, { id: adminId }, true, new Date()),
      ).rejects.toMatchObject({
        code: 'last_admin',
      });
      const missing = await api.post('/api/staff/accounts/no-such-id/disable', undefined, {
        cookie: admin,
      });
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as ErrorJson).error.code).toBe('staff_not_found');
    });

    it('resets a password: the old one stops working, sessions end, a lock is lifted', async () => {
      const { api, db, admin } = await setup();
      const id = await seedAccount(db, 'helper', 'staff');
      const helper = await api.login('helper', PASSWORD);
      for (let i = 0; i < 5; i++)
        await api.post('/api/staff/login', { username: 'helper', password: 'wrong wrong wrong' });
      const locked = await api.get('/api/staff/accounts', { cookie: admin });
      const { accounts } = (await locked.json()) as { accounts: AccountJson[] };
      expect(accounts.find((a) => a.id === id)?.lockedUntil).toBe('2026-11-24T08:15:00.000Z');

      const res = await api.post(`/api/staff/accounts/${id}/reset-password`, {}, { cookie: admin });
      expect(res.status).toBe(200);
      const { password } = (await res.json()) as { password: string };
      expect((await api.get('/api/staff/me', { cookie: helper })).status).toBe(401);
      expect(
        (await api.post('/api/staff/login', { username: 'helper', password: PASSWORD })).status,
      ).toBe(401);
      await api.login('helper', password);
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'staff.password_reset')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]?.details).not.toContain(password);

      const chosen = await api.post(
        `/api/staff/accounts/${id}/reset-password`,
        { password: 'another good one' },
        { cookie: admin },
      );
      expect(((await chosen.json()) as { password: unknown }).password).toBeNull();
      await api.login('helper', 'another good one');
    });
  });

  it('answers 500 without details when the store fails under a request', async () => {
    const { api, db, admin } = await setup();
    await sql`drop table staff_sessions`.execute(db);
    const res = await api.get('/api/staff/me', { cookie: admin });
    expect(res.status).toBe(500);
    expect(((await res.json()) as ErrorJson).error.code).toBe('internal_error');
    const logged = api.logs.find((l) => l.msg === 'unhandled error');
    expect(logged).toMatchObject({ level: 'error', method: 'GET', path: '/api/staff/me' });
    expect(JSON.stringify(logged?.error)).toContain('staff_sessions');
  });
});
