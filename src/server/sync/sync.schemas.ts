/** What the sync routes accept besides the shared push body. */
import * as v from 'valibot';

/** GET /api/sync/rejections?limit=&cursor= */
export const RejectionsQuery = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,4}$/, 'limit must be a whole number from 1 to 200.'),
      v.transform(Number),
      v.minValue(1, 'limit must be a whole number from 1 to 200.'),
      v.maxValue(200, 'limit must be a whole number from 1 to 200.'),
    ),
    '50',
  ),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(500, 'The page cursor is not valid.'))),
});
