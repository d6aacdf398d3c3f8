/**
 * Checking the staff PIN with the centre server (issue #11): the PIN's hash is never on the kiosk,
 * so there is nothing here to crack. A kiosk that is not enrolled (or whose token the server no
 * longer knows) needs the administrator's enrollment code instead, which is itself the secret;
 * one that cannot reach the server says staff settings need the connection (see
 * src/kiosk/offline/README.md, "Before enrollment").
 */
import { StaffPinApi } from '../../../shared/kiosks/staff-pin-api';
import { offline } from '../../app/offline';
import { pushStatusHeaders } from '../../app/status-headers';
import { type DeviceAnswer, deviceRequest } from '../../offline/device-request';
import { getDeviceToken } from '../../offline/device-token';
import { tokenRefused } from './enrolled';

export type StaffPinOutcome =
  | { kind: 'right' }
  | { kind: 'wrong' }
  | { kind: 'locked'; minutes: number }
  | { kind: 'offline' }
  | { kind: 'unenrolled' };

export { isEnrolled, tokenRefused } from './enrolled';

/** What the server's answer means for the PIN screen. */
export function pinOutcome(answer: DeviceAnswer): StaffPinOutcome {
  if (answer.ok) return { kind: 'right' };
  if (answer.kind === 'unenrolled') return { kind: 'unenrolled' };
  if (answer.kind === 'offline') return { kind: 'offline' };
  if (answer.status === 429)
    return { kind: 'locked', minutes: Math.max(1, Math.ceil((answer.retryAfterMs ?? 0) / 60_000)) };
  return answer.code === 'staff_pin_wrong' ? { kind: 'wrong' } : { kind: 'offline' };
}

/** Ask the server whether `pin` is the staff PIN. */
export async function checkStaffPin(pin: string): Promise<StaffPinOutcome> {
  const answer = await deviceRequest(
    StaffPinApi.check.method,
    StaffPinApi.check.path,
    { pin },
    {
      getToken: getDeviceToken,
      statusHeaders: () => pushStatusHeaders(offline.value?.outbox ?? null),
    },
  );
  const outcome = pinOutcome(answer);
  if (outcome.kind === 'unenrolled') tokenRefused.value = true;
  return outcome;
}
