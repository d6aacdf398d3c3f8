import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultBackupPath } from '../../../src/server/db/backup';
import { runBackup } from '../../../src/tools/backup';
import { seedAccount } from '../support/api';
import { forEachStore } from '../support/stores';

forEachStore((store, _makeDb, { makeTestDb }) => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function setup() {
    const { db, env } = await makeTestDb();
    const out: string[] = [];
    const err: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'nuanxin-backup-'));
    dirs.push(dir);
    const run = (...args: string[]) =>
      runBackup(args, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { db, env, out, err, dir, run };
  }

  describe('npm run backup', () => {
    if (store === 'postgres') {
      it('refuses PostgreSQL and says to use pg_dump, without printing the URL', async () => {
        const { env, err, run } = await setup();
        expect(await run()).toBe(1);
        const message = err.join('\n');
        expect(message).toContain('PostgreSQL');
        expect(message).toContain('pg_dump');
        expect(message).not.toContain(env.DATABASE_URL);
      });
      return;
    }

    it('copies the live database to one self-contained, consistent file', async () => {
      const { db, out, dir, run } = await setup();
      await seedAccount(db, 'wangfang', 'admin');
      const dest = join(dir, 'copy.db');
      // The server's connection stays open (and in WAL mode) throughout.
      expect(await run(dest)).toBe(0);
      expect(out.join('\n')).toContain('integrity checked');
      const copy = new BetterSqlite3(dest, { readonly: true });
      try {
        expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
        const rows = copy.prepare('select username from staff_accounts').all();
        expect(rows).toEqual([{ username: 'wangfang' }]);
      } finally {
        copy.close();
      }
      expect(existsSync(`${dest}-wal`)).toBe(false);
    });

    it('refuses to overwrite an existing file', async () => {
      const { err, dir, run } = await setup();
      const dest = join(dir, 'copy.db');
      expect(await run(dest)).toBe(0);
      expect(await run(dest)).toBe(1);
      expect(err.at(-1)).toContain('already exists');
    });

    it('names default backups by time under data/backups', () => {
      expect(defaultBackupPath(new Date('2026-11-24T19:40:17.123Z'), '/srv/data/backups')).toBe(
        '/srv/data/backups/centre-20261124T194017Z.db',
      );
    });

    it('explains a missing database', async () => {
      const { err, dir } = await setup();
      const code = await runBackup(
        [join(dir, 'x.db')],
        { DATABASE_PATH: join(dir, 'none.db') },
        {
          out: () => {},
          err: (l) => err.push(l),
        },
      );
      expect(code).toBe(1);
      expect(err.at(-1)).toContain('There is no database at');
    });
  });
});
