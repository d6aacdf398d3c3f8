/** The default push: POST /api/sync/push with the kiosk's device token. */

import { SYNC_PUSH_PATH } from '../../shared/sync/protocol';
import type { PushRequest, PushResponse } from '../../shared/sync/push';
import { retryAfterOf } from './backoff';

/** Sends one batch and resolves with the server's (unchecked) answer; throws `PushHttpError` on a non-2xx. */
export type PushFn = (request: PushRequest, init: { signal: AbortSignal }) => Promise<PushResponse>;

/** An HTTP answer other than 2xx, with the server's error code and any Retry-After. */
export class PushHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PushHttpError';
  }
}

/** What `httpPush` needs: the device token (null = not enrolled) and, for tests, fetch. */
export interface HttpPushOptions {
  getToken: () => string | null | Promise<string | null>;
  fetch?: typeof fetch;
  url?: string;
  /** The kiosk's status headers (`x-kiosk-*`), sent with every push so the centre sees its state. */
  statusHeaders?: () => Record<string, string>;
}

/** A push over HTTP. No token means not enrolled: a 401 without asking the server. */
export function httpPush(options: HttpPushOptions): PushFn {
  return async (request, { signal }) => {
    const token = await options.getToken();
    if (!token) throw new PushHttpError(401, 'this kiosk has no device token', 'not_enrolled');
    const response = await (options.fetch ?? fetch)(options.url ?? SYNC_PUSH_PATH, {
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
      // The server's error shape is { error: { code, message } }; anything else is still an error.
      const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      throw new PushHttpError(
        response.status,
        typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
        typeof error?.code === 'string' ? error.code : undefined,
        retryAfterOf(response, Date.now()),
      );
    }
    return body as PushResponse;
  };
}
