/**
 * Start of the pull loop (app/pull.ts holds the signals the app reads): the replica store, the
 * pull, the live stream and the config updates. It also pulls after each push that reached the
 * server, and again once the kiosk is enrolled. Loaded by pull-boot.ts, in steps, after the
 * first paint.
 */
import { effect, untracked } from '@preact/signals';
import { CLASS_REPLICA_TYPES } from '../flows/classes/replica';
import { HELP_REPLICA_TYPES, withReplicaTypes } from '../flows/help/replica';
import { getDeviceToken } from '../offline/device-token';
import { createLive } from '../offline/live';
import { createPull, type Pull } from '../offline/pull';
import { openReplicaStore } from '../offline/pull-store';
import { KIOSK_REPLICA_TYPES } from '../offline/roster';
import { CONFIG_REPLICA_TYPES, startConfigUpdates } from './config-updates';
import { logError } from './device';
import { checkKept } from './kept';
import { noteMove } from './move';
import { currentKioskId, enrollment, offline, rememberProofKey } from './offline';
import { live, puller, replica, settleBoot } from './pull';
import { pullStatusHeaders } from './status-headers';

/** Everything this kiosk replicates: the base list, help's calls and requests, the day's classes. */
const REPLICA_TYPES = withReplicaTypes(KIOSK_REPLICA_TYPES, [
  ...HELP_REPLICA_TYPES,
  ...CLASS_REPLICA_TYPES,
  // What staff publish: the config version to run and this kiosk's settings.
  ...CONFIG_REPLICA_TYPES,
]);

/** Open the replica and start pulling. Failures are logged for staff; identify then asks for staff. */
export async function startPulling(): Promise<void> {
  try {
    const store = await openReplicaStore({ types: REPLICA_TYPES });
    const pull = createPull({
      store,
      types: REPLICA_TYPES,
      kioskId: currentKioskId,
      getToken: getDeviceToken,
      statusHeaders: () => pullStatusHeaders(offline.value?.outbox ?? null),
      onSkipped: (skipped) =>
        logError(`${skipped.type} ${skipped.key}: ${skipped.detail}`, 'pull: skipped a change'),
      onAnswer: (answer) => {
        noteMove(answer.move);
        void checkKept(answer);
      },
      onProofKey: (key) =>
        void rememberProofKey(key).catch((error: unknown) => logError(error, 'pull: proof key')),
      // The server's copy now shows what was sent before this pull: the kiosk's own copy goes.
      onCaughtUp: (startedAt) =>
        void offline.value?.outbox
          .forgetSentBefore(startedAt)
          .catch((error: unknown) => logError(error, 'outbox: forgetting sent entries')),
    });
    replica.value = store;
    startConfigUpdates(store, currentKioskId);
    settleBoot(store);
    puller.value = pull;
    pull.start();
    wakeOnPushAndEnrollment(pull);
    startLive(pull);
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

function startLive(pull: Pull): void {
  const stream = createLive({
    getToken: getDeviceToken,
    onChanged: () => pull.kick(),
    // (Re)connected: whatever happened while the stream was down is pulled now. The server
    // answered this kiosk, so pushes and pulls that got no answer at all may try at once; a
    // back-off after the server's own refusal (503, 429) stands (retry-loop.ts).
    onOpen: () => {
      void pull.reachable();
      void offline.value?.sync.reachable();
    },
  });
  live.value = stream;
  stream.start();
  effect(() => {
    // Only enrollment is followed here: resume() must not subscribe this effect to anything else.
    if (enrollment.value) untracked(() => stream.resume());
  });
}
