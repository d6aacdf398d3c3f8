/** Row type of the apply-once record (see migrations/20261124_2000_kiosks_sync.ts). */
import type { Selectable } from 'kysely';
import type { IsoTimestamp } from '../db/time';

/** One entry a kiosk pushed, written in the same transaction as what applying it changed. */
export interface SyncEntryTable {
  /** The entry's UUID v7, made on the kiosk: the primary key is what makes apply-once hold. */
  id: string;
  /** The kiosk whose token pushed it. */
  kiosk_id: string;
  kind: string;
  /** The kiosk's clock, for reports only; rules use received_at. */
  kiosk_time: string;
  received_at: IsoTimestamp;
  status: 'accepted' | 'rejected';
  /** The refusal's code, for the staff list; null when accepted. */
  reason_code: string | null;
  /** The PushResult answered, as JSON text; a resend gets exactly this again. */
  result: string;
}

export type SyncEntryRow = Selectable<SyncEntryTable>;
