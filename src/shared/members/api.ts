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
