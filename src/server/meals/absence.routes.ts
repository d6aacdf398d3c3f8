/**
 * /api/meals/absent: the absence alert (平安签到) and staff's follow-ups. For staff and admins,
 * not the kitchen: the list carries emergency contacts and the follow-up is the desk's work, the
 * same people who may open the members register (where those contacts live).
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { MealsApi } from '../../shared/meals/api';
import type { ApiDeps } from '../http/deps';
import { jsonBody, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { csvHeaders } from '../lib/csv';
import { actorOf } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { absenceCsv } from './absence.csv';
import { absenceList, recordAbsenceCheck } from './absence.service';
import type { CanteenSource } from './meals.appliers';

export function absenceRoutes({ db, clock }: ApiDeps, canteen: CanteenSource) {
  return new Hono<StaffEnv>()
    .get('/', requirePermission('meals.absence'), validQuery(MealsApi.absent.query), async (c) => {
      const q = c.req.valid('query');
      const answer = await absenceList(db, canteen(), clock(), q.day);
      if (q.format === 'csv') {
        const day = answer.state === 'off' ? (q.day ?? 'today') : answer.day;
        return new Response(absenceCsv(answer), {
          status: 200,
          headers: csvHeaders(`absent-${day}.csv`),
        });
      }
      return c.json({ absence: answer } satisfies Reply<typeof MealsApi.absent>, 200);
    })
    .post(
      '/checks',
      requirePermission('meals.absence'),
      strictUtf8(),
      jsonBody(MealsApi.absenceCheck.body),
      async (c) => {
        const actor = actorOf(currentStaff(c));
        const check = await recordAbsenceCheck(db, canteen(), actor, c.req.valid('json'), clock());
        return c.json({ check } satisfies Reply<typeof MealsApi.absenceCheck>, 201);
      },
    );
}
