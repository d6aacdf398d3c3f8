/** All SQL for meal photos. The first argument is the database or the caller's transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { PhotoRow, PhotoTable } from './photos.table';

/** What the API tells about a photo, without its bytes. */
export type PhotoSummary = Pick<PhotoRow, 'name' | 'content_type' | 'bytes'>;

/** The photo stored under `name` (without its bytes), or undefined. */
export async function selectPhotoSummary(
  db: Kysely<Database>,
  name: string,
): Promise<PhotoSummary | undefined> {
  return db
    .selectFrom('photos')
    .select(['name', 'content_type', 'bytes'])
    .where('name', '=', name)
    .executeTakeFirst();
}

/** Stores `row` unless a photo of that name is stored already; true when it was stored. */
export async function insertPhotoIfAbsent(db: Kysely<Database>, row: PhotoTable): Promise<boolean> {
  const result = await db
    .insertInto('photos')
    .values(row)
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The stored bytes (base64) and type of the photo `name`, or undefined. */
export async function selectPhotoData(
  db: Kysely<Database>,
  name: string,
): Promise<Pick<PhotoRow, 'content_type' | 'sha256' | 'data_base64'> | undefined> {
  return db
    .selectFrom('photos')
    .select(['content_type', 'sha256', 'data_base64'])
    .where('name', '=', name)
    .executeTakeFirst();
}

/** Every stored photo (without bytes), newest first, then by name. */
export async function selectPhotoSummaries(db: Kysely<Database>): Promise<PhotoSummary[]> {
  return db
    .selectFrom('photos')
    .select(['name', 'content_type', 'bytes'])
    .orderBy('created_at', 'desc')
    .orderBy('name')
    .execute();
}
