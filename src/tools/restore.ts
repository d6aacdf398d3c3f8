/**
 * `npm run restore -- <backup.db>`: puts a backup made by `npm run backup` back as the centre's
 * SQLite database (DATABASE_PATH), after checking it opens and migrates. Stop the server first.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDatabase, type DatabaseEnv, databaseTarget } from '../server/db/database';
import { afterPostgresRestore, restoreSqlite } from '../server/db/restore';

const USAGE = `Usage: npm run restore -- <backup.db>
  Stop the server first (sudo systemctl stop nuanxin). Checks the backup, migrates it to this
  version, keeps the current database as <database>.before-restore-<time>, and puts the backup
  in its place (DATABASE_PATH, default ./data/centre.db). Then start the server again.
PostgreSQL: after pg_restore, npm run restore -- --after-pg-restore (migrates it, and makes
  kiosks that pulled after the dump pull afresh).`;

export interface RestoreIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the restore command; returns the process exit code. */
export async function runRestore(args: string[], env: DatabaseEnv, io: RestoreIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (args.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const target = databaseTarget(env);
  if (args[0] === '--after-pg-restore') {
    if (target.kind !== 'postgres') {
      io.err('--after-pg-restore is for PostgreSQL (DATABASE_URL); for SQLite name a backup file.');
      return 2;
    }
    const db = createDatabase(env);
    try {
      const { migrated, lost } = await afterPostgresRestore(db);
      io.out(
        `The restored PostgreSQL database is migrated (${migrated.length} migration(s) applied). ` +
          'Kiosks that pulled after the dump was taken are told at their next pull and pull ' +
          `everything again (change feed ${lost.afterSeq + 1}–${lost.throughSeq} lost).`,
      );
      return 0;
    } catch (error) {
      io.err(`Failed: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    } finally {
      await db.destroy();
    }
  }
  if (args[0]?.startsWith('-')) {
    io.err(USAGE);
    return 2;
  }
  if (target.kind === 'postgres') {
    io.err(
      'DATABASE_URL is set, so this centre keeps its data in PostgreSQL. Restore a pg_dump with:\n' +
        '  pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" centre-YYYYMMDD.dump\n' +
        'then, before starting the server: npm run restore -- --after-pg-restore',
    );
    return 1;
  }
  if (target.path === ':memory:') {
    io.err('DATABASE_PATH is :memory:, which is not a file; there is nothing to restore into.');
    return 1;
  }
  try {
    const result = await restoreSqlite(resolve(args[0] as string), target.path);
    io.out(`Restored ${resolve(args[0] as string)}\n      as ${target.path}`);
    io.out(
      `It opens and is migrated (${result.migrated.length} migration(s) applied): ` +
        `${result.staff} staff account(s), ${result.members} member(s).`,
    );
    if (result.previous) io.out(`The database it replaced is kept as ${result.previous}.`);
    io.out(
      'Kiosks that pulled after this backup was taken are told at their next pull and pull ' +
        `everything again (change feed ${result.lost.afterSeq + 1}–${result.lost.throughSeq} lost).`,
    );
    io.out('Start the server again (sudo systemctl start nuanxin).');
    return 0;
  } catch (error) {
    io.err(
      `Restore failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runRestore(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
