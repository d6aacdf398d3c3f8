/** Meal photos: upload by kitchen and admin staff, files served to kiosks, the seed folder. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/schema';
import { photoFileRoutes } from '../../../src/server/photos/photos.routes';
import { seedPhotos } from '../../../src/server/photos/photos.seed';
import { MAX_PHOTO_BYTES } from '../../../src/shared/config/photos';
import { type ErrorJson, seedAccount, testApi } from '../support/api';
import { forEachStore } from '../support/stores';

const FISH = new Uint8Array(readFileSync('kiosk-config/demo/photos/braised-fish.jpg'));
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

const scratch = mkdtempSync(join(tmpdir(), 'nuanxin-photos-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function photosApi(db: Kysely<Database>) {
  const api = testApi(db);
  const files = new Hono().route('/photos', photoFileRoutes(db));
  const upload = (bytes: Uint8Array, cookie?: string) =>
    api.app.request('http://centre.test/api/photos', {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', ...(cookie ? { cookie } : {}) },
      body: bytes,
    });
  const file = (name: string, headers: Record<string, string> = {}) =>
    files.request(`http://centre.test/photos/${name}`, { headers });
  const as = async (role: 'admin' | 'kitchen' | 'staff') => {
    await seedAccount(db, role, role);
    return api.login(role, 'correct horse battery');
  };
  return { api, upload, file, as };
}

forEachStore((_store, makeDb) => {
  describe('uploading a meal photo', () => {
    it('stores it under a name made from its content, once, with an audit entry', async () => {
      const db = await makeDb();
      const { upload, file, as } = photosApi(db);
      const kitchen = await as('kitchen');
      const first = await upload(FISH, kitchen);
      expect(first.status).toBe(201);
      const photo = (await first.json()) as { name: string; url: string; bytes: number };
      expect(photo.name).toMatch(/^photo-[0-9a-f]{20}\.jpg$/);
      expect(photo.bytes).toBe(FISH.length);
      // The same picture again is the same photo, not a second copy.
      const again = await upload(FISH, kitchen);
      expect(again.status).toBe(200);
      expect(((await again.json()) as { name: string }).name).toBe(photo.name);
      const served = await file(photo.name);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/jpeg');
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(FISH);
      const audit = await db.selectFrom('audit_log').select('action').execute();
      expect(audit.filter((a) => a.action === 'photo.uploaded')).toHaveLength(1);
    });

    it('lets admins upload and list, and refuses other staff and strangers', async () => {
      const db = await makeDb();
      const { api, upload, as } = photosApi(db);
      expect((await upload(FISH)).status).toBe(401);
      expect((await upload(FISH, await as('staff'))).status).toBe(403);
      const admin = await as('admin');
      expect((await upload(PNG, admin)).status).toBe(201);
      const list = await api.get('/api/photos', { cookie: admin });
      const { photos } = (await list.json()) as { photos: { name: string }[] };
      expect(photos.map((p) => p.name)).toEqual([expect.stringMatching(/\.png$/)]);
    });

    it('refuses what is not a JPEG, PNG or WebP picture, in words, storing nothing', async () => {
      const db = await makeDb();
      const { upload, as } = photosApi(db);
      const kitchen = await as('kitchen');
      const text = new TextEncoder().encode('<svg onload="alert(1)"></svg>');
      const res = await upload(text, kitchen);
      expect(res.status).toBe(422);
      const body = (await res.json()) as ErrorJson;
      expect(body.error.message).toBe('This file is not a JPEG, PNG or WebP picture.');
      const empty = await upload(new Uint8Array(), kitchen);
      expect(((await empty.json()) as ErrorJson).error.message).toMatch(/empty/);
      const huge = new Uint8Array(MAX_PHOTO_BYTES + 1);
      huge.set(FISH.subarray(0, 3));
      const tooBig = await upload(huge, kitchen);
      expect(tooBig.status).toBe(413);
      expect(((await tooBig.json()) as ErrorJson).error.message).toMatch(/too large/);
      expect(await db.selectFrom('photos').selectAll().execute()).toEqual([]);
    });
  });

  describe('serving photos', () => {
    it('answers a kept-for-good picture with an ETag, 304 when unchanged, 404 when unknown', async () => {
      const db = await makeDb();
      const dir = mkdtempSync(join(scratch, 'seed-'));
      writeFileSync(join(dir, 'braised-fish.jpg'), FISH);
      await seedPhotos(db, dir);
      const { file } = photosApi(db);
      const res = await file('braised-fish.jpg');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('immutable');
      const etag = res.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
      expect((await file('braised-fish.jpg', { 'if-none-match': etag })).status).toBe(304);
      expect((await file('nothing.jpg')).status).toBe(404);
      expect((await file('..%2Fcentre.json')).status).toBe(404);
      expect((await file('BRAISED-FISH.JPG')).status).toBe(404);
    });
  });

  describe('the seed folder', () => {
    it('stores its pictures once, never overwrites, and says which it refused and why', async () => {
      const db = await makeDb();
      const dir = mkdtempSync(join(scratch, 'seed-'));
      writeFileSync(join(dir, 'braised-fish.jpg'), FISH);
      writeFileSync(join(dir, 'notes.txt'), 'not a photo');
      writeFileSync(join(dir, 'wrong-kind.png'), FISH);
      const first = await seedPhotos(db, dir);
      expect(first.stored).toEqual(['braised-fish.jpg']);
      expect(first.refused.map((r) => r.name).sort()).toEqual(['notes.txt', 'wrong-kind.png']);
      expect(first.refused.find((r) => r.name === 'wrong-kind.png')?.problem).toMatch(
        /not the kind of picture its name says/,
      );
      writeFileSync(join(dir, 'braised-fish.jpg'), PNG);
      const second = await seedPhotos(db, dir);
      expect(second.stored).toEqual([]);
      const { file } = photosApi(db);
      expect(new Uint8Array(await (await file('braised-fish.jpg')).arrayBuffer())).toEqual(FISH);
      expect(await seedPhotos(db, join(dir, 'missing'))).toEqual({ stored: [], refused: [] });
    });
  });
});
