/** Everything under /api: one Hono app the centre server mounts with `app.route('/api', …)`. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { auditRoutes } from '../audit/audit.routes';
import { auditCsvExports } from '../audit/audit-exports';
import { classRecordsRoutes } from '../classes/class-records.routes';
import { classesRoutes } from '../classes/classes.routes';
import { memberCommunityRoutes } from '../classes/member-community.routes';
import { presenterRoutes } from '../classes/presenter.routes';
import {
  type CentreConfigReader,
  canteenOf,
  rosterRulesOf,
  timeZoneOf,
} from '../config/centre-config';
import { configRoutes } from '../config/config.routes';
import { ConfigStore } from '../config/config-store';
import { mealsPublishRoutes } from '../config/meals-publish.routes';
import { dashboardRoutes } from '../dashboard/dashboard.routes';
import type { Database } from '../db/schema';
import { type Clock, systemClock } from '../db/time';
import { EventBus, type EventDeps } from '../events/bus';
import { eventRoutes, publishAfterChange } from '../events/events.routes';
import type { EscalationOptions } from '../help/escalation';
import { helpRoutes } from '../help/help.routes';
import { startHelpRuntime } from '../help/help.runtime';
import { kioskRoutes } from '../kiosks/kiosks.routes';
import type { MoveTarget } from '../kiosks/moves.service';
import { type SpeechTokenOptions, SpeechTokens } from '../kiosks/speech-token';
import { speechTokenRoutes } from '../kiosks/speech-token.routes';
import { staffPinRoutes } from '../kiosks/staff-pin.routes';
import { lessonProgressRoutes, memberLessonsRoutes } from '../lessons/lesson-progress.routes';
import { absenceRoutes } from '../meals/absence.routes';
import { mealRoutes } from '../meals/meals.routes';
import { memberIdNumberRoutes } from '../members/id-number.routes';
import { kioskIdentifyRoutes } from '../members/identify.routes';
import { memberRoutes } from '../members/members.routes';
import { RosterKeeper } from '../members/roster.service';
import { peopleRoutes } from '../people/people.routes';
import { photoRoutes } from '../photos/photos.routes';
import { createApplierRegistry } from '../product-appliers';
import { type StaffEnv, staffSession } from '../staff/session.middleware';
import { staffRoutes } from '../staff/staff.routes';
import { subsidyImportRoutes } from '../subsidies/import.routes';
import { mySubsidiesRoutes } from '../subsidies/my-subsidies.routes';
import { outreachRoutes } from '../subsidies/outreach.routes';
import { subsidyReportRoutes } from '../subsidies/report.routes';
import { subsidyRegisterRoutes } from '../subsidies/subsidies.routes';
import type { ApplierRegistry } from '../sync/appliers';
import { ChangeNotifier, liveRoutes } from '../sync/live.routes';
import { syncRoutes } from '../sync/sync.routes';
import type { ApiDeps } from './deps';
import { apiErrorHandler, apiNotFound } from './error-handler';
import { describeError, jsonLogger, type Logger } from './log';
import { sameOriginChanges } from './same-origin';
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
  /** How often an open stream checks its session or kiosk is still valid (default 5 s). */
  streamCheckMs?: number;
  /** The centre's validated config (the canteen for meal bookings); none = no canteen. */
  centre?: CentreConfigReader;
  /**
   * The config versions behind /api/config (default: a store over `db` with no seed folder).
   * Unless `centre` is given, the rules read the config from this store.
   */
  config?: ConfigStore;
  /** The emergency escalation webhook (main.ts reads it from the environment; tests inject one). */
  escalation?: EscalationOptions;
  /** Aborted when the server closes: background work (the escalation watcher) stops. */
  signal?: AbortSignal;
  /** Azure Speech tokens for kiosks: the token service's address (tests point it at a fake). */
  speech?: SpeechTokenOptions;
  /** The folder holding the centre's data: the dashboard warns when its disk is nearly full. */
  dataDir?: string;
  /** The centre's new address while kiosks move to it (MOVE_TO). */
  move?: MoveTarget;
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
  const config = options.config ?? new ConfigStore(options.db, { log, clock: deps.clock });
  options = { ...options, centre: options.centre ?? config.reader };
  const centre = options.centre;
  const help = startHelpRuntime({
    ...deps,
    centre,
    escalation: options.escalation,
    signal: options.signal,
  });
  const notifier = new ChangeNotifier(deps.db, deps.events, log);
  const rosterRules = rosterRulesOf(centre);
  const roster = new RosterKeeper(deps.db, rosterRules);
  const heartbeat = {
    ...(options.eventsHeartbeatMs ? { heartbeatMs: options.eventsHeartbeatMs } : {}),
    ...(options.streamCheckMs ? { checkMs: options.streamCheckMs } : {}),
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
  api.use('*', sameOriginChanges(deps.trustProxy));
  api.use('*', staffSession(deps.db, deps.clock));
  api.use('*', auditCsvExports(deps.db, deps.clock, log));
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
    .route('/kiosk', speechTokenRoutes(deps, centre, new SpeechTokens(options.speech)))
    .route('/kiosk', staffPinRoutes(deps, centre))
    .route(
      '/sync',
      syncRoutes(
        deps,
        options.appliers ??
          createApplierRegistry([], {
            canteen: canteenOf(options.centre),
            help: () => centre?.()?.help,
            subsidies: () => centre?.()?.subsidies,
          }),
        // A new day, price table or card key changes roster items no write touched.
        (now) => roster.refresh(now),
        options.move,
      ),
    )
    .route('/sync', liveRoutes(deps, notifier, heartbeat))
    .route('/help', helpRoutes(deps, help.feed, centre))
    .route('/members', memberLessonsRoutes(deps))
    .route('/members', memberIdNumberRoutes(deps))
    .route('/members', memberCommunityRoutes(deps, centre))
    .route('/members', memberRoutes(deps, rosterRules))
    .route('/kiosk', kioskIdentifyRoutes(deps))
    .route('/kiosk', mySubsidiesRoutes(deps, centre))
    .route('/subsidies', subsidyRegisterRoutes(deps, centre))
    .route('/subsidies/outreach', outreachRoutes(deps, centre))
    .route('/subsidies', subsidyImportRoutes(deps, centre))
    .route('/subsidies', subsidyReportRoutes(deps, centre))
    .route('/kiosk', lessonProgressRoutes(deps))
    .route('/meals/absent', absenceRoutes(deps, canteenOf(options.centre)))
    .route('/meals', mealRoutes(deps, canteenOf(options.centre)))
    .route('/dashboard', dashboardRoutes(deps, timeZoneOf(options.centre), options.dataDir))
    // Before /config: the kitchen's meals-only publish (configRoutes publishes for admins only).
    .route('/config/meals', mealsPublishRoutes(deps, config))
    .route('/config', configRoutes(deps, config))
    .route('/photos', photoRoutes(deps))
    .route('/people', peopleRoutes(deps))
    .route('/classes', classesRoutes(deps, centre, config))
    .route('/classes', classRecordsRoutes(deps, centre))
    .route('/classes', presenterRoutes(deps))
    .route('/events', eventRoutes(deps.events, { ...heartbeat, db: deps.db, clock: deps.clock }));
  // Registered last, so it answers only what no route above did.
  routes.all('*', apiNotFound);
  return routes;
}

/** The API's type, for Hono's typed client: `hc<ApiType>('/api')`. */
export type ApiType = ReturnType<typeof createApi>;
