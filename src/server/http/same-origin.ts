/**
 * Cross-site request forgery: a change reaches the API only from the server's own pages.
 *
 * SameSite=Strict cookies are not enough: SameSite ignores ports, so a page on another port of the
 * centre server's address counts as the same site and its auto-submitting form carried the staff
 * cookie (issue #11 finding 3). Browsers name where a request comes from: `Sec-Fetch-Site`
 * (Chromium, Firefox, Safari since 2023) and `Origin` (on every cross-origin POST). A change is
 * refused when either names anything other than this server's own origin — scheme, host and port.
 *
 * A request with neither header cannot come from a page (a browser always sends Origin on a
 * cross-origin POST): it is a script or `curl` with the staff cookie or a kiosk token in hand, so
 * it is let through to the route's own sign-in and role checks.
 *
 * The three body types a plain HTML form can send without asking the server first
 * (urlencoded, multipart, text/plain) are refused outright on every change: the console sends
 * JSON, a members file as text/csv and a photo as its image type, so nothing real uses them.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_MEDIA_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)$/i;

/** This server's origin as the browser sees it (the proxy's, when one is trusted). */
export function ownOrigin(c: Context, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  if (trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto === 'http' || proto === 'https') url.protocol = `${proto}:`;
    if (host) return `${url.protocol}//${host}`;
  }
  // URL.origin drops a default port, as browsers do in the Origin header.
  return url.origin;
}

/** Middleware: refuse a change sent from another origin, or as an HTML form's body. */
export function sameOriginChanges(trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const fetchSite = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const foreign =
      (fetchSite !== undefined && fetchSite !== 'same-origin') ||
      (origin !== undefined && origin !== ownOrigin(c, trustProxy));
    if (foreign)
      throw new AppError(
        403,
        'cross_origin',
        'This change was sent from another web page, so it was refused. Make it in the staff console itself.',
      );
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (FORM_MEDIA_TYPES.test(mediaType))
      throw new AppError(
        415,
        'unsupported_media_type',
        'Send the request body as JSON, with the header "Content-Type: application/json".',
      );
    return next();
  };
}
