/** Query and body fields several routes' contracts share, with messages a person can act on. */
import * as v from 'valibot';

const LIMIT_MESSAGE = 'limit must be a whole number from 1 to 200.';

/** The query fields every paged list takes: `limit` (1–200, default 50) and an opaque `cursor`. */
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

/** `?format=`: json (the default here) or csv, for a list that can also be downloaded. */
export const FORMAT_FIELD = v.optional(
  v.picklist(['json', 'csv'], 'format must be json or csv.'),
  'json',
);

/** `?format=` without a default (the route answers JSON unless csv is asked for). */
export const OPTIONAL_FORMAT_FIELD = v.optional(
  v.picklist(['json', 'csv'], 'format must be json or csv.'),
);

/** A day in a query or body: "YYYY-MM-DD" and a real calendar day (isoDate alone lets "2026-02-30" through). */
export const dayField = (what: string) =>
  v.pipe(
    v.string(`Give ${what} as a date like 2026-11-25.`),
    v.isoDate(`Give ${what} as a date like 2026-11-25.`),
    v.check(
      (d) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d,
      `${what[0]?.toUpperCase()}${what.slice(1)} is not a day of the calendar.`,
    ),
  );

/** The `:id` of the thing a route acts on. */
export const IdParam = v.object({ id: v.string() });

/** A page of a cursor-paged list: the cursor of the next page, null at the end. */
export const NextCursor = v.nullable(v.string());
