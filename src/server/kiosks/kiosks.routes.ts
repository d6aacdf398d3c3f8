/** /api/kiosks: enrollment codes and the kiosk list for admins; enrolling for a kiosk. */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { KiosksApi } from '../../shared/kiosks/api';
import type { EventDeps } from '../events/bus';
import { clientAddress } from '../http/client-address';
import type { ApiDeps } from '../http/deps';
import { jsonBody, validQuery } from '../http/validate';
import { csvHeaders, UTF8_BOM } from '../lib/csv';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { proofKeys } from '../sync/proof-keys';
import { strictUtf8 } from './kiosk.middleware';
import { kiosksCsv } from './kiosks.csv';
import {
  createEnrollmentCode,
  enroll,
  listKiosks,
  revokeKiosk,
  updateKioskSettings,
} from './kiosks.service';
import { redeemMove } from './moves.service';

/** The routes under /api/kiosks. Needs `staffSession` in front (createApi does that). */
export function kioskRoutes({ db, clock, trustProxy, events }: ApiDeps & EventDeps) {
  return new Hono<StaffEnv>()
    .post(
      '/enrollment-codes',
      requirePermission('kiosks.manage'),
      strictUtf8(),
      jsonBody(KiosksApi.newEnrollmentCode.body),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        // The code is in this one response only; it is stored as a hash.
        const code = await createEnrollmentCode(db, actor, c.req.valid('json'), clock());
        return c.json(code satisfies Reply<typeof KiosksApi.newEnrollmentCode>, 201);
      },
    )
    .post('/enroll', strictUtf8(), jsonBody(KiosksApi.enroll.body), async (c) => {
      const { code, appVersion } = c.req.valid('json');
      const address = clientAddress(c, trustProxy);
      const enrolled = await enroll(db, { code, appVersion, address }, clock());
      events.publish({ type: 'kiosks.changed' });
      // The key the kiosk seals identifications with (every pull carries it again).
      const { publicKey } = await proofKeys(db, clock);
      return c.json(
        { ...enrolled, proofKey: publicKey } satisfies Reply<typeof KiosksApi.enroll>,
        201,
      );
    })
    .post('/move', strictUtf8(), jsonBody(KiosksApi.move.body), async (c) => {
      const { kioskId, token } = c.req.valid('json');
      const address = clientAddress(c, trustProxy);
      const moved = await redeemMove(db, { kioskId, token, address }, clock());
      events.publish({ type: 'kiosks.changed' });
      const { publicKey } = await proofKeys(db, clock);
      return c.json({ ...moved, proofKey: publicKey } satisfies Reply<typeof KiosksApi.move>, 201);
    })
    .get('/', requirePermission('kiosks.manage'), validQuery(KiosksApi.list.query), async (c) => {
      const kiosks = await listKiosks(db);
      if (c.req.valid('query').format === 'csv') {
        const day = clock().toISOString().slice(0, 10);
        return c.body(UTF8_BOM + kiosksCsv(kiosks), 200, csvHeaders(`kiosks-${day}.csv`));
      }
      return c.json({ kiosks } satisfies Reply<typeof KiosksApi.list>, 200);
    })
    .put(
      '/:id/settings',
      requirePermission('kiosks.manage'),
      strictUtf8(),
      jsonBody(KiosksApi.saveSettings.body),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        const settings = c.req.valid('json');
        const kiosk = await updateKioskSettings(db, actor, c.req.param('id'), settings, clock());
        events.publish({ type: 'kiosks.changed' });
        // The contract answers the kiosk as listed (not wrapped like revoke's answer).
        return c.json(kiosk satisfies Reply<typeof KiosksApi.saveSettings>, 200);
      },
    )
    .post('/:id/revoke', requirePermission('kiosks.manage'), async (c) => {
      const actor = actorOf(currentStaff(c));
      const kiosk = await revokeKiosk(db, actor, c.req.param('id'), clock());
      events.publish({ type: 'kiosks.changed' });
      return c.json({ kiosk } satisfies Reply<typeof KiosksApi.revoke>, 200);
    });
}
