import { describe, expect, it } from 'vitest';
import { seedDemoAdmin } from '../../../src/server/staff/seed';
import { runStaffCli } from '../../../src/tools/staff';
import { testApi } from '../support/api';
import { forEachStore } from '../support/stores';

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const out: string[] = [];
    const err: string[] = [];
    let stdin = '';
    const run = (...argv: string[]) =>
      runStaffCli(argv, {
        db,
        readStdin: async () => stdin,
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        now: () => new Date('2026-11-24T08:00:00.000Z'),
      });
    return {
      db,
      run,
      out,
      err,
      setStdin: (text: string) => {
        stdin = text;
      },
    };
  }

  describe('npm run staff', () => {
    it('adds an admin with a generated password printed once, audited as "cli"', async () => {
      const { db, run, out } = await setup();
      expect(await run('add', '--name', '王芳', '--username', 'wangfang', '--role', 'admin')).toBe(
        0,
      );
      expect(out[0]).toBe('Added wangfang (王芳, admin).');
      const password = /^Password for wangfang: (\S+)$/.exec(out[1] ?? '')?.[1];
      expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      await testApi(db).login('wangfang', password ?? '');
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'staff.created')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: null, actor_label: 'cli' });
    });

    it('reads a chosen password from stdin, keeping all but the final line break', async () => {
      const { db, run, out, setStdin } = await setup();
      setStdin('  spaces count too \n');
      expect(
        await run(
          'add',
          '--name',
          'Li',
          '--username',
          'lilei',
          '--role',
          'kitchen',
          '--password-stdin',
        ),
      ).toBe(0);
      expect(out.join('\n')).not.toContain('Password for');
      await testApi(db).login('lilei', '  spaces count too ');
    });

    it('lists, disables, enables and resets, with the same rules as the console', async () => {
      const { db, run, out, err, setStdin } = await setup();
      await run('add', '--name', '王芳', '--username', 'wangfang', '--role', 'admin');
      await run('add', '--name', 'Helper', '--username', 'helper', '--role', 'staff');
      out.length = 0;
      expect(await run('list')).toBe(0);
      expect(out).toEqual([
        'helper               staff    enabled    Helper',
        'wangfang             admin    enabled    王芳',
      ]);
      out.length = 0;
      expect(await run('list', '--json')).toBe(0);
      expect(JSON.parse(out.join('\n'))).toHaveLength(2);

      expect(await run('disable', '--username', 'helper')).toBe(0);
      expect(await run('disable', '--username', 'wangfang')).toBe(1);
      expect(err.at(-1)).toBe(
        'This is the only enabled admin account; add or enable another admin first.',
      );
      expect(await run('enable', '--username', 'helper')).toBe(0);

      setStdin('a brand new password\n');
      expect(await run('reset-password', '--username', 'helper', '--password-stdin')).toBe(0);
      await testApi(db).login('helper', 'a brand new password');

      const actions = await db
        .selectFrom('audit_log')
        .select(['action', 'actor_label'])
        .where('actor_label', '=', 'cli')
        .orderBy('at')
        .orderBy('id')
        .execute();
      expect(actions.map((a) => a.action)).toEqual([
        'staff.created',
        'staff.created',
        'staff.disabled',
        'staff.enabled',
        'staff.password_reset',
      ]);
    });

    it('explains mistakes and exits non-zero', async () => {
      const { run, err, setStdin } = await setup();
      expect(await run()).toBe(2);
      expect(err.at(-1)).toContain('Usage: npm run staff');
      expect(await run('frobnicate')).toBe(2);
      expect(err.at(-1)).toContain('There is no command "frobnicate".');
      expect(await run('add', '--name', 'X', '--username', 'xavier')).toBe(1);
      expect(err.at(-1)).toBe('add needs --role.');
      expect(await run('add', '--name', 'X', '--username', 'xavier', '--role', 'boss')).toBe(1);
      expect(err.at(-1)).toBe(
        'Some details are not right: Choose a role: admin, staff, kitchen, trainer.',
      );
      expect(await run('disable', '--username', 'nobody')).toBe(1);
      expect(err.at(-1)).toBe('There is no staff account "nobody".');
      setStdin('short\n');
      expect(
        await run(
          'add',
          '--name',
          'X',
          '--username',
          'xavier',
          '--role',
          'staff',
          '--password-stdin',
        ),
      ).toBe(1);
      expect(err.at(-1)).toContain('A password has at least 10 characters.');
      expect(await run('list', '--colour')).toBe(2);
    });
  });

  describe('seedDemoAdmin', () => {
    it('creates "admin" once, when there are no accounts, and returns its password', async () => {
      const { db } = await setup();
      const seeded = await seedDemoAdmin(db);
      expect(seeded?.username).toBe('admin');
      await testApi(db).login('admin', seeded?.password ?? '');
      expect(await seedDemoAdmin(db)).toBeNull();
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'staff.created')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actor_label).toBe('system');
      expect(audit[0]?.details).not.toContain(seeded?.password ?? '');
    });

    it('does nothing when any account exists', async () => {
      const { db, run } = await setup();
      await run('add', '--name', 'Helper', '--username', 'helper', '--role', 'staff');
      expect(await seedDemoAdmin(db)).toBeNull();
    });
  });
});
