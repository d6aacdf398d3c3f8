/**
 * The kiosk's pull loop and its copy of the server's data (the roster…), started at boot beside
 * the push loop. It also pulls after each push that reached the server, and again once the
 * kiosk is enrolled.
 */
import { effect, signal } from '@preact/signals';
import { getDeviceToken } from '../offline/device-token';
import { createPull, type Pull } from '../offline/pull';
import { openReplicaStore, type ReplicaStore } from '../offline/pull-store';
import { KIOSK_REPLICA_TYPES } from '../offline/roster';
import { logError } from './device';
import { currentKioskId, enrollment, offline } from './offline';

/** The last good copy of what the server publishes; null until boot opened it (or if that failed). */
export const replica = signal<ReplicaStore | null>(null);
let settleBoot: (store: ReplicaStore | null) => void = () => undefined;
/**
 * Resolves once boot has opened the replica (null if it could not). A card read in the first
 * moments after a (re)start waits for it, rather than being told "no member list on this kiosk".
 */
export const replicaReady: Promise<ReplicaStore | null> = new Promise((resolve) => {
  settleBoot = resolve;
});
/** The running pull loop, for the staff screen. */
export const puller = signal<Pull | null>(null);

/** Open the replica and start pulling. Failures are logged for staff; identify then asks for staff. */
export async function bootPull(): Promise<void> {
  try {
    const store = await openReplicaStore({ types: KIOSK_REPLICA_TYPES });
    const pull = createPull({
      store,
      types: KIOSK_REPLICA_TYPES,
      kioskId: currentKioskId,
      getToken: getDeviceToken,
      onSkipped: (skipped) =>
        logError(`${skipped.type} ${skipped.key}: ${skipped.detail}`, 'pull: skipped a change'),
    });
    replica.value = store;
    settleBoot(store);
    puller.value = pull;
    pull.start();
    wakeOnPushAndEnrollment(pull);
  } catch (error) {
    settleBoot(null);
    logError(error, 'pull');
  }
}

/** A push the server answered may have changed what it publishes; a new enrollment lifts a 401. */
function wakeOnPushAndEnrollment(pull: Pull): void {
  let lastSync: number | null | undefined;
  effect(() => {
    const at = offline.value?.outbox.lastSyncAt.value;
    if (lastSync !== undefined && at !== lastSync && at != null) pull.kick();
    lastSync = at;
  });
  let enrolledAs = enrollment.value;
  effect(() => {
    const next = enrollment.value;
    if (next !== enrolledAs && next) pull.resume();
    enrolledAs = next;
  });
}
