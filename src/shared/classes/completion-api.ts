/**
 * Completion per learner × lesson and course certificates (issue #15 item 5), read from the
 * lesson records the kiosks' `lesson.progress` entries make (src/shared/lessons/progress.ts).
 * Trainers see only their learners (members checked in to a session they teach); admins all.
 * A certificate exists only for a course whose every lesson the learner has finished.
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { CourseSchema } from './api';

export const LESSON_STATES = ['done', 'started', 'not-started'] as const;

/**
 * One learner's figures for one lesson. For a finished lesson they are the best finished attempt's
 * (the lowest top hint, the fewest misses, the quickest time, the best test score); for one begun
 * and not finished, the attempt in progress; for one not begun, nothing.
 */
export const CompletionRowSchema = v.object({
  lessonId: v.string(),
  state: v.picklist(LESSON_STATES),
  /** The highest rung of the hint ladder (0–3) that attempt reached. */
  highestHint: v.nullable(v.number()),
  errors: v.nullable(v.number()),
  seconds: v.nullable(v.number()),
  /** Right answers of the 2-question check; null before a check was finished. */
  checkScore: v.nullable(v.number()),
  /** A check finished without the arrow or the greyed-out screen (the star). */
  unaided: v.boolean(),
});
export type CompletionRow = v.InferOutput<typeof CompletionRowSchema>;

/** A course as one learner stands in it: finished when `missing` is empty. */
export const CourseStandingSchema = v.object({
  course: CourseSchema,
  done: v.array(v.string()),
  missing: v.array(v.string()),
});
export type CourseStanding = v.InferOutput<typeof CourseStandingSchema>;

export const LearnerCompletionSchema = v.object({
  learner: v.object({ id: v.string(), name: v.string(), community: v.nullable(v.string()) }),
  /** Every lesson they have a record of or were taught in a session, by lesson id. */
  lessons: v.array(CompletionRowSchema),
  /** The courses of the sessions they came to. */
  courses: v.array(CourseStandingSchema),
});
export type LearnerCompletion = v.InferOutput<typeof LearnerCompletionSchema>;

export const CourseCompletionSchema = v.object({
  course: CourseSchema,
  /** The course's learners the viewer may see, each with a row per lesson of the course. */
  learners: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      lessons: v.array(CompletionRowSchema),
      finished: v.boolean(),
    }),
  ),
});
export type CourseCompletion = v.InferOutput<typeof CourseCompletionSchema>;

export const CertificateSchema = v.object({
  /** centre.json's name in the three languages (the console prints the one in use). */
  centre: v.object({ 'zh-Hans': v.string(), 'zh-Hant': v.string(), en: v.string() }),
  learnerName: v.string(),
  course: CourseSchema,
  /** The centre's day it is issued, YYYY-MM-DD. */
  issuedOn: v.string(),
});
export type Certificate = v.InferOutput<typeof CertificateSchema>;

export const CompletionApi = {
  learner: route({
    method: 'GET',
    path: '/api/classes/learners/:id',
    params: IdParam,
    response: LearnerCompletionSchema,
  }),
  course: route({
    method: 'GET',
    path: '/api/classes/courses/:id/completion',
    params: IdParam,
    response: CourseCompletionSchema,
  }),
  /** 409 `course_unfinished` naming the lessons still to do when the course is not finished. */
  certificate: route({
    method: 'GET',
    path: '/api/classes/learners/:id/certificate',
    params: IdParam,
    query: v.object({
      course: v.pipe(v.string('Choose the course.'), v.minLength(1, 'Choose the course.')),
    }),
    response: CertificateSchema,
  }),
};
