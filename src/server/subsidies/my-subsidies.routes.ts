/** POST /api/kiosk/my-subsidies: "我的补贴" for the member identified at a kiosk (device token). */
import { Hono } from 'hono';
import { KioskSubsidiesApi } from '../../shared/subsidies/api';
import type { CentreConfigReader } from '../config/centre-config';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { jsonBody } from '../http/validate';
import { currentKiosk, type KioskEnv, requireKiosk, strictUtf8 } from '../kiosks/kiosk.middleware';
import { centreToday, DEFAULT_TIME_ZONE } from '../lib/centre-day';
import { proofKeys } from '../sync/proof-keys';
import { mySubsidies } from './my-subsidies.service';

export function mySubsidiesRoutes(
  { db, clock, events }: ApiDeps & EventDeps,
  centre: CentreConfigReader | undefined,
) {
  return new Hono<KioskEnv>().post(
    '/my-subsidies',
    requireKiosk(db, clock, events),
    strictUtf8(),
    jsonBody(KioskSubsidiesApi.mine.body),
    async (c) => {
      const { memberId, proof } = c.req.valid('json');
      const now = clock();
      const config = centre?.();
      const day = centreToday(now, config?.centre.timeZone ?? DEFAULT_TIME_ZONE);
      const answer = await mySubsidies(
        db,
        await proofKeys(db, clock),
        { memberId, proof, kioskId: currentKiosk(c).id },
        config,
        day,
        now,
      );
      // Typed by the service as the contract's output (its reasons' lists are read-only there).
      return c.json(answer, 200);
    },
  );
}
