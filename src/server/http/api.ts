/** Everything under /api: one Hono app the centre server mounts with `app.route('/api', …)`. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { auditRoutes } from '../audit/audit.routes';
import { type CentreConfigReader, canteenOf, timeZoneOf } from '../config/centre-config';
import { dashboardRoutes } from '../dashboard/dashboard.routes';
import type { Database } from '../db/schema';
import { type Clock, systemClock } from '../db/time';
import { EventBus, type EventDeps } from '../events/bus';
import { eventRoutes, publishAfterChange } from '../events/events.routes';
import { kioskRoutes } from '../kiosks/kiosks.routes';
import { absenceRoutes } from '../meals/absence.routes';
import { mealRoutes } from '../meals/meals.routes';
import { memberRoutes } from '../members/members.routes';
import { type StaffEnv, staffSession } from '../staff/session.middleware';
import { staffRoutes } from '../staff/staff.routes';
import { type ApplierRegistry, createApplierRegistry } from '../sync/appliers';
import { syncRoutes } from '../sync/sync.routes';
import type { ApiDeps } from './deps';
import { apiErrorHandler, apiNotFound } from './error-handler';
import { describeError, jsonLogger, type Logger } from './log';
import { cleanAddress, limitBody } from './validate';

/** What `createApi` needs; only `db` is required. */
export interface ApiOptions {
  db: Kysely<Database>;
  clock?: Clock;
  log?: Logger;
  /** Set when a reverse proxy sits in front (X-Forwarded-For is then believed). */
  trustProxy?: boolean;
  /** The entry kinds a push may carry (default: the product's; tests add their own). */
  appliers?: ApplierRegistry;
  /** The live-event bus behind /api/events (default: a new one; tests pass theirs to watch it). */
  events?: EventBus;
  /** How often /api/events sends a heartbeat comment (default 25 s; tests make it short). */
  eventsHeartbeatMs?: number;
  /** The centre's validated config (the canteen for meal bookings); none = no canteen. */
  centre?: CentreConfigReader;
}

/**
 * The API app: JSON errors (never a stack), a 1 MB body limit, the staff session on every
 * request, /staff and /audit, and a JSON 404 for anything else under /api.
 */
export function createApi(options: ApiOptions) {
  const log = options.log ?? jsonLogger;
  const deps: ApiDeps & EventDeps = {
    db: options.db,
    clock: options.clock ?? systemClock,
    log,
    trustProxy: options.trustProxy ?? false,
    events:
      options.events ??
      new EventBus((error) =>
        log({ level: 'error', msg: 'event listener failed', error: describeError(error) }),
      ),
  };
  const api = new Hono<StaffEnv>();
  api.onError(apiErrorHandler(deps.log));
  api.use('*', async (c, next) => {
    await next();
    // Answers carry personal data and one-time passwords: no cache may keep them.
    c.header('cache-control', 'no-store');
  });
  api.use('*', limitBody());
  api.use('*', cleanAddress());
  api.use('*', staffSession(deps.db, deps.clock));
  // The members routes do not know the bus: any change they answer OK tells the consoles.
  api.use(
    '/members/*',
    publishAfterChange(deps.events, 'members.changed', (url) =>
      ['1', 'true'].includes(url.searchParams.get('dryRun') ?? ''),
    ),
  );
  const routes = api
    .route('/staff', staffRoutes(deps))
    .route('/audit', auditRoutes(deps))
    .route('/kiosks', kioskRoutes(deps))
    .route(
      '/sync',
      syncRoutes(
        deps,
        options.appliers ?? createApplierRegistry([], { canteen: canteenOf(options.centre) }),
      ),
    )
    .route('/members', memberRoutes(deps, timeZoneOf(options.centre)))
    .route('/meals/absent', absenceRoutes(deps, canteenOf(options.centre)))
    .route('/meals', mealRoutes(deps, canteenOf(options.centre)))
    .route('/dashboard', dashboardRoutes(deps))
    .route(
      '/events',
      eventRoutes(
        deps.events,
        options.eventsHeartbeatMs ? { heartbeatMs: options.eventsHeartbeatMs } : {},
      ),
    );
  // Registered last, so it answers only what no route above did.
  routes.all('*', apiNotFound);
  return routes;
}

/** The API's type, for Hono's typed client: `hc<ApiType>('/api')`. */
export type ApiType = ReturnType<typeof createApi>;
