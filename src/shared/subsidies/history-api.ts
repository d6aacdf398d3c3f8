/**
 * GET /api/subsidies/members/:id/history: a member's subsidy history as the bureau's lists give
 * it (issue #13 item 4) — each programme's starts and stops (with the reason), payments, and care
 * vouchers issued and used, newest month first, each with the month its list was as of; and the
 * voucher balance per programme (issued − used). For the desk (`subsidies.register.read`).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { MAX_ROW_FEN, RECORD_KINDS, STOP_REASONS } from './bureau-lists';

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

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A record the desk enters on the member's page (a stop needs its reason; amounts in fen). */
export const RecordBody = v.pipe(
  v.strictObject({
    kind: v.picklist(RECORD_KINDS, `kind must be one of: ${RECORD_KINDS.join(', ')}.`),
    programmeId: v.pipe(
      v.string('Choose a programme.'),
      v.regex(/^[a-z0-9-]{2,40}$/, 'Choose a programme of the centre’s subsidies.'),
    ),
    month: v.pipe(
      v.string('Give the month like 2026-11.'),
      v.regex(MONTH, 'Give the month like 2026-11.'),
    ),
    fen: v.pipe(
      v.number('The amount must be a number.'),
      v.integer('The amount must be in whole fen.'),
      v.minValue(0, 'The amount cannot be below 0.'),
      v.maxValue(MAX_ROW_FEN, 'An amount can be at most ¥100,000.'),
    ),
    reason: v.nullable(v.picklist(STOP_REASONS, 'Choose why it stopped.')),
  }),
  v.check(
    (r) => (r.kind === 'stop') === (r.reason !== null),
    'A stop needs its reason, and only a stop has one.',
  ),
  v.check((r) => r.kind === 'stop' || r.fen > 0, 'The amount must be more than 0.'),
);

export const SubsidyHistoryApi = {
  get: route({
    method: 'GET',
    path: '/api/subsidies/members/:id/history',
    params: IdParam,
    response: HistoryAnswer,
  }),
  /** The desk enters a start, stop, payment or voucher; answers the history with it. */
  add: route({
    method: 'POST',
    path: '/api/subsidies/members/:id/history',
    params: IdParam,
    body: RecordBody,
    response: HistoryAnswer,
  }),
};
