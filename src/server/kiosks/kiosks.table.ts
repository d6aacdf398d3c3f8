/** Row types of the kiosk tables (see migrations/20261124_2000_kiosks_sync.ts). */
import type { Selectable } from 'kysely';
import type { IsoTimestamp } from '../db/time';

export interface KioskTable {
  id: string;
  name: string;
  location: string | null;
  /** SHA-256 (hex) of the device token; the token itself is never stored. */
  token_hash: string;
  created_at: IsoTimestamp;
  /** Set when an admin revokes the kiosk; its token is then refused for good. */
  revoked_at: IsoTimestamp | null;
  /** Written at most once a minute (see KIOSK_TOUCH_INTERVAL_MS). */
  last_seen_at: IsoTimestamp | null;
  app_version: string | null;
  config_version: string | null;
  outbox_length: number | null;
  last_error: string | null;
  /** Set from the fleet page (migration 20261125_0200): null follows the screen. */
  orientation: 'landscape' | 'portrait' | null;
  /** JSON list of the jobs this kiosk offers; null = every job of the centre's config. */
  jobs: string | null;
  /** The config problem the kiosk last reported (it then keeps running its last good one). */
  config_error: string | null;
}

export interface KioskEnrollmentCodeTable {
  id: string;
  /** SHA-256 (hex) of the 8-digit code. */
  code_hash: string;
  /** The name and place the kiosk gets when it enrolls with this code. */
  name: string;
  location: string | null;
  /** The admin who made the code. */
  created_by: string | null;
  created_at: IsoTimestamp;
  expires_at: IsoTimestamp;
  used_at: IsoTimestamp | null;
  /** The kiosk that used it. */
  kiosk_id: string | null;
}

export type KioskRow = Selectable<KioskTable>;
export type KioskEnrollmentCodeRow = Selectable<KioskEnrollmentCodeTable>;
