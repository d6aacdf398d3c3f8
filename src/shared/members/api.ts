/**
 * /api/members: the register for the console (members.read to list and open, members.export
 * for the CSV, members.write to add, edit and import). The bodies' "not in the future" needs
 * today's date in the centre's zone, which only the caller knows, so the contract is made by
 * `membersApi(today)`: the server passes the centre's day, the console its own.
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { FORMAT_FIELD, IdParam, NextCursor, PAGE_FIELDS } from '../api/fields';
import { MEMBER_CATEGORIES } from './categories';
import { memberInputSchemas } from './member-input';
import { MemberViewSchema } from './member-view';

/** GET /api/members?q=&category=&status=&limit=&cursor=&format= */
export const MemberListQuery = v.object({
  ...PAGE_FIELDS,
  q: v.optional(v.pipe(v.string(), v.maxLength(50, 'Search for at most 50 characters.'))),
  category: v.optional(
    v.picklist(MEMBER_CATEGORIES, `category must be one of: ${MEMBER_CATEGORIES.join(', ')}.`),
  ),
  status: v.optional(v.picklist(['active', 'expired'], 'status must be active or expired.')),
  format: FORMAT_FIELD,
});

/** POST /api/members/import?dryRun=1 */
export const MemberImportQuery = v.object({
  dryRun: v.optional(
    v.pipe(
      v.picklist(['0', '1', 'true', 'false'], 'dryRun must be 1 (only check the file) or 0.'),
      v.transform((flag) => flag === '1' || flag === 'true'),
    ),
    '0',
  ),
});

/** What an import did (or, with dryRun, would do): every bad row by its line. */
export const ImportReportSchema = v.object({
  imported: v.number(),
  updated: v.number(),
  unchanged: v.number(),
  errors: v.array(
    v.object({
      line: v.number(),
      /** The column's header as the file writes it; left out for the row as a whole. */
      field: v.optional(v.string()),
      message: v.string(),
    }),
  ),
  /** Headers the import does not use (their cells were not read). */
  ignoredColumns: v.array(v.string()),
  /** How the file's bytes were read. */
  encoding: v.picklist(['utf-8', 'gb18030']),
});
export type ImportReport = v.InferOutput<typeof ImportReportSchema>;

const OneMember = v.object({ member: MemberViewSchema });

/** The members routes, with bodies checked against `today` (the centre's day, "YYYY-MM-DD"). */
export function membersApi(today: () => string) {
  const bodies = memberInputSchemas(today);
  return {
    /** format=csv answers the whole register as a CSV file (a plain link: hrefOf). */
    list: route({
      method: 'GET',
      path: '/api/members',
      query: MemberListQuery,
      response: v.object({ members: v.array(MemberViewSchema), nextCursor: NextCursor }),
    }),
    /** The body is the CSV file's bytes (UTF-8 or GB18030), read and checked by the route. */
    import: route({
      method: 'POST',
      path: '/api/members/import',
      query: MemberImportQuery,
      body: 'raw',
      response: ImportReportSchema,
    }),
    get: route({ method: 'GET', path: '/api/members/:id', params: IdParam, response: OneMember }),
    create: route({
      method: 'POST',
      path: '/api/members',
      body: bodies.create,
      response: OneMember,
    }),
    edit: route({
      method: 'PATCH',
      path: '/api/members/:id',
      params: IdParam,
      body: bodies.patch,
      response: OneMember,
    }),
  };
}

/** Wrong PINs in a row before a member's PIN is locked, on every kiosk. */
export const PIN_TRIES = 5;
/** How long a locked PIN stays locked. */
export const PIN_LOCK_MINUTES = 15;

/** The body of POST /api/kiosk/identify: a card as read or typed, and the PIN the elder typed. */
export const KioskIdentifyBody = v.strictObject({
  card: v.pipe(v.string('card must be text'), v.minLength(1), v.maxLength(40)),
  pin: v.pipe(v.string('pin must be text'), v.regex(/^\d{4}$/, 'pin must be 4 digits')),
});

/**
 * What the server found: `ok` (the PIN is right, or the member has none), `wrong-pin` with the
 * tries left before the lock, `locked` until when, or `unknown-card`.
 */
export const KioskIdentifyAnswer = v.variant('result', [
  v.object({ result: v.literal('ok'), memberId: v.string() }),
  v.object({
    result: v.literal('wrong-pin'),
    triesLeft: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  v.object({ result: v.literal('locked'), until: v.string() }),
  v.object({ result: v.literal('unknown-card') }),
]);
export type KioskIdentifyResult = v.InferOutput<typeof KioskIdentifyAnswer>;

/**
 * POST /api/kiosk/identify (kiosk device token): the member's PIN is checked here and nowhere
 * else, so a kiosk holds nothing a PIN could be cracked from. Five wrong PINs in a row lock that
 * member's PIN for 15 minutes on every kiosk.
 */
export const KioskIdentifyApi = {
  identify: route({
    method: 'POST',
    path: '/api/kiosk/identify',
    body: KioskIdentifyBody,
    response: KioskIdentifyAnswer,
  }),
};
