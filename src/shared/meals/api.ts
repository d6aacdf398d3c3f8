/**
 * /api/meals: the kitchen's roster and marking (meals.roster), the meal and subsidy report
 * (meals.report) and the absence alert with its follow-ups (meals.absence). The server's routes
 * (src/server/meals/*.routes.ts) validate with these schemas.
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { dayField, IdParam, OPTIONAL_FORMAT_FIELD } from '../api/fields';
import { ABSENCE_OUTCOMES } from './absence';
import { MealReportSchema, ROSTER_STATUSES, SittingRosterSchema } from './api-types';

/** GET /api/meals/roster */
export const RosterQuery = v.object({
  day: dayField('the day'),
  sitting: v.pipe(
    v.string('Name the sitting, e.g. lunch.'),
    v.regex(/^[a-z0-9-]{2,20}$/, 'Name the sitting, e.g. lunch.'),
  ),
  format: OPTIONAL_FORMAT_FIELD,
});

/** POST /api/meals/bookings/:id/status */
export const BookingStatusBody = v.object({
  status: v.picklist(
    ROSTER_STATUSES,
    'status must be one of: booked (undo), served, delivered, no-show.',
  ),
});

/** GET /api/meals/report */
export const MealReportQuery = v.pipe(
  v.object({
    from: dayField('the first day'),
    to: dayField('the last day'),
    format: OPTIONAL_FORMAT_FIELD,
  }),
  v.check((q) => q.from <= q.to, 'The first day must not be after the last day.'),
  v.check(
    (q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000,
    'A report covers at most one year; choose a shorter range.',
  ),
);

/** GET /api/meals/absent?day=&format= (no day: today on the centre's clock) */
export const AbsentQuery = v.object({
  day: v.optional(dayField('the day')),
  format: OPTIONAL_FORMAT_FIELD,
});

/** POST /api/meals/absent/checks */
export const AbsenceCheckBody = v.object({
  memberId: v.pipe(
    v.string('Say which member was checked (memberId).'),
    v.minLength(1, 'Say which member was checked (memberId).'),
    v.maxLength(64, 'There is no member with this id.'),
  ),
  day: dayField('the day'),
  outcome: v.picklist(
    ABSENCE_OUTCOMES,
    'outcome must be one of: reached (spoke to them), visited, no-answer.',
  ),
  note: v.optional(
    v.nullable(
      v.pipe(
        v.string('The note must be text.'),
        v.trim(),
        v.maxLength(500, 'Keep the note to at most 500 characters.'),
      ),
    ),
  ),
});
export type AbsenceCheckInput = v.InferOutput<typeof AbsenceCheckBody>;

/** One follow-up, as GET /api/meals/absent answers it. */
export const AbsenceCheckSchema = v.object({
  id: v.string(),
  outcome: v.picklist(ABSENCE_OUTCOMES),
  note: v.nullable(v.string()),
  by: v.string(),
  at: v.string(),
});

/** A listed member with what staff need to reach them. */
const AbsentLineSchema = v.object({
  memberId: v.string(),
  /** Meals of the sitting eaten in the look-back window. */
  usualCount: v.number(),
  /** The most recent of them ("YYYY-MM-DD"). */
  lastMeal: v.string(),
  name: v.string(),
  cardNumber: v.string(),
  phone: v.nullable(v.string()),
  address: v.nullable(v.string()),
  emergencyName: v.nullable(v.string()),
  emergencyPhone: v.nullable(v.string()),
  emergencyRelation: v.nullable(v.string()),
  /** Oldest first. */
  checks: v.array(AbsenceCheckSchema),
});

const SITTING = { sitting: v.string(), checkAt: v.string() };

/** GET /api/meals/absent: off (no canteen or no "absence" block), waiting, not served, or open. */
export const AbsenceAnswerSchema = v.variant('state', [
  v.object({ state: v.literal('off') }),
  v.object({ ...SITTING, state: v.literal('waiting'), day: v.string(), fillsAt: v.string() }),
  v.object({ ...SITTING, state: v.literal('not-served'), day: v.string() }),
  v.object({
    ...SITTING,
    state: v.literal('open'),
    day: v.string(),
    since: v.string(),
    members: v.array(AbsentLineSchema),
  }),
]);

export const MealsApi = {
  /** format=csv answers the roster as a CSV file (a plain link: hrefOf). */
  roster: route({
    method: 'GET',
    path: '/api/meals/roster',
    query: RosterQuery,
    response: v.object({ roster: SittingRosterSchema }),
  }),
  bookingStatus: route({
    method: 'POST',
    path: '/api/meals/bookings/:id/status',
    params: IdParam,
    body: BookingStatusBody,
    response: v.object({ status: v.picklist(ROSTER_STATUSES) }),
  }),
  /** format=csv answers the report as a CSV file (a plain link: hrefOf). */
  report: route({
    method: 'GET',
    path: '/api/meals/report',
    query: MealReportQuery,
    response: v.object({ report: MealReportSchema }),
  }),
  /** format=csv answers the list as a CSV file (a plain link: hrefOf). */
  absent: route({
    method: 'GET',
    path: '/api/meals/absent',
    query: AbsentQuery,
    response: v.object({ absence: AbsenceAnswerSchema }),
  }),
  absenceCheck: route({
    method: 'POST',
    path: '/api/meals/absent/checks',
    body: AbsenceCheckBody,
    response: v.object({ check: AbsenceCheckSchema }),
  }),
};
