/** /api/sync: the kiosk's push (device token) and the refusals list for staff. */
import { Hono } from 'hono';
import { PushRequestSchema } from '../../shared/sync/index';
import type { ApiDeps } from '../http/deps';
import { AppError } from '../http/errors';
import { jsonBody, validQuery } from '../http/validate';
import { currentKiosk, type KioskEnv, requireKiosk, strictUtf8 } from '../kiosks/kiosk.middleware';
import { requireRole } from '../staff/session.middleware';
import { type ApplierRegistry, createApplierRegistry } from './appliers';
import { RejectionsQuery } from './sync.schemas';
import { listRejections, push } from './sync.service';

/** The routes under /api/sync. Needs `staffSession` in front (createApi does that). */
export function syncRoutes(
  { db, clock }: ApiDeps,
  registry: ApplierRegistry = createApplierRegistry(),
) {
  return new Hono<KioskEnv>()
    .post(
      '/push',
      requireKiosk(db, clock),
      strictUtf8(),
      jsonBody(PushRequestSchema),
      async (c) => {
        const kiosk = currentKiosk(c);
        const body = c.req.valid('json');
        if (body.kioskId !== kiosk.id)
          throw new AppError(
            403,
            'kiosk_mismatch',
            `kioskId "${body.kioskId}" is not the kiosk this device token belongs to.`,
          );
        return c.json(await push(db, registry, kiosk.id, body, clock()), 200);
      },
    )
    .get('/rejections', requireRole(), validQuery(RejectionsQuery), async (c) =>
      c.json(await listRejections(db, c.req.valid('query')), 200),
    );
}
