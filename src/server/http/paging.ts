/** The query fields every paged list takes: `limit` (1–200, default 50) and an opaque `cursor`. */
import * as v from 'valibot';

const LIMIT_MESSAGE = 'limit must be a whole number from 1 to 200.';

export const PAGE_FIELDS = {
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,4}$/, LIMIT_MESSAGE),
      v.transform(Number),
      v.minValue(1, LIMIT_MESSAGE),
      v.maxValue(200, LIMIT_MESSAGE),
    ),
    '50',
  ),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(500, 'The page cursor is not valid.'))),
};
