/** The device-token check every kiosk route uses, and the status a kiosk reports in headers. */
import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { textProblem } from '../../shared/sync/json-value';
import type { Database } from '../db/schema';
import type { Clock } from '../db/time';
import type { EventBus } from '../events/bus';
import { AppError } from '../http/errors';
import type { StaffVariables } from '../staff/session.middleware';
import { type KioskPrincipal, type KioskStatus, resolveKiosk } from './kiosks.service';
import { KIOSK_STATUS_HEADERS, MAX_KIOSK_ERROR, MAX_KIOSK_VERSION } from './policy';

/** The Hono env of routes behind `requireKiosk` (inside the API, so the staff variables exist too). */
export type KioskEnv = { Variables: StaffVariables & { kiosk: KioskPrincipal } };

const VERSION = /^[\x21-\x7e]{1,64}$/;

function badStatus(message: string): AppError {
  return new AppError(400, 'invalid_kiosk_status', message);
}

/** The status headers of a request (see KIOSK_STATUS_HEADERS), or a 400 saying which is wrong. */
export function readKioskStatus(c: Context): KioskStatus {
  const h = KIOSK_STATUS_HEADERS;
  const status: KioskStatus = {};
  for (const key of ['appVersion', 'configVersion'] as const) {
    const value = c.req.header(h[key]);
    if (value === undefined) continue;
    if (!VERSION.test(value))
      throw badStatus(
        `The ${h[key]} header must be 1 to ${MAX_KIOSK_VERSION} visible ASCII characters.`,
      );
    status[key] = value;
  }
  const outbox = c.req.header(h.outboxLength);
  if (outbox !== undefined) {
    if (!/^\d{1,7}$/.test(outbox))
      throw badStatus(`The ${h.outboxLength} header must be a whole number from 0 to 9999999.`);
    status.outboxLength = Number(outbox);
  }
  for (const key of ['lastError', 'configError'] as const) {
    const value = c.req.header(h[key]);
    if (value !== undefined) status[key] = readErrorHeader(h[key], value);
  }
  return status;
}

/** A percent-encoded problem text: null when empty (it clears the stored one). */
function readErrorHeader(name: string, value: string): string | null {
  let text: string;
  try {
    text = decodeURIComponent(value);
  } catch {
    throw badStatus(`The ${name} header must be percent-encoded UTF-8 text.`);
  }
  if (textProblem(text))
    throw badStatus(`The ${name} header holds ${textProblem(text)}, which is never valid.`);
  if (text.length > MAX_KIOSK_ERROR)
    throw badStatus(`The ${name} header holds at most ${MAX_KIOSK_ERROR} characters.`);
  return text === '' ? null : text;
}

/**
 * Middleware: the request must carry `authorization: Bearer <device token>` of an enrolled,
 * unrevoked kiosk (401 `kiosk_not_enrolled` / `kiosk_revoked` otherwise). Sets `c.var.kiosk`
 * and stores the status the kiosk reported in its headers.
 */
export function requireKiosk(
  db: Kysely<Database>,
  clock: Clock,
  events?: EventBus,
): MiddlewareHandler<KioskEnv> {
  return async (c, next) => {
    const match = /^Bearer ([A-Za-z0-9_-]{1,100})$/.exec(c.req.header('authorization') ?? '');
    if (!match?.[1])
      throw new AppError(
        401,
        'kiosk_not_enrolled',
        'This request has no kiosk device token (send "Authorization: Bearer <token>"). Enroll the kiosk first.',
      );
    c.set('kiosk', await resolveKiosk(db, match[1], readKioskStatus(c), clock(), events));
    await next();
  };
}

/** The enrolled kiosk, in a handler behind `requireKiosk`. */
export function currentKiosk(c: Context<KioskEnv>): KioskPrincipal {
  return c.get('kiosk');
}

/**
 * Middleware: a request body must be valid UTF-8 (400 otherwise). Decoding elsewhere replaces
 * bad bytes with U+FFFD silently, which would store text nobody sent.
 */
export function strictUtf8(): MiddlewareHandler {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const bytes = new Uint8Array(await c.req.raw.arrayBuffer());
      try {
        decoder.decode(bytes);
      } catch {
        throw new AppError(400, 'invalid_utf8', 'The request body is not valid UTF-8 text.');
      }
      // The stream is spent; hand the same bytes on to the JSON reader.
      c.req.raw = new Request(c.req.raw, { body: bytes });
    }
    await next();
  };
}
