/** Why the last sync did not get through, for the staff screen (never shown to elders). */
import { PushTimeout } from './deadline';
import { SyncHttpError } from './transport';

/**
 * - `network`: no answer at all (offline, server down); `timeout`: no answer in time;
 * - `server`: a 5xx, 408 or 429; `refused`: another 4xx for the whole batch (a bug: the batch is
 *   resent only after back-off, never in a loop); `unauthorized`: 401 or 403, enrol again;
 * - `bad_response`: an answer the kiosk cannot read; `unanswered`: entries the answer left out;
 * - `storage`: the kiosk's own database failed.
 */
export const SYNC_PROBLEM_CODES = [
  'network',
  'timeout',
  'server',
  'refused',
  'unauthorized',
  'bad_response',
  'unanswered',
  'storage',
] as const;

/** One kind of sync failure; the staff screen shows the string `sync.problem.<code>`. */
export type SyncProblemCode = (typeof SYNC_PROBLEM_CODES)[number];

/** One failed attempt: what kind, the HTTP status if any, English detail for logs, and when. */
export interface SyncProblem {
  code: SyncProblemCode;
  status?: number;
  detail: string;
  at: number;
}

/** A failed push's problem, and any Retry-After the server asked for. */
export function problemFrom(error: unknown): {
  problem: Omit<SyncProblem, 'at'>;
  retryAfterMs: number;
} {
  if (error instanceof SyncHttpError) {
    const { status } = error;
    const detail = `HTTP ${status}${error.code ? ` ${error.code}` : ''}: ${error.message}`;
    if (status === 401 || status === 403)
      return { problem: { code: 'unauthorized', status, detail }, retryAfterMs: 0 };
    if (status >= 500 || status === 408 || status === 429)
      return { problem: { code: 'server', status, detail }, retryAfterMs: error.retryAfterMs ?? 0 };
    return { problem: { code: 'refused', status, detail }, retryAfterMs: 0 };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    problem: { code: error instanceof PushTimeout ? 'timeout' : 'network', detail },
    retryAfterMs: 0,
  };
}
