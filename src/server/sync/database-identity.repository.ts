/**
 * What a kiosk needs to resend what a restore lost (issue #17): the database's identity, which
 * changes when a backup is restored (or the centre starts on a new database), and the backup
 * watermark: entries the server accepted before it are in a backup that reached the second place,
 * so a kiosk may forget them. Both travel with every pull.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The server mark for when this database began (its identity, with its restores). */
const BORN = 'database_born';
/** The server mark `npm run backup` writes once a backup's second copy is made (db/backup.ts). */
export const BACKUP_COPIED = 'backup_copied_through';

/** "<began>" or "<began>/<last restore>": another value means another set of data. */
export async function databaseIdentity(db: Kysely<Database>, now: Date): Promise<string> {
  let born = await mark(db, BORN);
  if (born === null) {
    await db
      .insertInto('server_marks')
      .values({ name: BORN, at: now.toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    born = (await mark(db, BORN)) ?? now.toISOString();
  }
  const restore = await db
    .selectFrom('database_restores')
    .select('restored_at')
    .orderBy('restored_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return restore ? `${born}/${restore.restored_at}` : born;
}

/** When the newest backup that reached the second place was taken, or null. */
export function backupCoveredThrough(db: Kysely<Database>): Promise<string | null> {
  return mark(db, BACKUP_COPIED);
}

async function mark(db: Kysely<Database>, name: string): Promise<string | null> {
  const row = await db
    .selectFrom('server_marks')
    .select('at')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.at ?? null;
}
