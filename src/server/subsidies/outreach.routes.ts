/**
 * /api/subsidies/outreach/*: the desk's outreach lists (subsidies.outreach: admin and staff — they
 * carry phones and addresses), as JSON for the console or CSV for Excel (`?format=csv`, audited
 * like every export by audit-exports.ts).
 */
import { Hono } from 'hono';
import { OutreachApi } from '../../shared/subsidies/outreach-api';
import type { CentreConfigReader } from '../config/centre-config';
import type { ApiDeps } from '../http/deps';
import { validQuery } from '../http/validate';
import { centreToday, DEFAULT_TIME_ZONE } from '../lib/centre-day';
import { csvHeaders } from '../lib/csv';
import { requirePermission, type StaffEnv } from '../staff/session.middleware';
import { birthdaysCsv, eligibleCsv } from './outreach.csv';
import { birthdayList, eligibleList } from './outreach.service';

export function outreachRoutes({ db, clock }: ApiDeps, centre: CentreConfigReader | undefined) {
  const today = () => {
    const config = centre?.();
    return {
      subsidies: config?.subsidies,
      day: centreToday(clock(), config?.centre.timeZone ?? DEFAULT_TIME_ZONE),
    };
  };
  return new Hono<StaffEnv>()
    .get(
      '/eligible',
      requirePermission('subsidies.outreach'),
      validQuery(OutreachApi.eligible.query),
      async (c) => {
        const { subsidies, day } = today();
        const lines = await eligibleList(db, subsidies, day);
        if (c.req.valid('query').format === 'csv')
          return new Response(eligibleCsv(subsidies, lines), {
            status: 200,
            headers: csvHeaders(`subsidy-outreach-eligible-${day}.csv`),
          });
        // Typed by the service as the contract's output (its reasons' lists are read-only there).
        return c.json({ day, lines }, 200);
      },
    )
    .get(
      '/birthdays',
      requirePermission('subsidies.outreach'),
      validQuery(OutreachApi.birthdays.query),
      async (c) => {
        const { subsidies, day } = today();
        const list = await birthdayList(db, subsidies, day);
        if (c.req.valid('query').format === 'csv')
          return new Response(birthdaysCsv(subsidies, list.lines), {
            status: 200,
            headers: csvHeaders(`subsidy-outreach-birthdays-${day}.csv`),
          });
        return c.json({ day, ...list }, 200);
      },
    );
}
