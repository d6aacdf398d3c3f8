/**
 * Whether this kiosk counts as enrolled, for the five taps on the centre's name (the staff PIN
 * screen, or the enrollment code screen when not): in the first load without the staff PIN's
 * API and its schemas (staff-pin.ts), which arrive with the staff screens.
 */
import { signal } from '@preact/signals';
import { enrollment, offline } from '../../app/offline';
import { puller } from '../../app/pull';

/** The server answered the staff PIN with "no such kiosk" (revoked): until enrolled again. */
export const tokenRefused = signal(false);

/** Whether this kiosk holds a device token the server has not refused. */
export function isEnrolled(): boolean {
  return (
    enrollment.value !== null &&
    !tokenRefused.value &&
    !(offline.value?.sync.needsEnrollment.value ?? false) &&
    !(puller.value?.needsEnrollment.value ?? false)
  );
}
