/**
 * POST /api/kiosk/staff-pin: an enrolled kiosk asks the centre server whether a staff PIN is right
 * (issue #11 finding 4). The PIN's hash stays on the server, so /config.json carries nothing for
 * anyone to crack; the server counts wrong PINs per kiosk and locks (429) after too many.
 */
import * as v from 'valibot';
import { NoContent, route } from '../api/contract';

/** Wrong staff PINs on one kiosk, within STAFF_PIN_LOCK_MS, before the server locks it. */
export const MAX_STAFF_PIN_FAILURES = 5;
/** How far back wrong PINs count, and how long a lock lasts. */
export const STAFF_PIN_LOCK_MS = 15 * 60 * 1000;

const pinMessage = 'The staff PIN is 4 to 8 digits.';

export const StaffPinBody = v.object({
  pin: v.pipe(v.string(pinMessage), v.regex(/^\d{4,8}$/, pinMessage)),
});

export const StaffPinApi = {
  /**
   * Device token in `Authorization: Bearer`. 204: right. 403 staff_pin_wrong; 429
   * too_many_attempts (Retry-After) while this kiosk is locked.
   */
  check: route({
    method: 'POST',
    path: '/api/kiosk/staff-pin',
    body: StaffPinBody,
    response: NoContent,
  }),
};
