/** How long to wait before trying again after failures: exponential, with full jitter. */

/** The first retry waits up to this long. */
export const BACKOFF_BASE_MS = 1000;
/** No wait is longer than this, however long the server has been away. */
export const BACKOFF_CAP_MS = 5 * 60 * 1000;

/**
 * The wait after `failures` failures in a row: uniformly random in [0, min(cap, base·2^(n−1))),
 * so a room of kiosks coming back after a power cut does not hit the server all at once.
 */
export function backoffDelayMs(
  failures: number,
  random: () => number,
  baseMs = BACKOFF_BASE_MS,
  capMs = BACKOFF_CAP_MS,
): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(failures - 1, 40));
  return Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
}

/**
 * The server's Retry-After as milliseconds from now, for push and pull alike: delay-seconds
 * ("120") or an HTTP date ("Wed, 25 Nov 2026 04:02:00 GMT"). A date is read against the answer's
 * own `Date` header when it has one (both are the server's clock; the kiosk's may be off), else
 * against `now`. A date in the past is 0; anything else unreadable is undefined (no wish).
 */
export function retryAfterMs(
  header: string | null | undefined,
  now: number,
  serverDate?: string | null,
): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Every HTTP date form starts with the day's name; Date.parse alone takes "1.5" or "-5" too.
  const at = /^[A-Za-z]{3}/.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(at)) return undefined;
  const sent = serverDate ? Date.parse(serverDate) : Number.NaN;
  return Math.max(0, at - (Number.isFinite(sent) ? sent : now));
}

/** `retryAfterMs` for an HTTP answer. */
export function retryAfterOf(response: Pick<Response, 'headers'>, now: number): number | undefined {
  return retryAfterMs(response.headers.get('retry-after'), now, response.headers.get('date'));
}
