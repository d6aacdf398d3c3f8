/**
 * One request from this kiosk to one of the server's kiosk routes other than push and pull (the
 * staff PIN, the speech token): the device token, the status headers, a deadline, and the answer
 * sorted into what a screen can say. Push and pull keep their own transport (transport.ts), whose
 * errors drive the sync loop's back-off.
 */
import { retryAfterOf } from './backoff';

/** How long a screen waits for the server before saying there is no connection. */
export const DEVICE_REQUEST_TIMEOUT_MS = 8000;

export type DeviceAnswer =
  | { ok: true; status: number; body: unknown }
  | {
      ok: false;
      /**
       * unenrolled: no device token, or the server no longer knows it (401); offline: no answer
       * (network, deadline) or the server could not answer (5xx); refused: any other 4xx.
       */
      kind: 'unenrolled' | 'offline' | 'refused';
      status?: number;
      code?: string;
      retryAfterMs?: number;
      message: string;
    };

export interface DeviceRequestOptions {
  getToken: () => string | null | Promise<string | null>;
  statusHeaders?: () => Record<string, string>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** `method path` with the device token (and `body` as JSON), answered as a DeviceAnswer; never throws. */
export async function deviceRequest(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  options: DeviceRequestOptions,
): Promise<DeviceAnswer> {
  const token = await Promise.resolve(options.getToken()).catch(() => null);
  if (!token) return { ok: false, kind: 'unenrolled', message: 'this kiosk has no device token' };
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(path, {
      method,
      headers: {
        ...options.statusHeaders?.(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        authorization: `Bearer ${token}`,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? DEVICE_REQUEST_TIMEOUT_MS),
      cache: 'no-store',
    });
  } catch (error) {
    return { ok: false, kind: 'offline', message: String((error as Error)?.message ?? error) };
  }
  const answer: unknown =
    response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, status: response.status, body: answer };
  const error = (answer as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const retryAfterMs = retryAfterOf(response, Date.now());
  return {
    ok: false,
    kind: response.status === 401 ? 'unenrolled' : response.status >= 500 ? 'offline' : 'refused',
    status: response.status,
    ...(typeof error?.code === 'string' ? { code: error.code } : {}),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    message: typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
  };
}
