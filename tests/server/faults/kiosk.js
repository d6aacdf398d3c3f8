/**
 * A kiosk in Node for the fault tests: the REAL outbox (IndexedDB, here fake-indexeddb), the REAL
 * sync loop, the REAL HTTP push and the REAL enrollment, talking to a child server over TCP.
 *
 * Plain JavaScript on purpose: the kiosk's modules are typed for the DOM, while the server tests
 * are type-checked by tsconfig.node.json, which has no DOM lib (and adding it globally breaks other
 * server files). `kiosk.d.ts` states this module's types for the tests that use it.
 */
import 'fake-indexeddb/auto';
import { openCheckedOutbox } from '../../../src/kiosk/offline/checked-outbox';
import { openNuanxinDb } from '../../../src/kiosk/offline/db';
import {
  getDeviceToken,
  getEnrollment,
  useDeviceDb,
} from '../../../src/kiosk/offline/device-token';
import { enrollKiosk } from '../../../src/kiosk/offline/enroll';
import { createSync } from '../../../src/kiosk/offline/sync';
import { httpPush } from '../../../src/kiosk/offline/transport';
import { SYNC_PUSH_PATH } from '../../../src/shared/sync/protocol';
import { createFakeClock } from '../../unit/sync/fake-timers';
import { FAULT_KINDS, FaultNote } from '../support/child-server-kind';

/**
 * The kiosk's clock and timers: nothing fires until the test moves time, so a retry happens when
 * the test says (`nextTry`, `goOnline`), never because a real second passed.
 */
export function createKioskClock(start) {
  return createFakeClock(start);
}

/** Enroll with a one-time code, as the staff screen does; the token lands in `dbName`'s IndexedDB. */
export async function enrollAt({ base, dbName, code, clock }) {
  useDeviceDb(dbName);
  const result = await enrollKiosk(code, {
    fetch: (path, init) => fetch(`${base}${path}`, init),
    appVersion: '1.0.0-faults',
    now: clock.now,
  });
  if (!result.ok) throw new Error(`enrollment failed: ${result.reason} (${result.status ?? '-'})`);
  return result.enrollment;
}

/**
 * Open the kiosk "page": the outbox on `dbName` and a started sync loop pushing to `base`. Opening
 * it again on the same name after `unload` is a page reload: what IndexedDB holds survives.
 */
export async function openKiosk({ base, dbName, clock }) {
  useDeviceDb(dbName);
  const enrollment = await getEnrollment();
  if (!enrollment) throw new Error(`the kiosk database ${dbName} holds no enrollment`);
  const kioskId = () => enrollment.kioskId;

  /** `online: false` is the kiosk's network down: fetch fails before anything is sent. */
  const network = { online: true };
  // Unloading a page cancels its requests; this aborts every fetch this page started.
  const page = new AbortController();
  const wire = (input, init = {}) => {
    if (!network.online) return Promise.reject(new TypeError('Failed to fetch'));
    const signal = init.signal ? AbortSignal.any([init.signal, page.signal]) : page.signal;
    return fetch(input, { ...init, signal });
  };

  const outbox = await openCheckedOutbox({ dbName, kioskId, now: clock.now, kinds: FAULT_KINDS });
  const window = new EventTarget();
  const backgroundSyncs = [];
  const sync = createSync({
    outbox,
    kioskId,
    push: httpPush({
      getToken: getDeviceToken,
      fetch: wire,
      url: `${base}${SYNC_PUSH_PATH}`,
      statusHeaders: () => ({ 'x-kiosk-outbox-length': String(outbox.pendingCount.value) }),
    }),
    now: clock.now,
    random: () => 0.5,
    timers: clock.timers,
    window,
    serviceWorker: null,
    requestBackgroundSync: async () => {
      backgroundSyncs.push(clock.now());
    },
    // One page at a time holds this kiosk's sync (a reload's old page is gone).
    lock: (drain) => drain(),
  });
  // Like a page at boot: the loop starts and sends what waits; the caller decides whether to wait.
  sync.start();

  return {
    enrollment,
    outbox,
    sync,
    network,
    backgroundSyncs,
    /** An elder's action as a flow saves it: stored on disk, then the sync is woken. */
    async save(payload) {
      const entry = await outbox.add(FaultNote.kind, payload);
      sync.kick();
      return entry;
    },
    /** A confirm screen's save: a repeat of `key` within the double-tap window is the same entry. */
    async saveOnce(key, payload) {
      const entry = await outbox.addOnce(key, FaultNote.kind, payload);
      sync.kick();
      return entry;
    },
    /** The browser's `online` event, and the run it starts. */
    goOnline() {
      window.dispatchEvent(new Event('online'));
      return sync.idle();
    },
    /** Move the kiosk's clock to the retry the back-off scheduled, and let that run finish. */
    nextTry() {
      const due = sync.nextAttemptAt.value;
      if (due === null) throw new Error('no retry is scheduled');
      return clock.advance(due - clock.now(), () => sync.idle());
    },
    /** The page goes away mid-whatever: requests cancelled, loop dropped, database handle closed. */
    async unload() {
      page.abort();
      sync.stop();
      await outbox.close();
    },
    /** Put `entry` into the outbox store with IndexedDB's `add`, on a connection of its own. */
    async requeue(entry) {
      const db = await openNuanxinDb(dbName, () => {});
      try {
        const tx = db.transaction('outbox', 'readwrite');
        await Promise.all([tx.store.add(entry), tx.done]);
      } finally {
        db.close();
      }
    },
    /** A tidy close: let a run under way finish first. */
    async close() {
      sync.stop();
      await sync.idle();
      await outbox.close();
    },
  };
}
