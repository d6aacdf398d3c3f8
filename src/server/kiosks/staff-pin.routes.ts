/**
 * POST /api/kiosk/staff-pin: an enrolled kiosk's staff screen checks the staff PIN here (device
 * token, like push and pull; contract in src/shared/kiosks/staff-pin-api.ts, rules in
 * staff-pin.ts). The PIN's hash is read from the stored config, never from what kiosks are served.
 */
import { Hono } from 'hono';
import { StaffPinApi } from '../../shared/kiosks/staff-pin-api';
import type { CentreConfigReader } from '../config/centre-config';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { AppError } from '../http/errors';
import { jsonBody } from '../http/validate';
import { currentKiosk, type KioskEnv, requireKiosk, strictUtf8 } from './kiosk.middleware';
import { checkStaffPin } from './staff-pin';

/** The staff PIN route under /api/kiosk. Needs `staffSession` in front (createApi does that). */
export function staffPinRoutes(
  { db, clock, events }: ApiDeps & EventDeps,
  centre: CentreConfigReader | undefined,
) {
  return new Hono<KioskEnv>().post(
    '/staff-pin',
    requireKiosk(db, clock, events),
    strictUtf8(),
    jsonBody(StaffPinApi.check.body),
    async (c) => {
      const hash = centre?.()?.kiosk.staff?.pin;
      if (!hash)
        throw new AppError(
          503,
          'config_none',
          'This centre has no valid config with a staff PIN yet, so no PIN can be checked.',
        );
      await checkStaffPin(db, currentKiosk(c), c.req.valid('json').pin, hash, clock());
      return c.body(null, 204);
    },
  );
}
