/**
 * The bureau's lists in the console (issue #13 item 4), for the desk (`subsidies.import`):
 * - POST /api/subsidies/imports?list=&asOf=&dryRun= — a CSV file (UTF-8 or GB18030) of one list,
 *   "as of" a month; all or nothing: with any bad line nothing is written, and every bad line is
 *   named with its number and reason; a row already on record changes nothing;
 * - GET /api/subsidies/imports — the lists imported, newest first, and how current each list is;
 * - GET /api/subsidies/queue — rows whose ID number matched no member, waiting for the desk;
 * - POST /api/subsidies/queue/:id/match — they are this member (every waiting row of that ID
 *   number, which the member's record then keeps); /dismiss — not one of ours.
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { BUREAU_LISTS, RECORD_KINDS, STOP_REASONS } from './bureau-lists';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthField = (what: string) =>
  v.pipe(
    v.string(`Give ${what} as a month like 2026-11.`),
    v.regex(MONTH, `Give ${what} as a month like 2026-11.`),
  );

export const ImportQuery = v.object({
  list: v.picklist(BUREAU_LISTS, `list must be one of: ${BUREAU_LISTS.join(', ')}.`),
  asOf: monthField('the month the list is as of'),
  dryRun: v.optional(v.picklist(['0', '1'], 'dryRun must be 1 (only check the file) or 0.'), '0'),
});

const ListField = v.picklist([
  'idNumber',
  'name',
  'programme',
  'month',
  'amount',
  'reason',
  'voucher',
]);

/** What an import did (or, with dryRun or any bad line, would have done: `written` says). */
export const ImportAnswer = v.object({
  list: v.picklist(BUREAU_LISTS),
  asOf: v.string(),
  encoding: v.picklist(['utf-8', 'gb18030']),
  /** Data rows in the file. */
  rows: v.number(),
  /** Rows new to the register and matched to a member. */
  matched: v.number(),
  /** Rows new to the register that matched no member: they wait in the queue. */
  waiting: v.number(),
  /** Rows of an ID number the desk dismissed before: set aside again. */
  setAside: v.number(),
  /** Rows already on record (from an earlier import): nothing changed for them. */
  unchanged: v.number(),
  errors: v.array(
    v.object({ line: v.number(), field: v.optional(ListField), message: v.string() }),
  ),
  /** Headers the import does not use. */
  ignoredColumns: v.array(v.string()),
  written: v.boolean(),
});
export type ImportReport = v.InferOutput<typeof ImportAnswer>;

export const ImportSummarySchema = v.object({
  id: v.string(),
  list: v.picklist(BUREAU_LISTS),
  asOf: v.string(),
  at: v.string(),
  by: v.string(),
  rows: v.number(),
  matched: v.number(),
  waiting: v.number(),
});

export const ImportsAnswer = v.object({
  imports: v.array(ImportSummarySchema),
  /** The newest month each list has been imported as of (a list never imported is left out). */
  current: v.record(v.string(), v.string()),
});

/** A row that matched no member, as the desk sees it (the ID number masked). */
export const QueueRowSchema = v.object({
  id: v.string(),
  kind: v.picklist(RECORD_KINDS),
  idNumber: v.string(),
  name: v.string(),
  programmeId: v.string(),
  month: v.string(),
  fen: v.number(),
  reason: v.nullable(v.picklist(STOP_REASONS)),
  asOf: v.string(),
  line: v.number(),
});
export type QueueRow = v.InferOutput<typeof QueueRowSchema>;

export const QueueAnswer = v.object({
  rows: v.array(QueueRowSchema),
  /** All rows waiting (the list shows the oldest 200). */
  total: v.number(),
});

export const MatchBody = v.strictObject({
  memberId: v.pipe(
    v.string('Choose a member.'),
    v.minLength(1, 'Choose a member.'),
    v.maxLength(64),
  ),
});

/** How many waiting rows the decision took (every row of that ID number). */
export const QueueDecision = v.object({ rows: v.number() });

export const SubsidyImportApi = {
  /** The body is the CSV file's bytes, read and checked by the route. */
  import: route({
    method: 'POST',
    path: '/api/subsidies/imports',
    query: ImportQuery,
    body: 'raw',
    response: ImportAnswer,
  }),
  imports: route({ method: 'GET', path: '/api/subsidies/imports', response: ImportsAnswer }),
  queue: route({ method: 'GET', path: '/api/subsidies/queue', response: QueueAnswer }),
  match: route({
    method: 'POST',
    path: '/api/subsidies/queue/:id/match',
    params: IdParam,
    body: MatchBody,
    response: QueueDecision,
  }),
  dismiss: route({
    method: 'POST',
    path: '/api/subsidies/queue/:id/dismiss',
    params: IdParam,
    response: QueueDecision,
  }),
};
