/** /api/meals: the kitchen's roster and marking, and the admin's meal and subsidy report. */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { MealsApi } from '../../shared/meals/api';
import type { ApiDeps } from '../http/deps';
import { jsonBody, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { csvHeaders } from '../lib/csv';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import type { CanteenSource } from './meals.appliers';
import { reportCsv, rosterCsv } from './meals.csv';
import { mealReport, setBookingStatus, sittingRoster } from './meals.service';

const csv = (body: string, name: string) =>
  new Response(body, {
    status: 200,
    headers: csvHeaders(name),
  });

/** `canteen` names the meals in the roster's CSV (ids when the centre has no canteen config). */
export function mealRoutes({ db, clock }: ApiDeps, canteen: CanteenSource = () => undefined) {
  return new Hono<StaffEnv>()
    .get(
      '/roster',
      requirePermission('meals.roster'),
      validQuery(MealsApi.roster.query),
      async (c) => {
        const q = c.req.valid('query');
        const roster = await sittingRoster(db, q.day, q.sitting);
        if (q.format === 'csv') {
          const meals = canteen()?.meals.meals ?? [];
          const name = (id: string) => meals.find((m) => m.id === id)?.name['zh-Hans'] ?? id;
          return csv(rosterCsv(roster, name), `roster-${q.day}-${q.sitting}.csv`);
        }
        return c.json({ roster } satisfies Reply<typeof MealsApi.roster>, 200);
      },
    )
    .post(
      '/bookings/:id/status',
      requirePermission('meals.roster'),
      strictUtf8(),
      jsonBody(MealsApi.bookingStatus.body),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        const { status } = c.req.valid('json');
        // It answers the status asked for once it holds (the service refuses any other move).
        await setBookingStatus(db, actor, c.req.param('id'), status, clock());
        return c.json({ status } satisfies Reply<typeof MealsApi.bookingStatus>, 200);
      },
    )
    .get(
      '/report',
      requirePermission('meals.report'),
      validQuery(MealsApi.report.query),
      async (c) => {
        const q = c.req.valid('query');
        const report = await mealReport(db, q.from, q.to);
        if (q.format === 'csv') return csv(reportCsv(report), `meals-${q.from}-${q.to}.csv`);
        return c.json({ report } satisfies Reply<typeof MealsApi.report>, 200);
      },
    );
}
