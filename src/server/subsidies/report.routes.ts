/** /api/subsidies/report and report.csv (contracts in src/shared/subsidies/report-api.ts). */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { SubsidyReportApi } from '../../shared/subsidies/report-api';
import type { CentreConfigReader } from '../config/centre-config';
import type { ApiDeps } from '../http/deps';
import { validQuery } from '../http/validate';
import { csvHeaders } from '../lib/csv';
import { requirePermission, type StaffEnv } from '../staff/session.middleware';
import { subsidyReport, subsidyReportCsv } from './report.service';

export function subsidyReportRoutes({ db }: ApiDeps, centre: CentreConfigReader | undefined) {
  const desk = requirePermission('subsidies.report');
  return new Hono<StaffEnv>()
    .get('/report', desk, validQuery(SubsidyReportApi.report.query), async (c) => {
      const report = await subsidyReport(db, c.req.valid('query').month);
      return c.json(report satisfies Reply<typeof SubsidyReportApi.report>, 200);
    })
    .get('/report.csv', desk, validQuery(SubsidyReportApi.reportCsv.query), async (c) => {
      const { month } = c.req.valid('query');
      const csv = subsidyReportCsv(
        await subsidyReport(db, month),
        centre?.()?.subsidies?.programmes ?? [],
      );
      return new Response(csv, { status: 200, headers: csvHeaders(`subsidies-${month}.csv`) });
    });
}
