/**
 * GET /api/subsidies/report?month= (and report.csv): the month's subsidy payments by programme,
 * from the bureau's payment lists — people (each counted once per programme), payments and fen —
 * with the total, which is the programmes' sum to the fen; and how current the payment lists are.
 * For the desk (`subsidies.report`).
 */
import * as v from 'valibot';
import { route } from '../api/contract';

export const SubsidyReportQuery = v.object({
  month: v.pipe(
    v.string('Give the month as YYYY-MM, like 2026-11.'),
    v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Give the month as YYYY-MM, like 2026-11.'),
  ),
});

const Line = v.object({
  programmeId: v.string(),
  people: v.number(),
  payments: v.number(),
  fen: v.number(),
});

export const SubsidyReportSchema = v.object({
  month: v.string(),
  /** The newest month the payment lists are as of, or null when none was imported. */
  asOf: v.nullable(v.string()),
  programmes: v.array(Line),
  /** people: members paid by any programme, each once; fen: the programmes' sum. */
  total: v.object({ people: v.number(), payments: v.number(), fen: v.number() }),
});
export type SubsidyReport = v.InferOutput<typeof SubsidyReportSchema>;

export const SubsidyReportApi = {
  report: route({
    method: 'GET',
    path: '/api/subsidies/report',
    query: SubsidyReportQuery,
    response: SubsidyReportSchema,
  }),
  /** The month's figures as a CSV file (a plain link: hrefOf). */
  reportCsv: route({
    method: 'GET',
    path: '/api/subsidies/report.csv',
    query: SubsidyReportQuery,
    response: v.string(),
  }),
};
