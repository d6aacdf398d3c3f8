/** The kiosk's offline layer (outbox + sync loop) and its enrollment, started once at boot. */
import { signal } from '@preact/signals';
import { type DeviceEnrollment, getDeviceToken, getEnrollment } from '../offline/device-token';
import { type Offline, startOffline } from '../offline/offline';
import type { Outbox } from '../offline/outbox';
import { kioskId, logError } from './device';
import { config } from './state';

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
      statusHeaders,
    });
  } catch (error) {
    logError(error, 'offline');
  }
}

const HEADER_VERSION = /^[\x21-\x7e]{1,64}$/;

/**
 * What the kiosk reports with each push (the server's `KIOSK_STATUS_HEADERS`): versions, what
 * waits, and the last problem (percent-encoded: headers carry only Latin-1; empty clears it).
 */
export function statusHeaders(outbox: Outbox): Record<string, string> {
  const problem = outbox.lastError.value;
  const headers: Record<string, string> = {
    'x-kiosk-outbox-length': String(outbox.pendingCount.value),
    'x-kiosk-last-error': problem ? encodeURIComponent(problem.detail.slice(0, 400)) : '',
  };
  // The server refuses a version that is not 1–64 visible ASCII characters: leave such out.
  if (HEADER_VERSION.test(__APP_VERSION__)) headers['x-kiosk-app-version'] = __APP_VERSION__;
  const configVersion = config.value?.version;
  if (configVersion && HEADER_VERSION.test(configVersion))
    headers['x-kiosk-config-version'] = configVersion;
  return headers;
}

/** After a successful enrollment: remember it and let the halted sync loop go again. */
export function enrolled(next: DeviceEnrollment): void {
  enrollment.value = next;
  offline.value?.sync.resume();
}
