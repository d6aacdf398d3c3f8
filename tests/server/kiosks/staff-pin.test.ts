/**
 * POST /api/kiosk/staff-pin (issue #11 finding 4): the staff PIN is checked by the server, so its
 * hash is never served; wrong PINs are audited and lock the kiosk that sent them for 15 minutes.
 * The demo centre's staff PIN is 2468.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../src/server/config/config-store';
import type { Database } from '../../../src/server/db/schema';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import { seedFolder } from '../config/config-api';
import { MINUTE } from '../support/api';
import { forEachStore } from '../support/stores';
import { kioskApi } from './kiosk-api';

const PATH = '/api/kiosk/staff-pin';
const RIGHT = '2468';

async function setup(db: Kysely<Database>) {
  const config = new ConfigStore(db, { seedDir: seedFolder() });
  await config.ready();
  const api = kioskApi(db, createApplierRegistry(), { config });
  const admin = await api.admin();
  const kiosk = await api.enroll(admin, '大厅 1');
  const other = await api.enroll(admin, '大厅 2');
  return { api, db, kiosk, other };
}

async function auditActions(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('audit_log')
    .select(['action', 'subject_type', 'subject_id'])
    .where('action', 'like', 'kiosk.staff_pin%')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

forEachStore((_store, makeDb) => {
  describe('POST /api/kiosk/staff-pin', () => {
    it('refuses without an enrolled kiosk’s device token, and a PIN that is not 4–8 digits', async () => {
      const { api, kiosk } = await setup(await makeDb());
      const none = await api.post(PATH, { pin: RIGHT });
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ error: { code: 'kiosk_not_enrolled' } });
      const bad = await api.post(PATH, { pin: '12ab' }, kiosk.auth);
      expect(bad.status).toBe(400);
    });

    it('answers 204 for the right PIN and 403 for a wrong one, each wrong one on the audit log', async () => {
      const { api, db, kiosk } = await setup(await makeDb());
      expect((await api.post(PATH, { pin: RIGHT }, kiosk.auth)).status).toBe(204);
      const wrong = await api.post(PATH, { pin: '1111' }, kiosk.auth);
      expect(wrong.status).toBe(403);
      expect(await wrong.json()).toMatchObject({ error: { code: 'staff_pin_wrong' } });
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'kiosk.staff_pin_failed')
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ subject_type: 'kiosk', subject_id: kiosk.kioskId });
      expect(JSON.parse(rows[0]?.details ?? '{}')).toEqual({ name: '大厅 1' });
    });

    it('locks a kiosk for 15 minutes after 5 wrong PINs, the right one included, and only that kiosk', async () => {
      const { api, db, kiosk, other } = await setup(await makeDb());
      for (let i = 0; i < 4; i++)
        expect((await api.post(PATH, { pin: `000${i}` }, kiosk.auth)).status).toBe(403);
      const fifth = await api.post(PATH, { pin: '0004' }, kiosk.auth);
      expect(fifth.status).toBe(429);
      expect(fifth.headers.get('retry-after')).toBe(String(15 * 60));
      expect(await fifth.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
      // Locked: the right PIN does not get through either, so guessing on gains nothing.
      const right = await api.post(PATH, { pin: RIGHT }, kiosk.auth);
      expect(right.status).toBe(429);
      // Another kiosk is not locked out.
      expect((await api.post(PATH, { pin: RIGHT }, other.auth)).status).toBe(204);
      expect(await auditActions(db)).toEqual([
        ...Array(5).fill('kiosk.staff_pin_failed'),
        'kiosk.staff_pin_locked',
      ]);
      api.clock.advance(15 * MINUTE);
      expect((await api.post(PATH, { pin: RIGHT }, kiosk.auth)).status).toBe(204);
      // The right PIN starts the count again.
      for (let i = 0; i < 4; i++)
        expect((await api.post(PATH, { pin: '9999' }, kiosk.auth)).status).toBe(403);
    });
  });
});
