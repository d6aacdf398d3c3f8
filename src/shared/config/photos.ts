/**
 * Meal photos. A photo is stored once on the centre server under a name (the seed's file name,
 * or a name made from its content when staff upload one) and config files refer to it by that
 * name, so a config version restored later still shows the photos it was published with. The
 * kiosk fetches `/photos/<name>` and the service worker keeps a copy for when the server is down.
 */

/** A photo's name: lowercase letters, digits and dashes, then .jpg, .png or .webp. */
export const PHOTO_NAME = /^[a-z0-9][a-z0-9-]{0,63}\.(jpg|png|webp)$/;

/** The largest photo staff may upload: a kiosk on a slow network must still get it quickly. */
export const MAX_PHOTO_BYTES = 1_000_000;

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

/** The file ending each type is stored under. */
export const PHOTO_EXTENSION: Record<PhotoType, 'jpg' | 'png' | 'webp'> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** Where the kiosk and console load a photo from. */
export function photoUrl(name: string): string {
  return `/photos/${encodeURIComponent(name)}`;
}

/**
 * What kind of image `bytes` really is, from its first bytes (never from the name or the
 * browser's claim); null when it is none of JPEG, PNG or WebP.
 */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  const at = (i: number) => bytes[i];
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => at(i) === b)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}
