/** Storing meal photos and reading them back. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  MAX_PHOTO_BYTES,
  PHOTO_EXTENSION,
  PHOTO_NAME,
  sniffPhotoType,
} from '../../shared/config/photos';
import { type Actor, recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { toIso } from '../db/time';
import { AppError } from '../http/errors';
import {
  insertPhotoIfAbsent,
  type PhotoSummary,
  selectPhotoData,
  selectPhotoSummaries,
  selectPhotoSummary,
} from './photos.repository';

/** A stored photo as the API answers it. */
export interface PhotoInfo {
  name: string;
  url: string;
  contentType: string;
  bytes: number;
}

const info = (row: PhotoSummary): PhotoInfo => ({
  name: row.name,
  url: `/photos/${row.name}`,
  contentType: row.content_type,
  bytes: row.bytes,
});

/** Why `bytes` cannot be a meal photo, in words; null when it can. */
export function photoProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'The photo is empty: choose a JPEG, PNG or WebP picture.';
  if (bytes.length > MAX_PHOTO_BYTES)
    return `The photo is too large (${(bytes.length / 1_000_000).toFixed(1)} MB): the limit is ${MAX_PHOTO_BYTES / 1_000_000} MB. Make it smaller, e.g. 1200 pixels wide.`;
  if (!sniffPhotoType(bytes)) return 'This file is not a JPEG, PNG or WebP picture.';
  return null;
}

/**
 * Stores an uploaded photo under a name made from its content, so the same photo uploaded twice
 * is stored once and a name never points at two different pictures.
 */
export async function uploadPhoto(
  db: Kysely<Database>,
  actor: Actor,
  bytes: Uint8Array,
  now: Date,
): Promise<{ photo: PhotoInfo; created: boolean }> {
  const problem = photoProblem(bytes);
  if (problem) throw new AppError(422, 'invalid_photo', problem);
  const type = sniffPhotoType(bytes);
  if (!type) throw new AppError(422, 'invalid_photo', 'This file is not a picture.');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const name = `photo-${sha256.slice(0, 20)}.${PHOTO_EXTENSION[type]}`;
  return db.transaction().execute(async (trx) => {
    const existing = await selectPhotoSummary(trx, name);
    if (existing) return { photo: info(existing), created: false };
    const row = {
      name,
      content_type: type,
      bytes: bytes.length,
      sha256,
      data_base64: Buffer.from(bytes).toString('base64'),
      created_at: toIso(now),
    };
    await insertPhotoIfAbsent(trx, row);
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'photo.uploaded',
      subject: { type: 'photo', id: name },
      details: { bytes: bytes.length, contentType: type },
    });
    return { photo: info(row), created: true };
  });
}

/**
 * Stores a photo under the given name unless one is stored there already (the seed folder's
 * photos, imported at start). Returns false when it was skipped or refused, with the reason.
 */
export async function storeNamedPhoto(
  db: Kysely<Database>,
  name: string,
  bytes: Uint8Array,
  now: Date,
): Promise<{ stored: boolean; problem: string | null }> {
  if (!PHOTO_NAME.test(name))
    return { stored: false, problem: `"${name}" is not a photo name (lowercase, .jpg/.png/.webp)` };
  const problem = photoProblem(bytes);
  if (problem) return { stored: false, problem };
  const type = sniffPhotoType(bytes);
  if (!type || PHOTO_EXTENSION[type] !== name.split('.').pop())
    return { stored: false, problem: `"${name}" is not the kind of picture its name says` };
  const stored = await insertPhotoIfAbsent(db, {
    name,
    content_type: type,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    data_base64: Buffer.from(bytes).toString('base64'),
    created_at: toIso(now),
  });
  return { stored, problem: null };
}

/** One photo's bytes, or null when there is none of that name. */
export async function readPhoto(
  db: Kysely<Database>,
  name: string,
): Promise<{ contentType: string; sha256: string; bytes: Uint8Array<ArrayBuffer> } | null> {
  if (!PHOTO_NAME.test(name)) return null;
  const row = await selectPhotoData(db, name);
  if (!row) return null;
  return {
    contentType: row.content_type,
    sha256: row.sha256,
    bytes: Uint8Array.from(Buffer.from(row.data_base64, 'base64')),
  };
}

/** Every stored photo, newest first, for the console's picker. */
export async function listPhotos(db: Kysely<Database>): Promise<PhotoInfo[]> {
  return (await selectPhotoSummaries(db)).map(info);
}
