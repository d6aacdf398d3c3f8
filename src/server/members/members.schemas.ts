/** What the members routes accept in query strings (bodies use the shared member schemas). */
import * as v from 'valibot';
import { MEMBER_CATEGORIES } from '../../shared/members/index';
import { PAGE_FIELDS } from '../http/paging';

/** GET /api/members?q=&category=&status=&limit=&cursor=&format= */
export const MemberListQuery = v.object({
  ...PAGE_FIELDS,
  q: v.optional(v.pipe(v.string(), v.maxLength(50, 'Search for at most 50 characters.'))),
  category: v.optional(
    v.picklist(MEMBER_CATEGORIES, `category must be one of: ${MEMBER_CATEGORIES.join(', ')}.`),
  ),
  status: v.optional(v.picklist(['active', 'expired'], 'status must be active or expired.')),
  format: v.optional(v.picklist(['json', 'csv'], 'format must be json or csv.'), 'json'),
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
