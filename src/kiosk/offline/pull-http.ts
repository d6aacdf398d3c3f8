/**
 * The default pull: POST /api/sync/pull with the kiosk's device token, exactly like a push, and
 * a deadline so a request that never answers cannot hold the loop.
 */

import { SYNC_PULL_PATH } from '../../shared/sync/protocol';
import type { PullRequest } from '../../shared/sync/pull';
import { retryAfterOf } from './backoff';
import { PushTimeout } from './deadline';
import { type HttpPushOptions, PushHttpError } from './http-push';
import type { SyncTimers } from './sync-env';

/** Asks for one page and resolves with the server's (unchecked) answer; throws `PushHttpError` on a non-2xx. */
export type PullFn = (request: PullRequest, init: { signal: AbortSignal }) => Promise<unknown>;

/** The same needs as the push: the token (null = not enrolled), status headers, and for tests fetch. */
export type HttpPullOptions = HttpPushOptions;

/** A pull over HTTP. No token means not enrolled: a 401 without asking the server. */
export function httpPull(options: HttpPullOptions): PullFn {
  return async (request, { signal }) => {
    const token = await options.getToken();
    if (!token) throw new PushHttpError(401, 'this kiosk has no device token', 'not_enrolled');
    const response = await (options.fetch ?? fetch)(options.url ?? SYNC_PULL_PATH, {
      method: 'POST',
      headers: {
        ...options.statusHeaders?.(),
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(request),
      signal,
      cache: 'no-store',
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      throw new PushHttpError(
        response.status,
        typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
        typeof error?.code === 'string' ? error.code : undefined,
        retryAfterOf(response, Date.now()),
      );
    }
    return body;
  };
}

/** `pull(request)`, aborted and rejected with `PushTimeout` after `timeoutMs`. */
export function pullWithDeadline(
  pull: PullFn,
  request: PullRequest,
  timers: SyncTimers,
  timeoutMs: number,
): Promise<unknown> {
  const controller = new AbortController();
  return new Promise((resolve, reject) => {
    const deadline = timers.setTimeout(() => {
      controller.abort();
      reject(new PushTimeout(timeoutMs));
    }, timeoutMs);
    pull(request, { signal: controller.signal }).then(
      (body) => {
        timers.clearTimeout(deadline);
        resolve(body);
      },
      (error: unknown) => {
        timers.clearTimeout(deadline);
        reject(error);
      },
    );
  });
}
