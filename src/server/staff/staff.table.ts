/** Row types of the staff tables (see migrations/20261124_1940_staff.ts). */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { StaffRole } from '../../shared/staff/roles';
import type { IsoTimestamp } from '../db/time';

export interface StaffAccountTable {
  id: string;
  name: string;
  /** Lower-case; unique. */
  username: string;
  role: StaffRole;
  /** `scrypt$N$r$p$salt$hash` (see password.ts); never leaves the server. */
  password_hash: string;
  /** 0 or 1: booleans are integers so SQLite and PostgreSQL read them alike. */
  disabled: number;
  /** 0 while the name is one the server made up (the seeded "管理员"): the console asks for one. */
  name_confirmed: Generated<number>;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface StaffSessionTable {
  /** SHA-256 (hex) of the cookie token: a leaked table cannot be replayed as cookies. */
  token_hash: string;
  account_id: string;
  created_at: IsoTimestamp;
  /** The absolute end, however active the session is. */
  expires_at: IsoTimestamp;
  last_seen_at: IsoTimestamp;
}

/**
 * Failed sign-ins per key (`user:<username>` or `ip:<address>`). Keyed by the username typed,
 * not by account, so a name that does not exist locks exactly like one that does.
 */
export interface LoginAttemptTable {
  key: string;
  failures: Generated<number>;
  window_started_at: IsoTimestamp;
  locked_until: IsoTimestamp | null;
}

export type StaffAccountRow = Selectable<StaffAccountTable>;
export type NewStaffAccountRow = Insertable<StaffAccountTable>;
export type StaffSessionRow = Selectable<StaffSessionTable>;
