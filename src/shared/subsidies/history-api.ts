/**
 * GET /api/subsidies/members/:id/history: a member's subsidy history as the bureau's lists give
 * it (issue #13 item 4) — each programme's starts and stops (with the reason), payments, and care
 * vouchers issued and used, newest month first, each with the month its list was as of; and the
 * voucher balance per programme (issued − used). For the desk (`subsidies.register.read`).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { RECORD_KINDS } from './bureau-lists';

export const HistoryRecordSchema = v.object({
  kind: v.picklist(RECORD_KINDS),
  programmeId: v.string(),
  month: v.string(),
  fen: v.number(),
  /** A stop's reason code (death, moved, ineligible, missed-certification), or null. */
  reason: v.nullable(v.string()),
  /** The month of the list it came from. */
  asOf: v.nullable(v.string()),
});

export const HistoryAnswer = v.object({
  records: v.array(HistoryRecordSchema),
  vouchers: v.array(v.object({ programmeId: v.string(), balanceFen: v.number() })),
});

export const SubsidyHistoryApi = {
  get: route({
    method: 'GET',
    path: '/api/subsidies/members/:id/history',
    params: IdParam,
    response: HistoryAnswer,
  }),
};
