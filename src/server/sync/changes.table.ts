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
}

export type ChangeRow = Selectable<ChangeTable>;
