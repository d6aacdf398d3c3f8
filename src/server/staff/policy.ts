/** The numbers behind staff sign-in: how long sessions last and when sign-in locks. */

/** A session ends after this long without a request (a shift with a long break still fits). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** And after this long in any case, however active. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reads do not each become a write. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

/** Failed attempts for one username within the window before it locks. */
export const MAX_FAILURES_PER_USERNAME = 5;
/** Failed attempts from one address within the window before it locks; higher, because a whole
 * centre may share one address. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** How far back failures count, and how long a lock lasts. */
export const LOGIN_LOCK_MS = 15 * 60 * 1000;

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'nx_session';
