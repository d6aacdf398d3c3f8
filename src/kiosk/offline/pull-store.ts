/**
 * The kiosk's copy of what the server publishes (`nuanxin` → `replica`, keyed [type, key]) and
 * the pull cursor beside it (`meta`). A page of changes and its cursor are written in ONE
 * transaction, so a reload or a crash mid-pull never leaves the cursor ahead of the data: the
 * next pull simply asks for that page again.
 *
 * A full pull (cursor null: first start, or the app learnt new change types) keeps the old copy
 * in use until it has finished, then deletes what the server no longer sent.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import type { ChangeCheck } from '../../shared/sync/pull';
import { DB_NAME, type Db, openNuanxinDb, PULL_META, type ReplicaRecord } from './db';
import type { ReplicaTypes } from './pull-types';

export type { ReplicaRecord } from './db';

const CURSOR = PULL_META.cursor;
const LAST_PULL_AT = PULL_META.lastPullAt;
const TYPES = PULL_META.types;
const GENERATION = PULL_META.generation;
const SWEEPING = PULL_META.sweeping;

// Flushed to disk before `done`, like the outbox: a roster must not come back older after a power cut.
const STRICT = { durability: 'strict' } as const;

/** One page as the loop hands it over: where it started, its checked changes, where it ends. */
export interface PageToApply {
  /** The cursor the page was asked from; the write is refused if the stored one moved meanwhile. */
  from: string | null;
  cursor: string;
  checks: readonly ChangeCheck[];
  more: boolean;
}

/** The replica: read by flows, written only by the pull loop. */
export interface ReplicaStore {
  /** The stored cursor (null: pull everything). */
  cursor(): Promise<string | null>;
  /** If the app's change types differ from those the copy was pulled with, pull everything again. */
  prepare(): Promise<void>;
  /** Pull everything again (the server does not know the cursor); the old copy stays until then. */
  restart(): Promise<void>;
  /**
   * Write a page and its cursor in one transaction; false (nothing written) when the stored
   * cursor is no longer `from` (another tab got there first). Throws if the write fails: then
   * nothing of the page is kept and the cursor stays where it was.
   */
  applyPage(page: PageToApply): Promise<boolean>;
  get(type: string, key: string): Promise<ReplicaRecord | undefined>;
  /** The item of `type` whose lookup key is `lookup` (e.g. a member by card hash). */
  find(type: string, lookup: string): Promise<ReplicaRecord | undefined>;
  count(type: string): Promise<number>;
  /** When a pull last reached the server and was stored (kiosk clock, ms); null: never. */
  readonly lastPullAt: ReadonlySignal<number | null>;
  /** Items held per type, refreshed after every page. */
  readonly counts: ReadonlySignal<Readonly<Record<string, number>>>;
  close(): Promise<void>;
}

export interface ReplicaStoreOptions {
  types: ReplicaTypes;
  dbName?: string;
  now?: () => number;
}

/** Open the replica (creating the database the first time) and load its signals. */
export async function openReplicaStore(options: ReplicaStoreOptions): Promise<ReplicaStore> {
  const { types } = options;
  const name = options.dbName ?? DB_NAME;
  const now = options.now ?? Date.now;

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

  const lastPullAt = signal<number | null>(null);
  const counts = signal<Readonly<Record<string, number>>>({});

  async function recount(): Promise<void> {
    const d = await db();
    const next: Record<string, number> = {};
    for (const type of types.registry.keys())
      next[type] = await d.countFromIndex('replica', 'by-type', type);
    counts.value = next;
  }

  async function applyPage(page: PageToApply): Promise<boolean> {
    const tx = (await db()).transaction(['replica', 'meta'], 'readwrite', STRICT);
    const meta = tx.objectStore('meta');
    const replica = tx.objectStore('replica');
    try {
      const cursor = await meta.get(CURSOR);
      if ((typeof cursor === 'string' ? cursor : null) !== page.from) {
        await tx.done;
        return false;
      }
      const storedGeneration = await meta.get(GENERATION);
      let generation = typeof storedGeneration === 'number' ? storedGeneration : 0;
      let sweeping = (await meta.get(SWEEPING)) === true;
      if (page.from === null) {
        generation += 1;
        sweeping = true;
        await meta.put(generation, GENERATION);
      }
      const at = now();
      for (const check of page.checks) {
        if (check.status !== 'ok') continue; // Unknown or broken: skipped, reported by the loop.
        const { type, key, op } = check.change;
        if (op === 'delete') {
          await replica.delete([type, key]);
          continue;
        }
        const lookup = types.lookupOf(type, check.data);
        const record: ReplicaRecord = {
          type,
          key,
          data: check.data,
          generation,
          pulledAt: at,
          ...(lookup === undefined ? {} : { lookup }),
        };
        await replica.put(record);
      }
      if (sweeping && !page.more) {
        // The full pull is complete: whatever it did not send is gone on the server.
        let row = await replica.openCursor();
        while (row) {
          if (row.value.generation < generation) await row.delete();
          row = await row.continue();
        }
        sweeping = false;
      }
      await meta.put(sweeping, SWEEPING);
      await meta.put(page.cursor, CURSOR);
      await meta.put(at, LAST_PULL_AT);
      await tx.done;
      lastPullAt.value = at;
    } catch (error) {
      // Without this, IndexedDB would commit the writes made before the failure.
      try {
        tx.abort();
      } catch {
        // Already aborted by the failure itself.
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
    await recount();
    return true;
  }

  const opened = await db();
  const storedAt = await opened.get('meta', LAST_PULL_AT);
  lastPullAt.value = typeof storedAt === 'number' ? storedAt : null;
  await recount();

  return {
    async cursor() {
      const stored = await (await db()).get('meta', CURSOR);
      return typeof stored === 'string' ? stored : null;
    },
    async prepare() {
      const tx = (await db()).transaction('meta', 'readwrite', STRICT);
      if ((await tx.store.get(TYPES)) !== types.signature) {
        // Changes of a type this app did not know were skipped: ask for everything again.
        await tx.store.put(null, CURSOR);
        await tx.store.put(types.signature, TYPES);
      }
      await tx.done;
    },
    async restart() {
      const tx = (await db()).transaction('meta', 'readwrite', STRICT);
      await Promise.all([tx.store.put(null, CURSOR), tx.done]);
    },
    applyPage,
    async get(type, key) {
      return (await db()).get('replica', [type, key]);
    },
    async find(type, lookup) {
      return (await db()).getFromIndex('replica', 'by-lookup', [type, lookup]);
    },
    async count(type) {
      return (await db()).countFromIndex('replica', 'by-type', type);
    },
    lastPullAt,
    counts,
    async close() {
      const open = connection;
      connection = null;
      if (open) (await open).close();
    },
  };
}
