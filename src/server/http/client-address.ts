/** The address a request came from, for per-address sign-in limits. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's IP. Behind a reverse proxy (`trustProxy`), the first X-Forwarded-For entry —
 * only then, because any client can write that header. "unknown" when there is no socket
 * (in-process requests in tests).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** True when the request reached us over HTTPS (directly, or as the proxy says). */
export function isHttps(c: Context): boolean {
  // Trusting X-Forwarded-Proto is safe here: a forged "https" only makes a cookie Secure,
  // which can hurt nobody but the forger.
  return (
    new URL(c.req.url).protocol === 'https:' ||
    c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
  );
}
