/**
 * `npm run backup [-- out.db]`: an online, consistent copy of the centre's SQLite database,
 * by default to ./data/backups/centre-<time>.db. Safe while the server is running.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { backupSqlite, defaultBackupPath } from '../server/db/backup';
import { type DatabaseEnv, databaseTarget } from '../server/db/database';

const USAGE = `Usage: npm run backup [-- <file.db>]
  Copies the SQLite database (DATABASE_PATH, default ./data/centre.db) while the server runs.
  Without a file name the copy goes to ./data/backups/centre-<time>.db.`;

/** Output for the tool; tests collect it. */
export interface BackupIo {
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
}

/** Runs the backup command; returns the process exit code. */
export async function runBackup(args: string[], env: DatabaseEnv, io: BackupIo): Promise<number> {
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
  const dest = args[0] ? resolve(args[0]) : defaultBackupPath((io.now ?? (() => new Date()))());
  try {
    const result = await backupSqlite(target.path, dest);
    const megabytes = (result.bytes / (1024 * 1024)).toFixed(1);
    io.out(
      `Backed up ${target.path}\n       to ${result.path} (${megabytes} MB, integrity checked).`,
    );
    return 0;
  } catch (error) {
    io.err(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runBackup(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
