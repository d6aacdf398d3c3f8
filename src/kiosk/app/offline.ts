/** The kiosk's offline layer (outbox + sync loop) and its enrollment, started once at boot. */
import { signal } from '@preact/signals';
import {
  type DeviceEnrollment,
  getDeviceToken,
  getEnrollment,
  saveEnrollment,
} from '../offline/device-token';
import { type Offline, startOffline } from '../offline/offline';
import { kioskId, logError } from './device';
import { arriveFromMove, leaveIfMoved } from './move-boot';
import { pushStatusHeaders } from './status-headers';

/** The running outbox and sync loop; null until boot has opened them (or if that failed). */
export const offline = signal<Offline | null>(null);
/** What the server answered when this kiosk was enrolled; null if it never was. */
export const enrollment = signal<DeviceEnrollment | null>(null);

/**
 * The server's public key identifications are sealed with (null: not enrolled, or enrolled
 * before proofs and not pulled since). Kept apart from `enrollment`, whose changes restart sync.
 */
export const proofKey = signal<string | null>(null);

/** A pull brought the server's key: keep it with the enrollment when it is new (a rotation). */
export async function rememberProofKey(key: string): Promise<void> {
  if (proofKey.value === key) return;
  proofKey.value = key;
  const stored = await getEnrollment();
  if (stored && stored.proofKey !== key) await saveEnrollment({ ...stored, proofKey: key });
}

/** The id entries carry: the server's once enrolled, else the kiosk's own random one. */
export function currentKioskId(): string {
  return enrollment.value?.kioskId ?? kioskId();
}

/** Read the enrollment and start the outbox and sync loop. Failures are logged for staff. */
export async function bootOffline(): Promise<void> {
  try {
    // The centre moved address (move.ts): the old address sends the kiosk on; the new one enrolls it.
    if (leaveIfMoved()) return;
    await arriveFromMove();
    enrollment.value = await getEnrollment();
    proofKey.value = enrollment.value?.proofKey ?? null;
    // No product entry kinds yet: flows register theirs when they start saving.
    offline.value = await startOffline({
      kioskId: currentKioskId,
      getToken: getDeviceToken,
      statusHeaders: pushStatusHeaders,
      // Kept to resend after a restore (kept.ts, loaded with the first push).
      keep: async (entries, results) => (await import('./kept')).keepSent(entries, results),
      onSyncLoadError: (error) => logError(error, 'offline: the sync loop did not load'),
    });
  } catch (error) {
    logError(error, 'offline');
  }
}

/** After a successful enrollment: remember it and let the halted sync loop go again. */
export function enrolled(next: DeviceEnrollment): void {
  enrollment.value = next;
  proofKey.value = next.proofKey ?? null;
  offline.value?.sync.resume();
}
