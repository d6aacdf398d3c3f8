/**
 * /api/subsidies/members/:id/applications: a member's applications for the centre's subsidy
 * programmes (issue #13 item 4) — applied on a day, then approved, or refused with the reason in
 * words. The desk reads them (`subsidies.register.read`), enters and decides them
 * (`subsidies.register.write`).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { dayField, IdParam } from '../api/fields';

export const APPLICATION_STATUSES = ['applied', 'approved', 'refused'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Words the desk types: trimmed, at most `max` characters; empty means none. */
const words = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.trim(),
    v.maxLength(max, `${what} may be at most ${max} characters.`),
  );

export const ApplicationSchema = v.object({
  id: v.string(),
  programmeId: v.string(),
  appliedOn: v.string(),
  status: v.picklist(APPLICATION_STATUSES),
  decidedOn: v.nullable(v.string()),
  reason: v.nullable(v.string()),
  note: v.nullable(v.string()),
  /** Who entered it. */
  by: v.string(),
});
export type Application = v.InferOutput<typeof ApplicationSchema>;

export const ApplicationsAnswer = v.object({ applications: v.array(ApplicationSchema) });

/** A new application: the programme must be one of subsidies.json's (the server checks it). */
export const NewApplicationBody = v.strictObject({
  programmeId: v.pipe(
    v.string('Choose a programme.'),
    v.regex(/^[a-z0-9-]{2,40}$/, 'Choose a programme of the centre’s subsidies.'),
  ),
  appliedOn: dayField('the day they applied'),
  note: v.optional(words('The note', 200), ''),
});

/** The bureau's answer: approved, or refused with the reason in words. */
export const DecisionBody = v.pipe(
  v.strictObject({
    status: v.picklist(['approved', 'refused'], 'status must be approved or refused.'),
    decidedOn: dayField('the day it was decided'),
    reason: v.optional(words('The reason', 200), ''),
  }),
  v.check(
    (d) => d.status !== 'refused' || d.reason !== '',
    'A refusal needs its reason: write why the bureau refused it.',
  ),
);

export const ApplicationParams = v.object({ id: v.string(), applicationId: v.string() });

export const SubsidyApplicationsApi = {
  list: route({
    method: 'GET',
    path: '/api/subsidies/members/:id/applications',
    params: IdParam,
    response: ApplicationsAnswer,
  }),
  /** The desk enters an application; answers the member's applications with it. */
  add: route({
    method: 'POST',
    path: '/api/subsidies/members/:id/applications',
    params: IdParam,
    body: NewApplicationBody,
    response: ApplicationsAnswer,
  }),
  /** Approves or refuses an open application; answers the member's applications. */
  decide: route({
    method: 'PATCH',
    path: '/api/subsidies/members/:id/applications/:applicationId',
    params: ApplicationParams,
    body: DecisionBody,
    response: ApplicationsAnswer,
  }),
};
