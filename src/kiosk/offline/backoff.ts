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
