/**
 * /api/help: emergency calls and service requests for the console, each route behind a
 * permission of src/shared/staff/roles.ts (see api-types.ts for the answers and the events).
 * The server's routes (src/server/help/help.routes.ts) validate with these schemas.
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { dayField, IdParam } from '../api/fields';
import {
  EscalationAttemptViewSchema,
  HelpCallViewSchema,
  HelpReportSchema,
  ServiceRequestViewSchema,
  StaffRefSchema,
} from './api-types';
import { DAY_PARTS, SERVICE_STATUSES } from './changes';

const day = dayField;

/** Text typed by staff: trimmed, at least one character, at most `max`. */
const text = (what: string, max: number) =>
  v.pipe(
    v.string(`Write ${what} as text.`),
    v.trim(),
    v.minLength(1, `Write ${what}; it must not be empty.`),
    v.maxLength(max, `${what[0]?.toUpperCase()}${what.slice(1)} may be at most ${max} characters.`),
  );

/** GET /api/help/calls: ?active=1, or a range of days. */
export const CallsQuery = v.pipe(
  v.object({
    active: v.optional(v.picklist(['1', 'true'], 'active must be 1 (the calls still open).')),
    from: v.optional(day('the first day')),
    to: v.optional(day('the last day')),
  }),
  v.check(
    (q) => (q.active !== undefined) !== (q.from !== undefined && q.to !== undefined),
    'Ask for ?active=1, or for ?from=YYYY-MM-DD&to=YYYY-MM-DD (not both).',
  ),
  v.check(
    (q) => q.from === undefined || q.to === undefined || q.from <= q.to,
    'The first day must not be after the last day.',
  ),
  v.check(
    (q) =>
      q.from === undefined ||
      q.to === undefined ||
      Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000,
    'A list covers at most one year; choose a shorter range.',
  ),
);

/** POST /api/help/calls/:id/resolve */
export const ResolveBody = v.object({
  note: v.optional(v.nullable(text('the note', 500))),
});

/** POST /api/help/calls/:id/false-alarm */
export const FalseAlarmBody = v.object({ reason: text('the reason', 500) });

/** GET /api/help/requests */
export const RequestsQuery = v.object({
  status: v.optional(
    v.picklist(SERVICE_STATUSES, `status must be one of: ${SERVICE_STATUSES.join(', ')}.`),
  ),
  memberId: v.optional(
    v.pipe(v.string(), v.minLength(1), v.maxLength(64, 'memberId is at most 64 characters.')),
  ),
  page: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[1-9]\d{0,5}$/, 'page must be a whole number from 1.'),
      v.transform(Number),
    ),
    '1',
  ),
});

/** An id of someone to assign, at most 64 characters. */
const assigneeId = (field: string) =>
  v.optional(
    v.pipe(
      v.string(`${field} must be text.`),
      v.minLength(1, `Choose who goes (${field}).`),
      v.maxLength(64, `${field} is at most 64 characters.`),
    ),
  );

/**
 * POST /api/help/requests/:id/assign: to a staff account (staffId) or a field worker on the
 * people list (personId), exactly one of them.
 */
export const AssignBody = v.pipe(
  v.object({
    staffId: assigneeId('staffId'),
    personId: assigneeId('personId'),
    plan: v.optional(
      v.nullable(
        v.object(
          {
            day: day('the planned day'),
            part: v.nullable(
              v.picklist(DAY_PARTS, `part must be ${DAY_PARTS.join(', ')} or null.`),
            ),
          },
          'plan must be {"day": "YYYY-MM-DD", "part": "morning" | "afternoon" | "evening" | null} or null.',
        ),
      ),
      null,
    ),
  }),
  v.forward(
    v.check(
      (b) => (b.staffId === undefined) !== (b.personId === undefined),
      'Choose who goes: a staff member (staffId) or a field worker (personId), one of them.',
    ),
    ['staffId'],
  ),
);

/** GET /api/help/assignees: who a request can be given to, by name. */
export const AssigneesSchema = v.object({
  /** Enabled console accounts. */
  staff: v.array(StaffRefSchema),
  /** Active field workers on the admin's people list. */
  fieldWorkers: v.array(StaffRefSchema),
});

/** POST /api/help/requests/:id/status */
export const StatusBody = v.object({
  status: v.picklist(SERVICE_STATUSES, `status must be one of: ${SERVICE_STATUSES.join(', ')}.`),
});

/** POST /api/help/requests/:id/notes */
export const NoteBody = v.object({ text: text('the note', 1000) });

/** GET /api/help/report and report.csv */
export const HelpReportQuery = v.object({
  month: v.pipe(
    v.string('Give the month as YYYY-MM, like 2026-11.'),
    v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Give the month as YYYY-MM, like 2026-11.'),
  ),
});

const Calls = v.object({ calls: v.array(HelpCallViewSchema) });

export const HelpApi = {
  /** ?active=1: the calls still open (everyone); ?from=&to=: past calls (help.calls.history). */
  calls: route({ method: 'GET', path: '/api/help/calls', query: CallsQuery, response: Calls }),
  ack: route({
    method: 'POST',
    path: '/api/help/calls/:id/ack',
    params: IdParam,
    response: HelpCallViewSchema,
  }),
  resolve: route({
    method: 'POST',
    path: '/api/help/calls/:id/resolve',
    params: IdParam,
    body: ResolveBody,
    response: HelpCallViewSchema,
  }),
  falseAlarm: route({
    method: 'POST',
    path: '/api/help/calls/:id/false-alarm',
    params: IdParam,
    body: FalseAlarmBody,
    response: HelpCallViewSchema,
  }),
  escalations: route({
    method: 'GET',
    path: '/api/help/calls/:id/escalations',
    params: IdParam,
    response: v.object({ attempts: v.array(EscalationAttemptViewSchema) }),
  }),
  requests: route({
    method: 'GET',
    path: '/api/help/requests',
    query: RequestsQuery,
    response: v.object({ requests: v.array(ServiceRequestViewSchema), total: v.number() }),
  }),
  request: route({
    method: 'GET',
    path: '/api/help/requests/:id',
    params: IdParam,
    response: ServiceRequestViewSchema,
  }),
  assignees: route({
    method: 'GET',
    path: '/api/help/assignees',
    response: AssigneesSchema,
  }),
  assign: route({
    method: 'POST',
    path: '/api/help/requests/:id/assign',
    params: IdParam,
    body: AssignBody,
    response: ServiceRequestViewSchema,
  }),
  status: route({
    method: 'POST',
    path: '/api/help/requests/:id/status',
    params: IdParam,
    body: StatusBody,
    response: ServiceRequestViewSchema,
  }),
  note: route({
    method: 'POST',
    path: '/api/help/requests/:id/notes',
    params: IdParam,
    body: NoteBody,
    response: ServiceRequestViewSchema,
  }),
  report: route({
    method: 'GET',
    path: '/api/help/report',
    query: HelpReportQuery,
    response: HelpReportSchema,
  }),
  /** The month's figures as a CSV file (a plain link: hrefOf). */
  reportCsv: route({
    method: 'GET',
    path: '/api/help/report.csv',
    query: HelpReportQuery,
    response: v.string(),
  }),
};
