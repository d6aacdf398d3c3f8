/**
 * The hidden way in for staff: five quick taps on the centre's name (within 4 s), then the staff
 * PIN — or, on a kiosk that is not enrolled, the administrator's enrollment code, which is itself
 * the secret (issue #11). Not a button, so elders never meet it; not a long press or gesture either.
 */
import { isEnrolled } from '../../flows/staff/enrolled';
import { navigate } from '../router';

const TAPS_NEEDED = 5;
const WINDOW_MS = 4000;

export function useStaffEntry() {
  return {
    onPointerUp: () => {
      const now = performance.now();
      taps = taps.filter((at) => now - at < WINDOW_MS);
      taps.push(now);
      if (taps.length >= TAPS_NEEDED) {
        taps = [];
        navigate(isEnrolled() ? 'staff-pin' : 'staff-enroll');
      }
    },
  };
}
let taps: number[] = [];
