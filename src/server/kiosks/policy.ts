/** The numbers behind kiosk enrollment and device tokens. */

/** How long an enrollment code works after an admin makes it. */
export const ENROLLMENT_CODE_TTL_MS = 30 * 60 * 1000;
// The code's length and the longest version string are part of the route's contract.
export { ENROLLMENT_CODE_DIGITS, MAX_KIOSK_VERSION } from '../../shared/kiosks/api';
/** Wrong codes from one address within the window before enrolling from there locks. */
export const MAX_ENROLL_FAILURES_PER_ADDRESS = 10;
/** How far back wrong codes count, and how long a lock lasts. */
export const ENROLL_LOCK_MS = 15 * 60 * 1000;
/** last_seen_at is written at most this often (unless the kiosk's reported status changed). */
export const KIOSK_TOUCH_INTERVAL_MS = 60 * 1000;

/**
 * The headers every kiosk request may carry to report its state; an absent header leaves the
 * stored value as it is. `x-kiosk-last-error` and `x-kiosk-config-error` are percent-encoded UTF-8 (encodeURIComponent),
 * since headers carry only Latin-1; an empty value clears it.
 */
export const KIOSK_STATUS_HEADERS = {
  appVersion: 'x-kiosk-app-version',
  configVersion: 'x-kiosk-config-version',
  outboxLength: 'x-kiosk-outbox-length',
  lastError: 'x-kiosk-last-error',
  /** Percent-encoded like lastError: why the kiosk refused a new config (empty: none). */
  configError: 'x-kiosk-config-error',
} as const;

/** The longest error text kept. */
export const MAX_KIOSK_ERROR = 500;
