/**
 * The stored meal photos (GET /api/photos) and uploading one (POST /api/photos, the picture's
 * raw bytes). A file that is not a picture or is too large is refused here, in words, before a
 * byte is sent; the server checks again the same way.
 */
import { signal } from '@preact/signals';
import { t } from '../../i18n';
import { MAX_PHOTO_BYTES, sniffPhotoType } from '../../shared/config/photos';
import { PhotosApi, type StoredPhoto } from '../../shared/photos/api';
import { call } from '../api/client';

export type { StoredPhoto };

/** The stored photos once read (null before; the names meals.json may use). */
export const photos = signal<StoredPhoto[] | null>(null);
export const photosError = signal<unknown>(null);

export async function loadPhotos(): Promise<void> {
  photosError.value = null;
  try {
    photos.value = (await call(PhotosApi.list)).photos;
  } catch (error) {
    photosError.value = error;
  }
}

/** "1.3": megabytes with one decimal, for the message. */
const megabytes = (bytes: number) => (Math.ceil(bytes / 100_000) / 10).toFixed(1);

/** Why these bytes cannot be a meal photo, in the console's words; null when they can. */
export function photoFileProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return t('canteen.photo.empty');
  if (bytes.length > MAX_PHOTO_BYTES)
    return t('canteen.photo.tooLarge', {
      size: megabytes(bytes.length),
      max: MAX_PHOTO_BYTES / 1_000_000,
    });
  if (!sniffPhotoType(bytes)) return t('canteen.photo.notPicture');
  return null;
}

/** Uploads a checked picture; the server names it by its content. */
export async function uploadPhoto(bytes: Uint8Array<ArrayBuffer>): Promise<StoredPhoto> {
  const type = sniffPhotoType(bytes);
  const photo = await call(PhotosApi.upload, {
    body: { body: bytes, type: type ?? 'application/octet-stream' },
  });
  const known = photos.value ?? [];
  if (!known.some((p) => p.name === photo.name)) photos.value = [...known, photo];
  return photo;
}
