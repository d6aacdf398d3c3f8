/** The kiosk's offline layer (outbox + sync loop) and its enrollment, started once at boot. */
import { signal } from '@preact/signals';
import { type DeviceEnrollment, getDeviceToken, getEnrollment } from '../offline/device-token';
import { type Offline, startOffline } from '../offline/offline';
import { kioskId, logError } from './device';
import { pushStatusHeaders } from './status-headers';

/** The running outbox and sync loop; null until boot has opened them (or if that failed). */
export const offline = signal<Offline | null>(null);
/** What the server answered when this kiosk was enrolled; null if it never was. */
export const enrollment = signal<DeviceEnrollment | null>(null);

/** The id entries carry: the server's once enrolled, else the kiosk's own random one. */
export function currentKioskId(): string {
  return enrollment.value?.kioskId ?? kioskId();
}

/** Read the enrollment and start the outbox and sync loop. Failures are logged for staff. */
export async function bootOffline(): Promise<void> {
  try {
    enrollment.value = await getEnrollment();
    // No product entry kinds yet: flows register theirs when they start saving.
    offline.value = await startOffline({
      kioskId: currentKioskId,
      getToken: getDeviceToken,
      statusHeaders: pushStatusHeaders,
    });
  } catch (error) {
    logError(error, 'offline');
  }
}

/** After a successful enrollment: remember it and let the halted sync loop go again. */
export function enrolled(next: DeviceEnrollment): void {
  enrollment.value = next;
  offline.value?.sync.resume();
}
