/**
 * A learner's progress in a lesson (issue #14): the entry the kiosk stores when an identified
 * elder finishes a step or a lesson, and the one rule both sides use to fold such entries into
 * the learner's record for that lesson. Anonymous learning stores nothing: only an entry naming a
 * member (with the proof of their identification) is ever made.
 */
import * as v from 'valibot';
import { defineEntryKind } from '../sync/kinds';

/** The three ways to learn a lesson (the kiosk's hint ladder starts from these). */
export const LESSON_MODES = ['guided', 'practice', 'check'] as const;
export type LessonMode = (typeof LESSON_MODES)[number];

/** The most steps a lesson has (the format allows 5 to 8; room for a longer one later). */
const MAX_STEPS = 20;

const whole = (what: string, max: number) =>
  v.pipe(
    v.number(`must be ${what}`),
    v.integer(`must be ${what}`),
    v.minValue(0, 'must not be negative'),
    v.maxValue(max, `must be at most ${max}`),
  );

/**
 * Where one attempt at a lesson stands: made after each step the elder finishes, and once more at
 * its end. Each entry is a snapshot of the whole attempt so far (not a difference), so applying
 * any of them once, in any order, gives the same record.
 */
export const LESSON_PROGRESS = defineEntryKind({
  kind: 'lesson.progress',
  payload: v.pipe(
    v.strictObject({
      memberId: v.pipe(
        v.string('must be the member id in text'),
        v.minLength(1, 'must not be empty'),
        v.maxLength(64, 'must be at most 64 characters'),
      ),
      lessonId: v.pipe(
        v.string('must be the lesson id in text'),
        v.regex(/^[a-z0-9-]{2,40}$/, 'must be a lesson id like "big-text-wifi"'),
      ),
      mode: v.picklist(LESSON_MODES, 'must be guided, practice or check'),
      /** How many steps the lesson has. */
      steps: v.pipe(whole('a number of steps', MAX_STEPS), v.minValue(1, 'must be at least 1')),
      /** How many of them this attempt has done. */
      stepsDone: whole('a number of steps', MAX_STEPS),
      /** The highest rung of the hint ladder any step of this attempt reached (0–3). */
      highestHint: whole('a hint level', 3),
      /** Touches that were not the step's action, over this attempt. */
      errors: whole('a number of touches', 10_000),
      /** Seconds spent on the steps of this attempt. */
      seconds: whole('a number of seconds', 86_400),
      /** Right answers of the test's questions; null outside a test or before its questions. */
      checkScore: v.nullable(whole('a number of answers', 10)),
      /** The attempt came to its end (the steps, and for a test its questions). */
      finished: v.boolean('must be true or false'),
    }),
    v.check((p) => p.stepsDone <= p.steps, 'stepsDone must not be more than steps'),
    v.check(
      (p) => !p.finished || p.stepsDone === p.steps,
      'a finished attempt must have done every step',
    ),
  ),
});
export type LessonProgressPayload = v.InferOutput<typeof LESSON_PROGRESS.payload>;

/** The star "自己做到了": a test finished without the arrow (L2) or the greyed-out screen (L3). */
export const earnsStar = (p: {
  mode: LessonMode;
  highestHint: number;
  finished: boolean;
}): boolean => p.finished && p.mode === 'check' && p.highestHint < 2;

/** Where an unfinished attempt stopped, to be taken up again from the next step. */
export interface LessonResume {
  mode: LessonMode;
  stepsDone: number;
  highestHint: number;
  errors: number;
  seconds: number;
}

/** A learner's record for one lesson, folded from their progress entries (`foldProgress`). */
export interface LessonRecord {
  lessonId: string;
  steps: number;
  /** The newest attempt, when it stopped half-way; null once it finished. */
  resume: LessonResume | null;
  /** Some attempt was finished. */
  completed: boolean;
  /** Some test was finished unaided (the star). */
  unaided: boolean;
  /** The best test score, null before any test was finished. */
  bestScore: number | null;
  /** The fewest misses and the lowest top hint of a finished attempt, null before one. */
  fewestErrors: number | null;
  lowestHint: number | null;
  /** The quickest finished attempt, in seconds, null before one. */
  fastestSeconds: number | null;
  /** The id of the newest entry folded in: only a newer one moves `resume`. */
  lastEntry: string;
}

const least = (a: number | null, b: number): number => (a === null ? b : Math.min(a, b));

/** A lesson of `steps` steps not yet begun: nothing done, no bests, no entry folded in. */
export function noProgress(lessonId: string, steps: number): LessonRecord {
  return {
    lessonId,
    steps,
    resume: null,
    completed: false,
    unaided: false,
    bestScore: null,
    fewestErrors: null,
    lowestHint: null,
    fastestSeconds: null,
    lastEntry: '',
  };
}

/**
 * `record` (or nothing yet) with one more entry folded in. Best results only ever improve and
 * nothing is counted up, so an entry folded twice changes nothing; where the learner stopped
 * follows the newest entry by id (UUID v7: the time it was made), so entries pushed late from an
 * offline kiosk never move the place back.
 */
export function foldProgress(
  record: LessonRecord | undefined,
  entryId: string,
  p: LessonProgressPayload,
): LessonRecord {
  const base: LessonRecord = record ?? noProgress(p.lessonId, p.steps);
  const newest = entryId > base.lastEntry;
  const next: LessonRecord = { ...base };
  if (newest) {
    next.lastEntry = entryId;
    next.steps = p.steps;
    next.resume =
      p.finished || p.stepsDone === 0
        ? null
        : {
            mode: p.mode,
            stepsDone: p.stepsDone,
            highestHint: p.highestHint,
            errors: p.errors,
            seconds: p.seconds,
          };
  }
  if (p.finished) {
    next.completed = true;
    next.unaided = base.unaided || earnsStar(p);
    next.fewestErrors = least(base.fewestErrors, p.errors);
    next.lowestHint = least(base.lowestHint, p.highestHint);
    next.fastestSeconds = least(base.fastestSeconds, p.seconds);
    if (p.mode === 'check' && p.checkScore !== null)
      next.bestScore = Math.max(base.bestScore ?? 0, p.checkScore);
  }
  return next;
}
