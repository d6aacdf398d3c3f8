/**
 * `npm run backup [-- out.db]`: an online, consistent copy of the centre's SQLite database,
 * by default to ./data/backups/centre-<time>.db (BACKUP_DIR), then a second copy in
 * BACKUP_COPY_DIR (a USB disk or network share: a backup on the same disk dies with it), and
 * old backups pruned in both (14 daily, 8 weekly). Safe while the server is running.
 */
import { copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  backupSqlite,
  DEFAULT_BACKUP_DIR,
  defaultBackupPath,
  markBackupCopied,
} from '../server/db/backup';
import { backupsToPrune } from '../server/db/backup-retention';
import { type DatabaseEnv, databaseTarget } from '../server/db/database';

const USAGE = `Usage: npm run backup [-- <file.db>]
  Copies the SQLite database (DATABASE_PATH, default ./data/centre.db) while the server runs.
  Without a file name the copy goes to BACKUP_DIR (default ./data/backups) as
  centre-<time>.db, is copied again to BACKUP_COPY_DIR when set (a folder that must exist:
  a mounted USB disk or share), and older backups there are pruned (keeps 14 daily, 8 weekly).`;

/** The variables the backup reads besides the database's own. */
export interface BackupEnv extends DatabaseEnv {
  BACKUP_DIR?: string | undefined;
  BACKUP_COPY_DIR?: string | undefined;
}

/** Deletes the backups the retention rule lets go in `dir`; returns how many. */
function prune(dir: string): number {
  const doomed = backupsToPrune(readdirSync(dir));
  for (const name of doomed) rmSync(join(dir, name), { force: true });
  return doomed.length;
}

/** Output for the tool; tests collect it. */
export interface BackupIo {
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
}

/** Runs the backup command; returns the process exit code. */
export async function runBackup(args: string[], env: BackupEnv, io: BackupIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    io.err(USAGE);
    return 2;
  }
  const target = databaseTarget(env);
  if (target.kind === 'postgres') {
    io.err(
      'DATABASE_URL is set, so this centre keeps its data in PostgreSQL, which this tool does not copy.\n' +
        'Back it up with pg_dump instead, for example:\n' +
        '  pg_dump --format=custom --file=centre-$(date +%Y%m%d).dump "$DATABASE_URL"',
    );
    return 1;
  }
  if (target.path === ':memory:') {
    io.err('DATABASE_PATH is :memory:, which is not a file; there is nothing to back up.');
    return 1;
  }
  const dir = resolve(env.BACKUP_DIR?.trim() || DEFAULT_BACKUP_DIR);
  const nightly = !args[0];
  // Everything the server accepted before this moment is in the copy.
  const takenAt = (io.now ?? (() => new Date()))();
  const dest = args[0] ? resolve(args[0]) : defaultBackupPath(takenAt, dir);
  try {
    const result = await backupSqlite(target.path, dest);
    const megabytes = (result.bytes / (1024 * 1024)).toFixed(1);
    io.out(
      `Backed up ${target.path}\n       to ${result.path} (${megabytes} MB, integrity checked).`,
    );
  } catch (error) {
    io.err(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  // A named file is a one-off copy: no second place, no pruning.
  if (!nightly) return 0;
  const pruned = prune(dir);
  if (pruned > 0)
    io.out(`Removed ${pruned} older backup(s) from ${dir} (keeps 14 daily, 8 weekly).`);
  const copyDir = env.BACKUP_COPY_DIR?.trim();
  if (!copyDir) {
    io.out('No BACKUP_COPY_DIR set: this backup is only on this disk.');
    return 0;
  }
  // Never created here: a USB disk that is not mounted leaves an empty mount point, and a
  // "copy" written there would sit on the same disk as the database.
  if (!existsSync(copyDir) || !statSync(copyDir).isDirectory()) {
    io.err(
      `The second copy was not made: ${copyDir} (BACKUP_COPY_DIR) is not there. Is the disk mounted?`,
    );
    return 1;
  }
  try {
    const copy = join(resolve(copyDir), basename(dest));
    copyFileSync(dest, copy);
    io.out(`Copied to ${copy}.`);
    // Only now, with the second copy made, may kiosks forget what they kept to resend.
    try {
      markBackupCopied(target.path, takenAt);
    } catch (error) {
      io.err(
        `Kiosks were not told of this backup (they keep sent entries up to 3 days instead): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const prunedCopies = prune(resolve(copyDir));
    if (prunedCopies > 0) io.out(`Removed ${prunedCopies} older backup(s) from ${copyDir}.`);
    return 0;
  } catch (error) {
    io.err(`The second copy failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runBackup(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
