/**
 * Sent entries kept to resend after a restore (issue #17), in their own IndexedDB database
 * "nuanxin-kept", apart from the outbox: each entry exactly as it was sent (payload and sealed
 * proof), with the server's time of acceptance. An entry goes as soon as the server says a backup
 * that reached its second place holds it (the pull's `backupAt`), and in any case after
 * KEEP_SENT_MAX_DAYS, so the kiosk holds an elder's actions no longer than a restore could need
 * them (src/kiosk/offline/README.md, "Resending what a restore lost").
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { OutboxEntry } from '../../shared/sync/entry';
import { KEPT_DB_NAME } from './kept-name';

/** The longest an entry is kept, whatever the backups (a centre whose backups fail). */
export const KEEP_SENT_MAX_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** One kept entry: as sent, and when the server accepted it (its clock, ms). */
export interface KeptEntry {
  entry: OutboxEntry;
  acceptedAt: number;
  /** The kiosk's clock when it was kept (ms), for the bound. */
  keptAt: number;
}

interface KeptSchema extends DBSchema {
  sent: { key: string; value: KeptEntry };
  meta: { key: string; value: string };
}

/** The meta key of the database identity the kept entries were last checked against. */
const DATABASE_KEY = 'database';

export interface KeptStore {
  /** Keep entries the server has just accepted. */
  keep(entries: readonly KeptEntry[]): Promise<void>;
  /** Everything kept, in id order (the order they were made). */
  all(): Promise<KeptEntry[]>;
  /** Forget entries accepted at or before `backupAt` (ms, or null: none), and those past the bound. */
  forget(backupAt: number | null, now: number): Promise<number>;
  /** Forget these (refused on a resend: the server will never take them). */
  drop(ids: readonly string[]): Promise<void>;
  database(): Promise<string | null>;
  setDatabase(identity: string): Promise<void>;
}

/** Open the store (tests pass their own name). */
export async function openKept(name = KEPT_DB_NAME): Promise<KeptStore> {
  const db: IDBPDatabase<KeptSchema> = await openDB<KeptSchema>(name, 1, {
    upgrade(up) {
      up.createObjectStore('sent', { keyPath: 'entry.id' });
      up.createObjectStore('meta');
    },
  });
  return {
    async keep(entries) {
      const tx = db.transaction('sent', 'readwrite', { durability: 'strict' });
      await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
    },
    all: () => db.getAll('sent'),
    async forget(backupAt, now) {
      const tx = db.transaction('sent', 'readwrite');
      let forgotten = 0;
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
        const { acceptedAt, keptAt } = cursor.value;
        const covered = backupAt !== null && acceptedAt <= backupAt;
        if (covered || now - keptAt > KEEP_SENT_MAX_DAYS * DAY_MS) {
          await cursor.delete();
          forgotten++;
        }
      }
      await tx.done;
      return forgotten;
    },
    async drop(ids) {
      const tx = db.transaction('sent', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    async database() {
      return (await db.get('meta', DATABASE_KEY)) ?? null;
    },
    async setDatabase(identity) {
      await db.put('meta', identity, DATABASE_KEY);
    },
  };
}
