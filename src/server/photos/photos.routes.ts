/**
 * Meal photos over HTTP: `GET /photos/:name` for kiosks and consoles (no sign-in: a picture of a
 * meal is not personal), and /api/photos for the canteen editor (meals.edit) to list and upload.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Reply } from '../../shared/api/contract';
import { MAX_PHOTO_BYTES } from '../../shared/config/photos';
import type { PhotosApi } from '../../shared/photos/api';
import type { Database } from '../db/schema';
import type { ApiDeps } from '../http/deps';
import { limitBody } from '../http/validate';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { listPhotos, readPhoto, uploadPhoto } from './photos.service';

/** The public file route, mounted at /photos. */
export function photoFileRoutes(db: Kysely<Database>) {
  return new Hono().get('/:name', async (c) => {
    const photo = await readPhoto(db, c.req.param('name'));
    if (!photo) return c.text('No photo of that name', 404);
    const etag = `"${photo.sha256}"`;
    // A name never changes its picture (uploads are named by content; the seed never
    // overwrites), so a kiosk may keep its copy for good.
    const headers = {
      etag,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    return c.body(photo.bytes, 200, { ...headers, 'content-type': photo.contentType });
  });
}

/** The staff routes, mounted at /api/photos behind `staffSession`. */
export function photoRoutes({ db, clock }: ApiDeps) {
  return new Hono<StaffEnv>()
    .get('/', requirePermission('meals.edit'), async (c) =>
      c.json({ photos: await listPhotos(db) } satisfies Reply<typeof PhotosApi.list>, 200),
    )
    .post('/', requirePermission('meals.edit'), limitBody(MAX_PHOTO_BYTES), async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const { photo, created } = await uploadPhoto(db, actorOf(currentStaff(c)), bytes, clock());
      return c.json(photo satisfies Reply<typeof PhotosApi.upload>, created ? 201 : 200);
    });
}
