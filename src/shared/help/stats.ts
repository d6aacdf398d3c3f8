/**
 * The response-time figures a centre reports ("24-hour emergency response"): the median and the
 * 90th percentile of a set of durations. Pure, so the server's report and any check of it agree.
 */
import type { DurationSummary } from './api-types';

/**
 * The `p`-th percentile (0–100) of `values` by the nearest-rank method: the smallest value that
 * at least p % of the values are at or below. Always one of the values (no interpolation), so a
 * "p90 of 45 s" is a time some call really took. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be 0–100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

/**
 * The median: the middle value, or the mean of the two middle values for an even count (the
 * usual meaning, which a statistics office will check by hand). Null for no values.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Count, median and p90 of durations in seconds. */
export function summarizeDurations(seconds: readonly number[]): DurationSummary {
  return {
    count: seconds.length,
    medianSeconds: median(seconds),
    p90Seconds: percentile(seconds, 90),
  };
}
