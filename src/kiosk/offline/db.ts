/**
 * The kiosk's IndexedDB database "nuanxin". An entry lives in exactly one store at a time:
 * `outbox` (waiting), then `sent` or `rejected` once the server has answered it.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { OutboxEntry } from '../../shared/sync/entry';
import type { AcceptedResult, RejectedResult } from '../../shared/sync/push';

/** The database's name; tests pass their own. */
export const DB_NAME = 'nuanxin';
const DB_VERSION = 4;

/** The pull's keys in `meta` (pull-store.ts keeps them; the version 4 step resets two). */
export const PULL_META = {
  cursor: 'pull.cursor',
  lastPullAt: 'pull.lastPullAt',
  types: 'pull.types',
  generation: 'pull.generation',
  sweeping: 'pull.sweeping',
} as const;

/** The roster's change type before version 4, whose records held the register's sensitive fields. */
const OLD_ROSTER_TYPE = 'member';

/** An entry waiting to be sent, with what the kiosk keeps beside it. */
export interface StoredEntry extends OutboxEntry {
  /** The kiosk's clock when the elder acted (ms); for the age shown to staff. */
  createdAt: number;
  /** Whose action it was (a member reference), so it can be shown to them when they come back. */
  subject?: string;
}

/**
 * An entry the server accepted, kept until a pull brings the server's copy (outbox.ts); its
 * payload and subject only for the kinds a screen reads (null / absent otherwise).
 */
export interface SentEntry extends StoredEntry {
  result: AcceptedResult;
  sentAt: number;
}

/** An entry the server refused: kept until staff clear it, shown to the elder once. */
export interface RejectedEntry extends StoredEntry {
  result: RejectedResult;
  rejectedAt: number;
  /** When the elder was shown the refusal; null until then. */
  seenAt: number | null;
}

/** The stores and their indexes. */
export interface NuanxinDB extends DBSchema {
  outbox: { key: string; value: StoredEntry; indexes: { 'by-createdAt': number } };
  sent: { key: string; value: SentEntry; indexes: { 'by-sentAt': number; 'by-subject': string } };
  rejected: {
    key: string;
    value: RejectedEntry;
    indexes: { 'by-rejectedAt': number; 'by-subject': string };
  };
  meta: { key: string; value: unknown };
  /** This kiosk's enrollment (key `enrollment`): the device token and the server's name for it. */
  device: { key: string; value: DeviceEnrollment };
  /** The last good copy of what the server publishes through pull, one record per [type, key]. */
  replica: {
    key: [string, string];
    value: ReplicaRecord;
    indexes: { 'by-type': string; 'by-lookup': [string, string] };
  };
}

/** One pulled item (a roster member, later a menu…) as the kiosk keeps it. */
export interface ReplicaRecord {
  type: string;
  key: string;
  /** The change's data, checked against its type when it arrived. */
  data: unknown;
  /** A second key the type asks to find the item by (a member's card hash); absent if none. */
  lookup?: string;
  /** The full pull that last wrote it: a finished full pull deletes what it did not write. */
  generation: number;
  /** The kiosk's clock when it arrived (ms). */
  pulledAt: number;
}

/** What the server gave this kiosk when it was enrolled. */
export interface DeviceEnrollment {
  kioskId: string;
  token: string;
  name: string;
  location: string | null;
  enrolledAt: number;
  /**
   * The server's public key (SPKI base64) identifications are sealed with (shared/sync/proof.ts);
   * given at enrollment and renewed by every pull. Absent on an enrollment made before proofs.
   */
  proofKey?: string;
}

/** An open connection. */
export type Db = IDBPDatabase<NuanxinDB>;

/**
 * Open (and create or upgrade) the database. `onClosed` hears when the connection is gone: closed
 * to let a newer version of the app upgrade, or ended by the browser.
 */
export function openNuanxinDb(name: string, onClosed: () => void): Promise<Db> {
  return openDB<NuanxinDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // One step per version; a later version adds its own `if (oldVersion < 2)` block.
      if (oldVersion < 1) {
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-createdAt', 'createdAt');
        const sent = db.createObjectStore('sent', { keyPath: 'id' });
        sent.createIndex('by-sentAt', 'sentAt');
        sent.createIndex('by-subject', 'subject');
        const rejected = db.createObjectStore('rejected', { keyPath: 'id' });
        rejected.createIndex('by-rejectedAt', 'rejectedAt');
        rejected.createIndex('by-subject', 'subject');
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        db.createObjectStore('device');
      }
      if (oldVersion < 3) {
        const replica = db.createObjectStore('replica', { keyPath: ['type', 'key'] });
        replica.createIndex('by-type', 'type');
        // Items without a lookup key are simply not in this index.
        replica.createIndex('by-lookup', ['type', 'lookup']);
      }
      if (oldVersion >= 3 && oldVersion < 4) {
        // Issue #11: the old roster held each member's birth date, categories, disability, 户籍
        // and PIN hash. Delete it now, not at the end of the next full pull, and pull everything
        // again (no cursor, and "never pulled" until it has: a card finds nobody meanwhile).
        const replica = tx.objectStore('replica');
        for (const key of await replica.index('by-type').getAllKeys(OLD_ROSTER_TYPE))
          await replica.delete(key);
        const meta = tx.objectStore('meta');
        await meta.delete(PULL_META.cursor);
        await meta.delete(PULL_META.lastPullAt);
      }
    },
    blocking(_current, _blocked, event) {
      // A newer app version wants to upgrade: step aside (the page reloads into it).
      (event.target as IDBDatabase).close();
      onClosed();
    },
    terminated: onClosed,
  });
}
