/**
 * Who is signed in, for every API request, and the permission check each console route uses
 * (the permissions and the roles holding them are in src/shared/staff/roles.ts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { type Permission, rolesWith } from '../../shared/staff/roles';
import type { Database } from '../db/schema';
import type { Clock } from '../db/time';
import { isHttps } from '../http/client-address';
import { AppError } from '../http/errors';
import { resolveSession, type StaffPrincipal } from './login.service';
import { SESSION_COOKIE } from './policy';

/** The context variables set by `staffSession`. */
export interface StaffVariables {
  /** The signed-in staff member, or null. */
  staff: StaffPrincipal | null;
  /** True when the request carried a session cookie that no longer works. */
  sessionEnded: boolean;
}

/** The Hono env of routes behind `staffSession`. */
export type StaffEnv = { Variables: StaffVariables };

/** Sets the session cookie: httpOnly, SameSite=Strict, Path=/, Secure over HTTPS. */
export function setSessionCookie(c: Context, token: string, expiresAt: string, now: Date) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isHttps(c),
    maxAge: Math.max(0, Math.floor((new Date(expiresAt).getTime() - now.getTime()) / 1000)),
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
  });
}

/**
 * Middleware for everything under /api: reads the session cookie and sets `c.var.staff`
 * (null when signed out). A cookie that no longer works is cleared.
 */
export function staffSession(db: Kysely<Database>, clock: Clock): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const resolved = token ? await resolveSession(db, token, clock()) : null;
    c.set('staff', resolved === 'ended' ? null : resolved);
    c.set('sessionEnded', resolved === 'ended');
    if (resolved === 'ended') clearSessionCookie(c);
    await next();
  };
}

/**
 * Middleware: lets the request through only for a signed-in staff member whose role holds
 * `permission`. 401 when not signed in, 403 naming the roles that may. Routes name what they
 * do, never who may do it: the role map decides that, for the server and the console alike.
 */
export function requirePermission(permission: Permission): MiddlewareHandler<StaffEnv> {
  const roles = rolesWith(permission);
  return async (c, next) => {
    const staff = c.get('staff');
    if (staff === undefined)
      throw new Error('requirePermission needs the staffSession middleware in front of it.');
    if (staff === null) {
      throw c.get('sessionEnded')
        ? new AppError(401, 'session_expired', 'Your session has ended. Please log in again.')
        : new AppError(401, 'not_logged_in', 'Please log in to the staff console first.');
    }
    if (!roles.includes(staff.role)) throw refused(permission, staff.role);
    await next();
  };
}

/**
 * The 403 for a role without `permission`, for checks a route makes inside its handler (one
 * path, two permissions by query). The code stays `wrong_role`: consoles and scripts key on it.
 */
export function refused(permission: Permission, role: string): AppError {
  return new AppError(
    403,
    'wrong_role',
    `Only ${rolesWith(permission).join(' or ')} accounts can do this; you are signed in as ${role}.`,
  );
}

/** The signed-in staff member, in a handler behind `requirePermission`. */
export function currentStaff(c: Context<StaffEnv>): StaffPrincipal {
  const staff = c.get('staff');
  if (!staff) throw new Error('currentStaff used on a route without requirePermission.');
  return staff;
}
