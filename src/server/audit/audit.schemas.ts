/** What GET /api/audit accepts in its query string. */
import * as v from 'valibot';
import { PAGE_FIELDS } from '../http/paging';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO date or date-time (with a zone, or UTC), normalised to the stored UTC form. */
const Instant = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(ISO_TIME, `${what} must be an ISO date or time, e.g. 2026-11-24T08:00:00+08:00.`),
    v.transform((text) => new Date(text)),
    v.check((date) => !Number.isNaN(date.getTime()), `${what} is not a real date.`),
    v.transform((date) => date.toISOString()),
  );

const Text = v.pipe(v.string(), v.maxLength(100, 'At most 100 characters.'));

/** GET /api/audit?limit=&cursor=&from=&to=&action=&actorId=&subjectType=&subjectId=&format= */
export const AuditQuery = v.object({
  ...PAGE_FIELDS,
  from: v.optional(Instant('from')),
  to: v.optional(Instant('to')),
  action: v.optional(Text),
  actorId: v.optional(Text),
  subjectType: v.optional(Text),
  subjectId: v.optional(Text),
  format: v.optional(v.picklist(['json', 'csv'], 'format must be json or csv.'), 'json'),
});
