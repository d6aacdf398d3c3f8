/** Row types of kiosk_moves and kiosk_move_tokens (see migrations/20261206_0300_kiosk_moves.ts). */
import type { IsoTimestamp } from '../db/time';

export interface KioskMoveTable {
  kiosk_id: string;
  /** The address the kiosk was told to go to (an origin, e.g. https://nuanxin.lan:8443). */
  to_origin: string;
  /** When the old address first told this kiosk to move (it drains from then on). */
  first_told_at: IsoTimestamp;
  /** When the kiosk enrolled again at the new address with a token; null: still draining. */
  moved_at: IsoTimestamp | null;
}

export interface KioskMoveTokenTable {
  /** SHA-256 (hex) of the token; the token itself is never stored. */
  token_hash: string;
  kiosk_id: string;
  expires_at: IsoTimestamp;
  /** Set on every token of the kiosk when one of them is used. */
  used_at: IsoTimestamp | null;
}
