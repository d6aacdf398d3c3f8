/** /api/kiosks: enrollment codes and the kiosk list for admins; enrolling for a kiosk. */
import { Hono } from 'hono';
import type { EventDeps } from '../events/bus';
import { clientAddress } from '../http/client-address';
import type { ApiDeps } from '../http/deps';
import { jsonBody, validQuery } from '../http/validate';
import { UTF8_BOM } from '../lib/csv';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { strictUtf8 } from './kiosk.middleware';
import { kiosksCsv } from './kiosks.csv';
import {
  EnrollBody,
  KioskListQuery,
  KioskSettingsBody,
  NewEnrollmentCodeBody,
} from './kiosks.schemas';
import {
  createEnrollmentCode,
  enroll,
  listKiosks,
  revokeKiosk,
  updateKioskSettings,
} from './kiosks.service';

/** The routes under /api/kiosks. Needs `staffSession` in front (createApi does that). */
export function kioskRoutes({ db, clock, trustProxy, events }: ApiDeps & EventDeps) {
  return new Hono<StaffEnv>()
    .post(
      '/enrollment-codes',
      requirePermission('kiosks.manage'),
      strictUtf8(),
      jsonBody(NewEnrollmentCodeBody),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        // The code is in this one response only; it is stored as a hash.
        return c.json(await createEnrollmentCode(db, actor, c.req.valid('json'), clock()), 201);
      },
    )
    .post('/enroll', strictUtf8(), jsonBody(EnrollBody), async (c) => {
      const { code, appVersion } = c.req.valid('json');
      const address = clientAddress(c, trustProxy);
      const enrolled = await enroll(db, { code, appVersion, address }, clock());
      events.publish({ type: 'kiosks.changed' });
      return c.json(enrolled, 201);
    })
    .get('/', requirePermission('kiosks.manage'), validQuery(KioskListQuery), async (c) => {
      const kiosks = await listKiosks(db);
      if (c.req.valid('query').format === 'csv') {
        const day = clock().toISOString().slice(0, 10);
        return c.body(UTF8_BOM + kiosksCsv(kiosks), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="kiosks-${day}.csv"`,
        });
      }
      return c.json({ kiosks }, 200);
    })
    .put(
      '/:id/settings',
      requirePermission('kiosks.manage'),
      strictUtf8(),
      jsonBody(KioskSettingsBody),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        const settings = c.req.valid('json');
        const kiosk = await updateKioskSettings(db, actor, c.req.param('id'), settings, clock());
        events.publish({ type: 'kiosks.changed' });
        // The contract answers the kiosk as listed (not wrapped like revoke's answer).
        return c.json(kiosk, 200);
      },
    )
    .post('/:id/revoke', requirePermission('kiosks.manage'), async (c) => {
      const actor = actorOf(currentStaff(c));
      const kiosk = await revokeKiosk(db, actor, c.req.param('id'), clock());
      events.publish({ type: 'kiosks.changed' });
      return c.json({ kiosk }, 200);
    });
}
