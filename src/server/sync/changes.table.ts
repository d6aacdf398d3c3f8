/** Row type of the change feed kiosks pull (see migrations/20261124_2200_members.ts). */
import type { Generated, Selectable } from 'kysely';
import type { IsoTimestamp } from '../db/time';

export interface ChangeTable {
  /** Grows with every publish; a kiosk's cursor is the last seq it has. pg reads it as text. */
  seq: Generated<number | string>;
  /** A change type, e.g. "member". */
  type: string;
  /** Which item of the type, e.g. the member's id; one row per (type, key). */
  key: string;
  op: 'put' | 'delete';
  /** The item as JSON text; null for a delete. */
  data: string | null;
  created_at: IsoTimestamp;
  /**
   * PostgreSQL: the id of the transaction that wrote the row (set by the column's default); a
   * pull reads in (txid, seq) order below the oldest writer still open. SQLite: always 0.
   */
  txid: Generated<number | string>;
}

export type ChangeRow = Selectable<ChangeTable>;

/** One restore of the database (migrations/20261205_1700_database_restores.ts). */
export interface DatabaseRestoreTable {
  restored_at: IsoTimestamp;
  /** The restored backup's last seq: cursors up to here are still good. pg reads bigint as text. */
  lost_after_seq: number | string;
  /** The last seq the replaced database could have handed out; the feed goes on above it. */
  lost_through_seq: number | string;
}
