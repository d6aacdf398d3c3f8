/** A kiosk (real outbox on fake-indexeddb, real sync loop) wired to the fake server and clock. */
import 'fake-indexeddb/auto';
import { openCheckedOutbox } from '../../../src/kiosk/offline/checked-outbox';
import type { Outbox } from '../../../src/kiosk/offline/outbox';
import { createSync, type Sync, type SyncOptions } from '../../../src/kiosk/offline/sync';
import { createFakeServer, type FakeServerOptions } from './fake-server';
import { createFakeClock } from './fake-timers';
import { KINDS } from './test-kinds';

let count = 0;

export interface KioskOptions {
  judge?: FakeServerOptions['judge'];
  /** The server's clock, when it differs from the kiosk's. */
  serverNow?: () => number;
  random?: () => number;
  sync?: Partial<SyncOptions>;
}

export async function createKiosk(options: KioskOptions = {}) {
  const clock = createFakeClock();
  const outbox: Outbox = await openCheckedOutbox({
    dbName: `sync-test-${++count}`,
    kioskId: () => 'kiosk-1',
    now: clock.now,
    kinds: KINDS,
  });
  const server = createFakeServer({
    kinds: KINDS,
    now: options.serverNow ?? clock.now,
    ...(options.judge ? { judge: options.judge } : {}),
  });
  const window = new EventTarget();
  const serviceWorker = new EventTarget();
  const backgroundSyncs: number[] = [];
  const sync: Sync = createSync({
    outbox,
    kioskId: () => 'kiosk-1',
    push: server.push,
    now: clock.now,
    random: options.random ?? (() => 0.5),
    timers: clock.timers,
    window,
    serviceWorker,
    requestBackgroundSync: async () => {
      backgroundSyncs.push(clock.now());
    },
    ...options.sync,
  });
  return {
    clock,
    outbox,
    server,
    sync,
    window,
    serviceWorker,
    backgroundSyncs,
    /** An elder's action as a flow does it: store, then wake the sync. */
    async save(kind: string, payload: unknown) {
      const entry = await outbox.add(kind, payload);
      sync.kick();
      return entry;
    },
    /** Move the clock on, letting each run that a timer starts finish. */
    advance: (ms: number) => clock.advance(ms, () => sync.idle()),
    /** Move the clock to the try the back-off scheduled, and let it run. */
    nextTry() {
      const due = sync.nextAttemptAt.value;
      if (due === null) throw new Error('no try is scheduled');
      return clock.advance(due - clock.now(), () => sync.idle());
    },
    goOnline() {
      window.dispatchEvent(new Event('online'));
      return sync.idle();
    },
    async close() {
      sync.stop();
      await sync.idle();
      await outbox.close();
    },
  };
}

export type Kiosk = Awaited<ReturnType<typeof createKiosk>>;

/** Wait (on real macrotasks) until `condition` holds, e.g. until a push has reached the server. */
export async function until(condition: () => boolean, tries = 500): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('condition never held');
}
