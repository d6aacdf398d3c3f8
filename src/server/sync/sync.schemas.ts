/** What the sync routes accept besides the shared push body. */
import * as v from 'valibot';
import { PAGE_FIELDS } from '../http/paging';

/** GET /api/sync/rejections?limit=&cursor=&format= (csv: every refusal, not one page) */
export const RejectionsQuery = v.object({
  ...PAGE_FIELDS,
  format: v.optional(v.picklist(['json', 'csv'], 'format must be json or csv.'), 'json'),
});
