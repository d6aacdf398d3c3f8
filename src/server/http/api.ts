/** Everything under /api: one Hono app the centre server mounts with `app.route('/api', …)`. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { auditRoutes } from '../audit/audit.routes';
import type { Database } from '../db/schema';
import { type Clock, systemClock } from '../db/time';
import { kioskRoutes } from '../kiosks/kiosks.routes';
import { type StaffEnv, staffSession } from '../staff/session.middleware';
import { staffRoutes } from '../staff/staff.routes';
import type { ApplierRegistry } from '../sync/appliers';
import { syncRoutes } from '../sync/sync.routes';
import type { ApiDeps } from './deps';
import { apiErrorHandler, apiNotFound } from './error-handler';
import { jsonLogger, type Logger } from './log';
import { limitBody } from './validate';

/** What `createApi` needs; only `db` is required. */
export interface ApiOptions {
  db: Kysely<Database>;
  clock?: Clock;
  log?: Logger;
  /** Set when a reverse proxy sits in front (X-Forwarded-For is then believed). */
  trustProxy?: boolean;
  /** The entry kinds a push may carry (default: the product's; tests add their own). */
  appliers?: ApplierRegistry;
}

/**
 * The API app: JSON errors (never a stack), a 1 MB body limit, the staff session on every
 * request, /staff and /audit, and a JSON 404 for anything else under /api.
 */
export function createApi(options: ApiOptions) {
  const deps: ApiDeps = {
    db: options.db,
    clock: options.clock ?? systemClock,
    log: options.log ?? jsonLogger,
    trustProxy: options.trustProxy ?? false,
  };
  const api = new Hono<StaffEnv>();
  api.onError(apiErrorHandler(deps.log));
  api.use('*', async (c, next) => {
    await next();
    // Answers carry personal data and one-time passwords: no cache may keep them.
    c.header('cache-control', 'no-store');
  });
  api.use('*', limitBody());
  api.use('*', staffSession(deps.db, deps.clock));
  const routes = api
    .route('/staff', staffRoutes(deps))
    .route('/audit', auditRoutes(deps))
    .route('/kiosks', kioskRoutes(deps))
    .route('/sync', syncRoutes(deps, options.appliers));
  // Registered last, so it answers only what no route above did.
  routes.all('*', apiNotFound);
  return routes;
}

/** The API's type, for Hono's typed client: `hc<ApiType>('/api')`. */
export type ApiType = ReturnType<typeof createApi>;
