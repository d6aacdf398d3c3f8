/** Online, consistent copies of the SQLite file, taken while the server keeps running. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** Where backups go unless a path is given. */
export const DEFAULT_BACKUP_DIR = './data/backups';

/** `data/backups/centre-20261124T194017Z.db`: sorts by time, no colons (Windows-safe). */
export function defaultBackupPath(now: Date, dir: string = DEFAULT_BACKUP_DIR): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(/[-:]/g, '');
  return resolve(dir, `centre-${stamp}.db`);
}

/** What a finished backup reports. */
export interface BackupResult {
  path: string;
  bytes: number;
}

/**
 * Copies the database at `sourcePath` to `destPath` with SQLite's online backup API (a
 * consistent snapshot even while the server writes), leaves the copy as one self-contained file
 * and checks its integrity. Refuses to overwrite an existing file.
 */
export async function backupSqlite(sourcePath: string, destPath: string): Promise<BackupResult> {
  if (!existsSync(sourcePath))
    throw new Error(`There is no database at ${sourcePath}, so there is nothing to back up.`);
  if (existsSync(destPath))
    throw new Error(`${destPath} already exists; choose another name for the backup.`);
  mkdirSync(dirname(destPath), { recursive: true });

  const source = new BetterSqlite3(sourcePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(destPath);
  } finally {
    source.close();
  }

  const copy = new BetterSqlite3(destPath);
  try {
    // The copy inherits WAL mode; a backup should be a single file that can be moved alone.
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new Error(`The backup at ${destPath} failed its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return { path: destPath, bytes: statSync(destPath).size };
}

/**
 * Tells kiosks, through the live database, that everything accepted before `takenAt` is in a
 * backup that reached the second place: they may forget the entries they kept to resend after a
 * restore (sync/database-identity.repository.ts). The mark name is BACKUP_COPIED there.
 */
export function markBackupCopied(databasePath: string, takenAt: Date): void {
  const db = new BetterSqlite3(databasePath, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(
      `insert into server_marks (name, at) values ('backup_copied_through', ?)
       on conflict (name) do update set at = excluded.at`,
    ).run(takenAt.toISOString());
  } finally {
    db.close();
  }
}
