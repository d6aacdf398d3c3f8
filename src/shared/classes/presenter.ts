/**
 * Class mode and the presenter screen (issue #15 items 3 and 4): a kiosk in class mode reports
 * where its learner is in the class's lesson (`class.progress`: the step and the hint level, one
 * entry per change, through the one outbox, so it survives a dropped network and never floods);
 * the server keeps the latest per session and kiosk as a "seat", and the presenter screen shows
 * the seats by the kiosk's place — never the elder's name, on a screen the whole room sees.
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { defineEntryKind } from '../sync/kinds';
import { LessonIdSchema } from './sessions';

/** The hint level that asks for a volunteer (shared/lessons.md: L3 lights the trainer's seat). */
export const NEEDS_VOLUNTEER_LEVEL = 3;

const count = (max: number) =>
  v.pipe(v.number('must be a number'), v.integer('must be whole'), v.minValue(0), v.maxValue(max));

/**
 * "This kiosk's learner is at step `step` (0-based) of `steps`, at hint level `level`." Carries no
 * member: the seat is the kiosk, and the learner's own record goes as `lesson.progress`.
 */
export const CLASS_PROGRESS = defineEntryKind({
  kind: 'class.progress',
  payload: v.strictObject({
    sessionId: v.pipe(
      v.string('must be the session id in text'),
      v.minLength(1, 'must not be empty'),
      v.maxLength(64, 'must be at most 64 characters'),
    ),
    lessonId: LessonIdSchema,
    step: count(50),
    steps: v.pipe(count(50), v.minValue(1)),
    level: count(NEEDS_VOLUNTEER_LEVEL),
  }),
});
export type ClassProgressPayload = v.InferOutput<typeof CLASS_PROGRESS.payload>;

/** One kiosk in the class, as the room's screen shows it: its place, never the learner. */
export const ClassSeatSchema = v.object({
  sessionId: v.string(),
  kioskId: v.string(),
  /** The kiosk's name (大厅 1) and its place, as the fleet page gives them. */
  kiosk: v.string(),
  place: v.nullable(v.string()),
  lessonId: v.string(),
  step: v.number(),
  steps: v.number(),
  level: v.number(),
  /** At L3 and not yet marked handled by the trainer. */
  needsVolunteer: v.boolean(),
  /** When the server last heard from this seat (ISO). */
  at: v.string(),
});
export type ClassSeat = v.InferOutput<typeof ClassSeatSchema>;

/** What the presenter screen needs of the session: no trainer, volunteers or learners by name. */
export const PresenterSessionSchema = v.object({
  id: v.string(),
  date: v.string(),
  start: v.string(),
  end: v.string(),
  venue: v.string(),
  lessonIds: v.array(v.string()),
});

export const PresenterAnswer = v.object({
  session: PresenterSessionSchema,
  seats: v.array(ClassSeatSchema),
});
export type Presenter = v.InferOutput<typeof PresenterAnswer>;

/** The presenter screen (`classes.present`: trainers and admins); live through /api/events. */
export const PresenterApi = {
  read: route({
    method: 'GET',
    path: '/api/classes/sessions/:id/presenter',
    params: IdParam,
    response: PresenterAnswer,
  }),
  /** The trainer has gone to the seat: its light clears until it reaches L3 on another step. */
  handled: route({
    method: 'POST',
    path: '/api/classes/sessions/:id/seats/:kioskId/handled',
    params: v.object({ id: v.string(), kioskId: v.string() }),
    response: v.object({ seat: ClassSeatSchema }),
  }),
};
