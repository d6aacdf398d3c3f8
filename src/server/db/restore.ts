/**
 * Putting a SQLite backup back in place of the centre's database. The server must be stopped
 * (systemctl stop nuanxin): the restore swaps the file under it. The backup is checked first
 * and migrated to this version's schema in a copy beside the database, so a bad or too-new
 * backup leaves the running database untouched; the database it replaces is kept beside it.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { openSqlite } from './database';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

export interface RestoreResult {
  /** Where the database that was replaced now is (null when there was none). */
  previous: string | null;
  /** Migrations the backup needed to reach this version's schema. */
  migrated: string[];
  /** How many staff accounts and members the restored database holds (a quick sanity line). */
  staff: number;
  members: number;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

function stampOf(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(/[-:]/g, '');
}

/** Restores `backupPath` over `databasePath`; throws, changing nothing, when the backup is bad. */
export async function restoreSqlite(
  backupPath: string,
  databasePath: string,
  now: Date = new Date(),
): Promise<RestoreResult> {
  if (!existsSync(backupPath)) throw new Error(`There is no backup at ${backupPath}.`);
  const backup = new BetterSqlite3(backupPath, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new Error(`${backupPath} failed its integrity check: ${String(check)}`);
  } catch (error) {
    throw new Error(`${backupPath} is not a usable SQLite database: ${(error as Error).message}`);
  } finally {
    backup.close();
  }

  // Migrate a copy first: the live file is replaced only by a database that opens and migrates.
  const staging = `${databasePath}.restoring`;
  for (const suffix of ['', ...SIDE_FILES]) rmSync(`${staging}${suffix}`, { force: true });
  copyFileSync(backupPath, staging);
  let result: Omit<RestoreResult, 'previous'>;
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: openSqlite(staging) }),
  });
  try {
    const migrated = await migrateToLatest(db);
    const count = async (table: 'staff_accounts' | 'members') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    result = { migrated, staff: await count('staff_accounts'), members: await count('members') };
  } catch (error) {
    await db.destroy();
    for (const suffix of ['', ...SIDE_FILES]) rmSync(`${staging}${suffix}`, { force: true });
    throw error;
  }
  // Closing the last connection checkpoints the WAL into the file, so it can move alone.
  await db.destroy();

  let previous: string | null = null;
  if (existsSync(databasePath)) {
    previous = `${databasePath}.before-restore-${stampOf(now)}`;
    for (const suffix of ['', ...SIDE_FILES])
      if (existsSync(`${databasePath}${suffix}`))
        renameSync(`${databasePath}${suffix}`, `${previous}${suffix}`);
  }
  renameSync(staging, databasePath);
  for (const suffix of SIDE_FILES) rmSync(`${staging}${suffix}`, { force: true });
  return { previous, ...result };
}
