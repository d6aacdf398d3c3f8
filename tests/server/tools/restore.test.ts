import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/server/db/database';
import { migrateToLatest } from '../../../src/server/db/migrate';
import { replaceChange } from '../../../src/server/sync/changes.repository';
import { pull } from '../../../src/server/sync/pull.service';
import { runBackup } from '../../../src/tools/backup';
import { runRestore } from '../../../src/tools/restore';
import { seedAccount } from '../support/api';

/** A centre's SQLite database in a temp folder, with its backup folders. */
async function centre() {
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-restore-'));
  const env = {
    DATABASE_PATH: join(dir, 'centre.db'),
    BACKUP_DIR: join(dir, 'backups'),
    BACKUP_COPY_DIR: join(dir, 'usb'),
  };
  const db = createDatabase(env);
  await migrateToLatest(db);
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  return { dir, env, db, lines, io };
}

const usernames = async (env: { DATABASE_PATH: string }) => {
  const db = createDatabase(env);
  try {
    return (
      await db.selectFrom('staff_accounts').select('username').orderBy('username').execute()
    ).map((r) => r.username);
  } finally {
    await db.destroy();
  }
};

describe('nightly backup and restore (SQLite)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('copies the nightly backup to the second place and prunes old ones in both', async () => {
    const { dir, env, db, lines, io } = await centre();
    dirs.push(dir);
    mkdirSync(env.BACKUP_COPY_DIR);
    // Twenty old nightly backups already in both places.
    for (const place of [env.BACKUP_DIR, env.BACKUP_COPY_DIR]) {
      mkdirSync(place, { recursive: true });
      for (let day = 1; day <= 20; day++)
        writeFileSync(join(place, `centre-202610${String(day).padStart(2, '0')}T020000Z.db`), '');
    }
    const now = () => new Date('2026-12-05T02:00:00Z');
    expect(await runBackup([], env, { ...io, now }), lines.join('\n')).toBe(0);
    await db.destroy();
    for (const place of [env.BACKUP_DIR, env.BACKUP_COPY_DIR]) {
      const names = readdirSync(place);
      expect(names).toContain('centre-20261205T020000Z.db');
      // 14 newest days (tonight + 13 of October), plus older weeks' newest.
      expect(names.length).toBeLessThan(21);
      expect(names).not.toContain('centre-20261001T020000Z.db');
    }
  });

  it('says so, and fails, when the second place is not mounted', async () => {
    const { dir, env, db, lines, io } = await centre();
    dirs.push(dir);
    expect(await runBackup([], env, io)).toBe(1);
    await db.destroy();
    expect(lines.join('\n')).toContain('Is the disk mounted?');
    expect(existsSync(env.BACKUP_COPY_DIR)).toBe(false);
    // The backup on this disk was still made.
    expect(readdirSync(env.BACKUP_DIR)).toHaveLength(1);
  });

  it('puts a backup back, checked and migrated, keeping the database it replaced', async () => {
    const { dir, env, db, lines, io } = await centre();
    dirs.push(dir);
    await seedAccount(db, 'wangfang', 'admin');
    const backup = join(dir, 'before.db');
    expect(await runBackup([backup], env, io)).toBe(0);
    await seedAccount(db, 'lisi', 'staff');
    await db.destroy();
    expect(await usernames(env)).toEqual(['lisi', 'wangfang']);

    expect(await runRestore([backup], env, io), lines.join('\n')).toBe(0);
    expect(lines.join('\n')).toContain('It opens and is migrated');
    expect(await usernames(env)).toEqual(['wangfang']);
    const kept = readdirSync(dir).find((n) => n.startsWith('centre.db.before-restore-'));
    expect(kept).toBeDefined();
    expect(await usernames({ DATABASE_PATH: join(dir, kept as string) })).toEqual([
      'lisi',
      'wangfang',
    ]);
  });

  it('refuses a file that is not a database and changes nothing', async () => {
    const { dir, env, db, lines, io } = await centre();
    dirs.push(dir);
    await seedAccount(db, 'wangfang', 'admin');
    await db.destroy();
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all, just some text that is long enough'.repeat(100));
    expect(await runRestore([junk], env, io)).toBe(1);
    expect(lines.join('\n')).toContain('nothing was changed');
    expect(await usernames(env)).toEqual(['wangfang']);
    expect(readdirSync(dir).some((n) => n.includes('before-restore'))).toBe(false);
  });

  it('refuses, after a restore, pull cursors the restore lost, and numbers new changes above them', async () => {
    const { dir, env, db, lines, io } = await centre();
    dirs.push(dir);
    const now = new Date('2026-12-05T08:00:00Z');
    const publish = (key: string) =>
      replaceChange(db, {
        type: 'test.item',
        key,
        op: 'put',
        data: '{}',
        created_at: now.toISOString(),
      });
    await publish('a');
    const before = (await pull(db, null, now)).cursor;
    const backup = join(dir, 'before.db');
    expect(await runBackup([backup], env, io)).toBe(0);
    await publish('b');
    await publish('c');
    // A kiosk pulled b and c, which the backup does not have.
    const lostCursor = (await pull(db, before, now)).cursor;
    expect(Number(lostCursor)).toBeGreaterThan(Number(before));
    await db.destroy();

    expect(await runRestore([backup], env, io), lines.join('\n')).toBe(0);
    const restored = createDatabase(env);
    try {
      await replaceChange(restored, {
        type: 'test.item',
        key: 'd',
        op: 'put',
        data: '{}',
        created_at: now.toISOString(),
      });
      // The kiosk that pulled b and c is told to start again (invalid_cursor), even now that
      // the feed has passed its number; a kiosk from before the backup carries on.
      await expect(pull(restored, lostCursor, now)).rejects.toMatchObject({
        code: 'invalid_cursor',
      });
      const carryOn = await pull(restored, before, now);
      expect(carryOn.changes.map((c) => c.key)).toEqual(['d']);
      expect(Number(carryOn.cursor)).toBeGreaterThan(Number(lostCursor));
      expect((await pull(restored, null, now)).changes.map((c) => c.key)).toEqual(['a', 'd']);
    } finally {
      await restored.destroy();
    }
  });
});
