/**
 * The outbox: every elder action is written here, durably, before the screen says it is saved,
 * and stays until the server has answered it. Then it moves to `sent` or `rejected` (shown to the
 * elder and staff; never sent again).
 *
 * Sent entries hold only what the kiosk's screens need, for no longer than needed (issue #11
 * finding 8): "my meals" shows a booking the server has accepted until a pull brings the server's
 * own copy, so a kind named by `keepSentPayload` keeps its payload and subject until then; every
 * other kind keeps only its id, kind and answer. `forgetSentBefore` (called when a pull has caught
 * up) drops them; KEEP_SENT_DAYS is only the limit for a kiosk whose pulls keep failing.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import { MEAL_ACK_KIND, MEAL_BOOK_KIND, MEAL_CANCEL_KIND } from '../../shared/meals/kind-names';
import type { OutboxEntry } from '../../shared/sync/entry';
import type { EntryProof } from '../../shared/sync/proof';
import type { PushResult } from '../../shared/sync/push';
import { isoWithOffset } from '../../shared/sync/time';
import { createUuidV7Generator, type UuidV7Generator } from '../../shared/sync/uuidv7';
import {
  DB_NAME,
  type Db,
  openNuanxinDb,
  type RejectedEntry,
  type SentEntry,
  type StoredEntry,
} from './db';
import { createOnceGate } from './once';
import type { SyncProblem } from './problem';

export type { RejectedEntry, SentEntry, StoredEntry } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Accepted entries are kept at most this long when no pull catches up (normally they go with the
 * first pull that began after they were sent).
 */
export const KEEP_SENT_DAYS = 2;
/**
 * The kinds a screen reads after the server accepted them: "my meals" shows a booking, a
 * cancellation or an acknowledgement until a pull brings the server's copy
 * (flows/meals/bookings.ts). No other screen reads a sent entry.
 */
export const SENT_PAYLOAD_KINDS: ReadonlySet<string> = new Set([
  MEAL_BOOK_KIND,
  MEAL_CANCEL_KIND,
  MEAL_ACK_KIND,
]);
/** Refusals are kept this long on the kiosk (the server keeps them for the console anyway). */
export const KEEP_REJECTED_DAYS = 30;
/** A second `addOnce` with the same key within this time is the same action (a double tap). */
export const ADD_ONCE_WINDOW_MS = 2000;

// Ask the browser to flush to disk before `done`: "saved" must survive the kiosk being unplugged.
const STRICT = { durability: 'strict' } as const;

/** What `openOutbox` needs; only `kioskId` is required. */
export interface OutboxOptions {
  kioskId: () => string;
  dbName?: string;
  now?: () => number;
  ids?: UuidV7Generator;
  /**
   * What is wrong with an entry (undefined: nothing), asked before storing it; `add` refuses it
   * then. The kiosk stores without one: its entries are made by typed code, and the schemas'
   * code (valibot) stays out of the first load, which must store an emergency call at once.
   * checked-outbox.ts makes one from the entry kinds.
   */
  check?: (entry: OutboxEntry) => string | undefined;
  /** 0 deletes accepted entries at once. */
  keepSentDays?: number;
  /**
   * The kinds whose payload (and subject) a screen reads after the server accepted them, until a
   * pull brings the server's copy; default SENT_PAYLOAD_KINDS.
   */
  keepSentPayload?: (kind: string) => boolean;
  keepRejectedDays?: number;
  addOnceWindowMs?: number;
}

/** Who the action belongs to, so a refusal can be shown to them at their next visit. */
export interface AddOptions {
  subject?: string;
  /** The member's proof of identification in this session (sent with the entry, never opened here). */
  proof?: EntryProof;
}

/** The durable outbox and its counters for the staff screen. */
export interface Outbox {
  /** Store a new entry; resolves only once it is on disk. Throws on one `check` finds wrong. */
  add(kind: string, payload: unknown, options?: AddOptions): Promise<StoredEntry>;
  /** `add`, unless the same caller key was added within the window: then the first entry again. */
  addOnce(key: string, kind: string, payload: unknown, options?: AddOptions): Promise<StoredEntry>;
  /** Waiting entries in id order (the order they were made), at most `limit`. */
  pending(limit?: number): Promise<StoredEntry[]>;
  /** Count one more send of these entries. */
  noteAttempt(ids: readonly string[]): Promise<void>;
  /** Apply the server's answer for one entry; false if it was not waiting (already answered). */
  markResult(result: PushResult): Promise<boolean>;
  /** Apply many answers in one transaction; returns how many entries moved. */
  markResults(results: readonly PushResult[]): Promise<number>;
  /** The answer for `id` once it arrives, or null after `timeoutMs` (then it is still waiting). */
  waitForResult(id: string, timeoutMs: number): Promise<PushResult | null>;
  /** Accepted entries still kept, newest first; only `subject`'s when given. */
  sent(subject?: string): Promise<SentEntry[]>;
  /** Refused entries, newest first; only `subject`'s when given. */
  rejected(subject?: string): Promise<RejectedEntry[]>;
  /** The elder has been shown this refusal. */
  markRejectedSeen(id: string): Promise<void>;
  /** Staff have followed this refusal up; forget it. */
  clearRejected(id: string): Promise<void>;
  /** Delete sent and refused entries older than their keeping time. */
  prune(): Promise<void>;
  /** A pull that began at `at` has caught up: sent entries answered before then are in it. */
  forgetSentBefore(at: number): Promise<void>;
  /** The sync reached the server at `at`: remembered across reloads. */
  recordSync(at: number): Promise<void>;
  /** The sync's last problem, or null once it gets through. */
  recordError(problem: SyncProblem | null): void;
  readonly pendingCount: ReadonlySignal<number>;
  readonly rejectedCount: ReadonlySignal<number>;
  readonly lastSyncAt: ReadonlySignal<number | null>;
  readonly lastError: ReadonlySignal<SyncProblem | null>;
  close(): Promise<void>;
}

const newestFirst = <T extends { id: string }>(list: T[]) =>
  list.sort((a, b) => (a.id < b.id ? 1 : -1));

/**
 * What is kept of an accepted entry: the envelope's ids and the answer; the payload and subject
 * only when a screen reads them. Fields are named one by one, so nothing added to an entry later
 * (a proof of identification) is kept by accident.
 */
function sentRecord(
  entry: StoredEntry,
  result: SentEntry['result'],
  sentAt: number,
  keepPayload: boolean,
): SentEntry {
  return {
    id: entry.id,
    kind: entry.kind,
    kioskId: entry.kioskId,
    kioskTime: entry.kioskTime,
    createdAt: entry.createdAt,
    payload: keepPayload ? entry.payload : null,
    ...(keepPayload && entry.subject !== undefined ? { subject: entry.subject } : {}),
    result,
    sentAt,
  };
}

/** Open the outbox (creating the database the first time) and load its counters. */
export async function openOutbox(options: OutboxOptions): Promise<Outbox> {
  const name = options.dbName ?? DB_NAME;
  const now = options.now ?? Date.now;
  const ids = options.ids ?? createUuidV7Generator();
  const keepSentMs = (options.keepSentDays ?? KEEP_SENT_DAYS) * DAY_MS;
  const keepRejectedMs = (options.keepRejectedDays ?? KEEP_REJECTED_DAYS) * DAY_MS;
  const keepPayload = options.keepSentPayload ?? ((kind: string) => SENT_PAYLOAD_KINDS.has(kind));

  let connection: Promise<Db> | null = null;
  const db = (): Promise<Db> => {
    connection ??= openNuanxinDb(name, () => {
      connection = null;
    }).catch((error: unknown) => {
      connection = null;
      throw error;
    });
    return connection;
  };

  const pendingCount = signal(0);
  const rejectedCount = signal(0);
  const lastSyncAt = signal<number | null>(null);
  const lastError = signal<SyncProblem | null>(null);
  const waiters = new Map<string, Set<(result: PushResult) => void>>();

  async function recount(): Promise<void> {
    const d = await db();
    [pendingCount.value, rejectedCount.value] = await Promise.all([
      d.count('outbox'),
      d.count('rejected'),
    ]);
  }

  async function add(kind: string, payload: unknown, addOptions: AddOptions = {}) {
    const createdAt = now();
    const entry: StoredEntry = {
      id: ids.next(createdAt),
      kind,
      payload,
      kioskTime: isoWithOffset(createdAt),
      kioskId: options.kioskId(),
      attempt: 0,
      createdAt,
      ...(addOptions.subject === undefined ? {} : { subject: addOptions.subject }),
      ...(addOptions.proof === undefined ? {} : { proof: addOptions.proof }),
    };
    const problem = options.check?.(entry);
    // A wrong entry is a bug in the flow that made it: fail loudly rather than store something
    // the server would refuse for a reason the elder cannot help.
    if (problem !== undefined)
      throw new TypeError(`outbox: cannot store "${entry.kind}": ${problem}`);
    const tx = (await db()).transaction('outbox', 'readwrite', STRICT);
    await Promise.all([tx.store.add(entry), tx.done]);
    await recount();
    return entry;
  }

  async function markResults(results: readonly PushResult[]): Promise<number> {
    const tx = (await db()).transaction(['outbox', 'sent', 'rejected'], 'readwrite', STRICT);
    const outbox = tx.objectStore('outbox');
    const at = now();
    let moved = 0;
    for (const result of results) {
      const entry = await outbox.get(result.id);
      if (!entry) continue; // Answered before (a resend, or another tab): nothing to move.
      if (result.status === 'rejected')
        await tx.objectStore('rejected').put({ ...entry, result, rejectedAt: at, seenAt: null });
      else if (keepSentMs > 0)
        await tx.objectStore('sent').put(sentRecord(entry, result, at, keepPayload(entry.kind)));
      await outbox.delete(result.id);
      moved++;
    }
    await tx.done;
    for (const result of results) for (const wake of waiters.get(result.id) ?? []) wake(result);
    await recount();
    return moved;
  }

  async function answered(id: string): Promise<PushResult | undefined> {
    const d = await db();
    return ((await d.get('sent', id)) ?? (await d.get('rejected', id)))?.result;
  }

  async function olderThan(store: 'sent' | 'rejected', before: number): Promise<string[]> {
    const d = await db();
    const range = IDBKeyRange.upperBound(before, true);
    return store === 'sent'
      ? d.getAllKeysFromIndex('sent', 'by-sentAt', range)
      : d.getAllKeysFromIndex('rejected', 'by-rejectedAt', range);
  }

  async function deleteOlder(store: 'sent' | 'rejected', before: number): Promise<void> {
    const keys = await olderThan(store, before);
    if (keys.length === 0) return;
    const tx = (await db()).transaction(store, 'readwrite');
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  }

  // Ids made after a reload must still sort after the ones already stored (the clock may have
  // been set back in between), so the generator starts above the newest id of every store.
  const opened = await db();
  for (const store of ['outbox', 'sent', 'rejected'] as const) {
    const last = await opened.transaction(store).store.openKeyCursor(null, 'prev');
    if (last) ids.observe(last.key);
  }
  const storedSyncAt = await opened.get('meta', 'lastSyncAt');
  lastSyncAt.value = typeof storedSyncAt === 'number' ? storedSyncAt : null;
  await recount();

  const gate = createOnceGate<StoredEntry>(options.addOnceWindowMs ?? ADD_ONCE_WINDOW_MS, now);

  return {
    add,
    addOnce: (key, kind, payload, addOptions) =>
      gate.run(key, () => add(kind, payload, addOptions)),
    async pending(limit) {
      return (await db()).getAll('outbox', null, limit);
    },
    async noteAttempt(list) {
      const tx = (await db()).transaction('outbox', 'readwrite');
      for (const id of list) {
        const entry = await tx.store.get(id);
        if (entry) await tx.store.put({ ...entry, attempt: (entry.attempt ?? 0) + 1 });
      }
      await tx.done;
    },
    markResults,
    async markResult(result) {
      return (await markResults([result])) === 1;
    },
    waitForResult(id, timeoutMs) {
      return new Promise((resolve) => {
        const set = waiters.get(id) ?? new Set();
        waiters.set(id, set);
        let done = false;
        const finish = (result: PushResult | null) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          set.delete(finish);
          if (set.size === 0) waiters.delete(id);
          resolve(result);
        };
        const timer = setTimeout(() => finish(null), timeoutMs);
        set.add(finish);
        // The answer may have come before anyone asked.
        void answered(id).then((result) => {
          if (result) finish(result);
        });
      });
    },
    async sent(subject) {
      const d = await db();
      return newestFirst(
        subject === undefined
          ? await d.getAll('sent')
          : await d.getAllFromIndex('sent', 'by-subject', subject),
      );
    },
    async rejected(subject) {
      const d = await db();
      return newestFirst(
        subject === undefined
          ? await d.getAll('rejected')
          : await d.getAllFromIndex('rejected', 'by-subject', subject),
      );
    },
    async markRejectedSeen(id) {
      const tx = (await db()).transaction('rejected', 'readwrite', STRICT);
      const entry = await tx.store.get(id);
      if (entry && entry.seenAt === null) await tx.store.put({ ...entry, seenAt: now() });
      await tx.done;
    },
    async clearRejected(id) {
      await (await db()).delete('rejected', id);
      await recount();
    },
    async forgetSentBefore(at) {
      await deleteOlder('sent', at);
    },
    async prune() {
      await deleteOlder('sent', now() - keepSentMs);
      await deleteOlder('rejected', now() - keepRejectedMs);
      await recount();
    },
    async recordSync(at) {
      lastSyncAt.value = at;
      await (await db()).put('meta', at, 'lastSyncAt');
    },
    recordError(problem) {
      lastError.value = problem;
    },
    pendingCount,
    rejectedCount,
    lastSyncAt,
    lastError,
    async close() {
      const open = connection;
      connection = null;
      if (open) (await open).close();
    },
  };
}
