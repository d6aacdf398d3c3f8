/** /api/dashboard: the console's first paint (any signed-in staff member). */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import type { DashboardApi } from '../../shared/dashboard/api';
import type { ApiDeps } from '../http/deps';
import { requirePermission, type StaffEnv } from '../staff/session.middleware';
import { dashboardView } from './dashboard.service';

/** The routes under /api/dashboard. Needs `staffSession` in front (createApi does that). */
export function dashboardRoutes(
  { db, clock }: ApiDeps,
  timeZone: () => string,
  /** The folder holding the centre's data, whose disk the dashboard reports. */
  dataDir?: string,
) {
  return new Hono<StaffEnv>().get('/', requirePermission('dashboard.read'), async (c) =>
    c.json(
      (await dashboardView(db, clock(), timeZone(), dataDir)) satisfies Reply<
        typeof DashboardApi.get
      >,
      200,
    ),
  );
}
