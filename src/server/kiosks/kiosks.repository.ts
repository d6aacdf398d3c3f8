/** All SQL for kiosks and enrollment codes. The first argument is the database or a transaction. */
import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../db/schema';
import type {
  KioskEnrollmentCodeRow,
  KioskEnrollmentCodeTable,
  KioskRow,
  KioskTable,
} from './kiosks.table';

export async function insertEnrollmentCode(
  db: Kysely<Database>,
  row: KioskEnrollmentCodeTable,
): Promise<void> {
  await db.insertInto('kiosk_enrollment_codes').values(row).execute();
}

/** Every code row with this hash, newest first (old used or expired codes may share it). */
export function findCodesByHash(
  db: Kysely<Database>,
  codeHash: string,
): Promise<KioskEnrollmentCodeRow[]> {
  return db
    .selectFrom('kiosk_enrollment_codes')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Whether an unused, unexpired code has this hash (so a new code must not take it). */
export async function liveCodeExists(
  db: Kysely<Database>,
  codeHash: string,
  now: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('kiosk_enrollment_codes')
    .select('id')
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks a code used, only if it still is unused; false when another request used it first. */
export async function claimCode(
  db: Kysely<Database>,
  id: string,
  kioskId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('kiosk_enrollment_codes')
    .set({ used_at: now, kiosk_id: kioskId })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function insertKiosk(db: Kysely<Database>, row: KioskTable): Promise<void> {
  await db.insertInto('kiosks').values(row).execute();
}

export function findKioskByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<KioskRow | undefined> {
  return db.selectFrom('kiosks').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function findKiosk(db: Kysely<Database>, id: string): Promise<KioskRow | undefined> {
  return db.selectFrom('kiosks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every kiosk, by name. */
export function selectKiosks(db: Kysely<Database>): Promise<KioskRow[]> {
  return db.selectFrom('kiosks').selectAll().orderBy('name').orderBy('id').execute();
}

export async function updateKiosk(
  db: Kysely<Database>,
  id: string,
  changes: Updateable<KioskTable>,
): Promise<void> {
  await db.updateTable('kiosks').set(changes).where('id', '=', id).execute();
}
