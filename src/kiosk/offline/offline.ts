/**
 * The kiosk's one outbox and sync loop, opened once at boot; flows save actions through it. The
 * outbox is in the first load (an emergency call is stored at once); the loop's code is fetched
 * by `import()` once the outbox is open (late-sync.ts), so the push's schemas are not.
 */
import type { OutboxEntry } from '../../shared/sync/entry';
import type { AcceptedResult, RejectedResult } from '../../shared/sync/push';
import { lateSync } from './late-sync';
import { type AddOptions, type Outbox, openOutbox, type StoredEntry } from './outbox';
import type { Sync, SyncOptions } from './sync';
import { browserTimers, type SyncTimers } from './timers';

/** How long a flow waits for the server's answer before saying "saved, will be sent". */
export const OUTCOME_WAIT_MS = 3000;

/** What the elder is told after saving: sent, refused (with the reason's words), or saved for later. */
export type SaveOutcome =
  | { status: 'sent'; result: AcceptedResult }
  | { status: 'rejected'; result: RejectedResult }
  | { status: 'saved' };

/** The outbox, the loop, and the calls flows use. */
export interface Offline {
  outbox: Outbox;
  sync: Sync;
  /** Store an elder's action and start sending it; once this resolves the screen may say "saved". */
  save(kind: string, payload: unknown, options?: AddOptions): Promise<StoredEntry>;
  /** `save`, ignoring a repeat of the same caller key within the double-tap window. */
  saveOnce(key: string, kind: string, payload: unknown, options?: AddOptions): Promise<StoredEntry>;
  /** The answer if it comes within `waitMs`, else "saved" (it stays in the outbox and is sent later). */
  outcome(entry: StoredEntry, waitMs?: number): Promise<SaveOutcome>;
}

/** What `startOffline` needs: the kiosk id and its device token. */
export interface OfflineOptions {
  kioskId: () => string;
  getToken: () => string | null | Promise<string | null>;
  /** What is wrong with an entry, checked before storing it (none on the kiosk: outbox.ts). */
  check?: (entry: OutboxEntry) => string | undefined;
  /** Status headers sent with every push (`x-kiosk-app-version`, …). */
  statusHeaders?: (outbox: Outbox) => Record<string, string>;
  /** Keeps what each push got accepted, to resend after a restore (see createSync). */
  keep?: SyncOptions['keep'];
  /** Fetches the sync loop's code; default `import('./sync')`. */
  loadSync?: () => Promise<typeof import('./sync')>;
  /** The fetch of the loop's code failed (it is tried again). */
  onSyncLoadError?: (error: unknown) => void;
  timers?: SyncTimers;
}

/** Open the outbox, tidy old answers, and start the sync loop (its code arrives after this). */
export async function startOffline(options: OfflineOptions): Promise<Offline> {
  const outbox = await openOutbox({
    kioskId: options.kioskId,
    ...(options.check ? { check: options.check } : {}),
  });
  await outbox.prune();
  const { statusHeaders, onSyncLoadError, keep } = options;
  const loadSync = options.loadSync ?? (() => import('./sync'));
  const sync: Sync = lateSync({
    timers: options.timers ?? browserTimers,
    ...(onSyncLoadError ? { onError: onSyncLoadError } : {}),
    load: async () =>
      (await loadSync()).createSync({
        outbox,
        kioskId: options.kioskId,
        getToken: options.getToken,
        ...(statusHeaders ? { statusHeaders: () => statusHeaders(outbox) } : {}),
        ...(keep ? { keep } : {}),
      }),
  });
  sync.start();
  return {
    outbox,
    sync,
    async save(kind, payload, addOptions) {
      const entry = await outbox.add(kind, payload, addOptions);
      sync.kick();
      return entry;
    },
    async saveOnce(key, kind, payload, addOptions) {
      const entry = await outbox.addOnce(key, kind, payload, addOptions);
      sync.kick();
      return entry;
    },
    async outcome(entry, waitMs = OUTCOME_WAIT_MS) {
      const result = await outbox.waitForResult(entry.id, waitMs);
      if (!result) return { status: 'saved' };
      return result.status === 'accepted'
        ? { status: 'sent', result }
        : { status: 'rejected', result };
    },
  };
}
