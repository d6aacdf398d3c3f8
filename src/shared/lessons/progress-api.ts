/**
 * POST /api/kiosk/lesson-progress (kiosk device token): an identified elder's lesson records,
 * fetched for the session they are in and for nothing else. Progress is never in the pull (it
 * would sit on every kiosk of the centre); the kiosk asks with the proof sealed at identification,
 * and the server answers only for that member, on that kiosk, in that session — like an entry.
 * 403 bad_proof when the proof does not hold (the kiosk then says it could not fetch it).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { EntryProofSchema } from '../sync/proof';
import { LESSON_MODES } from './progress';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const LessonProgressBody = v.strictObject({
  memberId: v.pipe(v.string('memberId must be text'), v.minLength(1), v.maxLength(64)),
  proof: EntryProofSchema,
});

/** One lesson's record as the kiosk shows it (see LessonRecord in progress.ts). */
export const LessonRecordSchema = v.object({
  lessonId: v.string(),
  steps: count,
  resume: v.nullable(
    v.object({
      mode: v.picklist(LESSON_MODES),
      stepsDone: count,
      highestHint: count,
      errors: count,
      seconds: count,
    }),
  ),
  completed: v.boolean(),
  unaided: v.boolean(),
  bestScore: v.nullable(count),
  fewestErrors: v.nullable(count),
  lowestHint: v.nullable(count),
  fastestSeconds: v.nullable(count),
  lastEntry: v.string(),
});

export const LessonProgressAnswer = v.object({ lessons: v.array(LessonRecordSchema) });
export type LessonProgressAnswerBody = v.InferOutput<typeof LessonProgressAnswer>;

export const LESSON_PROGRESS_PATH = '/api/kiosk/lesson-progress';

export const KioskLessonProgressApi = {
  read: route({
    method: 'POST',
    path: LESSON_PROGRESS_PATH,
    body: LessonProgressBody,
    response: LessonProgressAnswer,
  }),
};

/**
 * GET /api/members/:id/lessons (console, `members.read`: the register's desk): the member's lesson
 * records, for their page in the register. 404 for no such member.
 */
export const MemberLessonsApi = {
  list: route({
    method: 'GET',
    path: '/api/members/:id/lessons',
    params: IdParam,
    response: LessonProgressAnswer,
  }),
};
