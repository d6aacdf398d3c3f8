/** /api/audit: the audit log (audit.read), as JSON pages or one CSV download. */
import * as v from 'valibot';
import { route } from '../api/contract';
import { FORMAT_FIELD, NextCursor, PAGE_FIELDS } from '../api/fields';

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
  format: FORMAT_FIELD,
});

/** An entry as the API returns it. */
export const AuditEntrySchema = v.object({
  id: v.string(),
  at: v.string(),
  actor: v.object({ id: v.nullable(v.string()), label: v.string() }),
  action: v.string(),
  subject: v.nullable(v.object({ type: v.string(), id: v.string() })),
  details: v.unknown(),
});
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;

export const AuditApi = {
  /** format=csv answers every matching entry as one CSV file (a plain link: hrefOf). */
  list: route({
    method: 'GET',
    path: '/api/audit',
    query: AuditQuery,
    response: v.object({ entries: v.array(AuditEntrySchema), nextCursor: NextCursor }),
  }),
};
