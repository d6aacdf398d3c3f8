/**
 * The kiosk's one transport to the sync API, for push and pull alike, so the two cannot drift:
 * POST JSON with the device token and the kiosk's status headers; a non-2xx answer becomes a
 * `SyncHttpError` with the server's code, message and Retry-After (seconds or an HTTP date, read
 * by backoff.ts). No token means not enrolled: a 401 without asking the server.
 */
import { SYNC_PULL_PATH, SYNC_PUSH_PATH } from '../../shared/sync/protocol';
import type { PullRequest } from '../../shared/sync/pull';
import type { PushRequest, PushResponse } from '../../shared/sync/push';
import { retryAfterOf } from './backoff';

/** An HTTP answer other than 2xx, with the server's error code and any Retry-After. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** One request to the server, resolving with its (unchecked) answer; throws `SyncHttpError` on a non-2xx. */
export type SyncCall<Request, Answer> = (
  request: Request,
  init: { signal: AbortSignal },
) => Promise<Answer>;

/** Sends one batch of the outbox. */
export type PushFn = SyncCall<PushRequest, PushResponse>;
/** Asks for one page of changes. */
export type PullFn = SyncCall<PullRequest, unknown>;

/** What the transport needs: the device token (null = not enrolled) and, for tests, fetch. */
export interface TransportOptions {
  getToken: () => string | null | Promise<string | null>;
  fetch?: typeof fetch;
  url?: string;
  /** The kiosk's status headers (`x-kiosk-*`), sent with every request so the centre sees its state. */
  statusHeaders?: () => Record<string, string>;
}

/** A POST to `path` with the kiosk's token and status headers. */
function syncCall(path: string, options: TransportOptions): SyncCall<unknown, unknown> {
  return async (request, { signal }) => {
    const token = await options.getToken();
    if (!token) throw new SyncHttpError(401, 'this kiosk has no device token', 'not_enrolled');
    const response = await (options.fetch ?? fetch)(options.url ?? path, {
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
      throw new SyncHttpError(
        response.status,
        typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
        typeof error?.code === 'string' ? error.code : undefined,
        retryAfterOf(response, Date.now()),
      );
    }
    return body;
  };
}

/** The default push: POST /api/sync/push. */
export function httpPush(options: TransportOptions): PushFn {
  return syncCall(SYNC_PUSH_PATH, options) as PushFn;
}

/** The default pull: POST /api/sync/pull. */
export function httpPull(options: TransportOptions): PullFn {
  return syncCall(SYNC_PULL_PATH, options);
}

/** Any other kiosk call to the server (e.g. POST /api/kiosk/identify), through the same transport. */
export function httpKioskCall<Request, Answer>(
  path: string,
  options: TransportOptions,
): SyncCall<Request, Answer> {
  return syncCall(path, options) as SyncCall<Request, Answer>;
}
