/** What the sync routes accept besides the shared push body. */
import * as v from 'valibot';
import { PAGE_FIELDS } from '../http/paging';

/** GET /api/sync/rejections?limit=&cursor= */
export const RejectionsQuery = v.object({ ...PAGE_FIELDS });
