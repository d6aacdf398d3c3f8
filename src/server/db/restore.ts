/**
 * Putting a SQLite backup back in place of the centre's database. The server must be stopped
 * (systemctl stop nuanxin): the restore swaps the file under it. The backup is checked first
 * and migrated to this version's schema in a copy beside the database, so a bad or too-new
 * backup leaves the running database untouched; the database it replaces is kept beside it.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresAdapter, SqliteDialect, sql } from 'kysely';
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
  /** Pull cursors in this stretch came from the replaced database: kiosks holding one pull afresh. */
  lost: { afterSeq: number; throughSeq: number };
}

/**
 * Without the replaced database to read, the feed goes on this far above the backup's last
 * number: far more changes than a centre makes between a backup and a restore.
 */
const UNKNOWN_LOSS = 1_000_000;

/** The highest change-feed number a SQLite file ever handed out (0 when none; null if unreadable). */
function feedEnd(path: string): number | null {
  if (!existsSync(path)) return null;
  let file: BetterSqlite3.Database | undefined;
  try {
    file = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const row = file
      .prepare(
        `select max(coalesce((select max(seq) from changes), 0),
                    coalesce((select seq from sqlite_sequence where name = 'changes'), 0)) as seq`,
      )
      .get() as { seq: number };
    return Number(row.seq);
  } catch {
    return null;
  } finally {
    file?.close();
  }
}

/**
 * Opens a new stretch of the change feed above anything the replaced database handed out, and
 * records the stretch the restore lost (pull.service.ts refuses cursors in it).
 */
async function openNewStretch(
  db: Kysely<Database>,
  backupEnd: number,
  replacedEnd: number | null,
  now: Date,
): Promise<{ afterSeq: number; throughSeq: number }> {
  const throughSeq = Math.max(replacedEnd ?? backupEnd + UNKNOWN_LOSS, backupEnd);
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // bigserial's sequence: the next change gets throughSeq + 1.
    await sql`select setval(pg_get_serial_sequence('changes', 'seq'), ${throughSeq})`.execute(db);
  } else {
    // AUTOINCREMENT's counter: the next change gets throughSeq + 1.
    const counted =
      await sql`update sqlite_sequence set seq = ${throughSeq} where name = 'changes'`.execute(db);
    if (Number(counted.numAffectedRows ?? 0) === 0)
      await sql`insert into sqlite_sequence (name, seq) values ('changes', ${throughSeq})`.execute(
        db,
      );
  }
  await db
    .insertInto('database_restores')
    .values({
      restored_at: now.toISOString(),
      lost_after_seq: backupEnd,
      lost_through_seq: throughSeq,
    })
    .execute();
  return { afterSeq: backupEnd, throughSeq };
}

/**
 * After `pg_restore` put a dump back (PostgreSQL): migrates it and opens a new stretch of the
 * change feed, as restoreSqlite does. The replaced database is gone by then, so the lost stretch
 * is the million numbers above the dump's last one.
 */
export async function afterPostgresRestore(
  db: Kysely<Database>,
  now: Date = new Date(),
): Promise<{ migrated: string[]; lost: { afterSeq: number; throughSeq: number } }> {
  const migrated = await migrateToLatest(db);
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  // The sequence bigserial made for changes.seq (it may have run past the last row kept).
  const { rows } = await sql<{ last: string | number; called: boolean }>`
    select last_value as last, is_called as called from changes_seq_seq`.execute(db);
  const sequenceEnd = rows[0]?.called ? Number(rows[0].last) : 0;
  const backupEnd = Math.max(Number(row?.seq ?? 0), sequenceEnd);
  const lost = await openNewStretch(db, backupEnd, null, now);
  return { migrated, lost };
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
    const backupEnd = feedEnd(staging) ?? 0;
    const lost = await openNewStretch(db, backupEnd, feedEnd(databasePath), now);
    result = {
      migrated,
      staff: await count('staff_accounts'),
      members: await count('members'),
      lost,
    };
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
