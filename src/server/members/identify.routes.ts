/** /api/kiosk: what a kiosk asks the server about an elder at identification (device token). */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { KioskIdentifyApi } from '../../shared/members/api';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { jsonBody } from '../http/validate';
import { type KioskEnv, requireKiosk, strictUtf8 } from '../kiosks/kiosk.middleware';
import { checkMemberPin } from './identify.service';

export function kioskIdentifyRoutes({ db, clock, events }: ApiDeps & EventDeps) {
  return new Hono<KioskEnv>().post(
    '/identify',
    requireKiosk(db, clock, events),
    strictUtf8(),
    jsonBody(KioskIdentifyApi.identify.body),
    async (c) => {
      const { card, pin } = c.req.valid('json');
      const answer = await checkMemberPin(db, card, pin, clock());
      return c.json(answer satisfies Reply<typeof KioskIdentifyApi.identify>, 200);
    },
  );
}
