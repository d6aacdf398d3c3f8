/**
 * Completion per learner × lesson and course certificates (issue #15 item 5; contracts in
 * src/shared/classes/completion-api.ts), read from the lesson records the kiosks' entries fold
 * into (lesson_progress): nothing new is stored. A trainer sees only their learners — members
 * checked in to a session they teach —, an admin everyone; a certificate only for a course whose
 * every lesson is finished.
 */
import type { Kysely } from 'kysely';
import type { Course } from '../../shared/classes/api';
import type {
  Certificate,
  CompletionRow,
  CourseCompletion,
  CourseStanding,
  LearnerCompletion,
} from '../../shared/classes/completion-api';
import type { LessonRecord } from '../../shared/lessons/progress';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { recordOf } from '../lessons/lesson-progress.service';
import {
  findCourse,
  findMemberCommunity,
  memberName,
  selectCourses,
  selectProgressOf,
} from './classes.repository';
import type { Viewer } from './classes.service';
import type { CourseRow } from './classes.table';
import { selectCourseLearners, selectMemberSessions } from './completion.repository';

/** The figures of one lesson from the learner's record (none yet: not started). */
export function completionRow(lessonId: string, record: LessonRecord | undefined): CompletionRow {
  if (record?.completed)
    return {
      lessonId,
      state: 'done',
      highestHint: record.lowestHint,
      errors: record.fewestErrors,
      seconds: record.fastestSeconds,
      checkScore: record.bestScore,
      unaided: record.unaided,
    };
  if (record?.resume)
    return {
      lessonId,
      state: 'started',
      highestHint: record.resume.highestHint,
      errors: record.resume.errors,
      seconds: record.resume.seconds,
      checkScore: null,
      unaided: false,
    };
  return {
    lessonId,
    state: 'not-started',
    highestHint: null,
    errors: null,
    seconds: null,
    checkScore: null,
    unaided: false,
  };
}

function courseOf(row: CourseRow): Course {
  return {
    id: row.id,
    title: row.title,
    schedule: row.schedule,
    lessonIds: JSON.parse(row.lesson_ids) as string[],
    createdAt: row.created_at,
  };
}

function standing(course: Course, records: Map<string, LessonRecord>): CourseStanding {
  const done = course.lessonIds.filter((id) => records.get(id)?.completed === true);
  return { course, done, missing: course.lessonIds.filter((id) => !done.includes(id)) };
}

async function recordsOf(db: Kysely<Database>, memberId: string) {
  const rows = await selectProgressOf(db, [memberId]);
  return new Map(rows.map((r) => [r.lesson_id, recordOf(r)]));
}

/**
 * The member, when the viewer may see their progress: 404 for no such member; 403 for a trainer
 * when the member never came to a session they teach. Also the sessions the member came to.
 */
async function learnerFor(db: Kysely<Database>, viewer: Viewer, memberId: string) {
  const member = await memberName(db, memberId);
  if (!member) throw notFound('There is no such member.', 'member_not_found');
  const sessions = await selectMemberSessions(db, memberId);
  if (viewer.role !== 'admin' && !sessions.some((s) => s.trainer_id === viewer.id))
    throw new AppError(
      403,
      'not_your_learner',
      'A trainer sees only the learners of their own classes.',
    );
  return { member, sessions };
}

export async function learnerCompletion(
  db: Kysely<Database>,
  viewer: Viewer,
  memberId: string,
): Promise<LearnerCompletion> {
  const { member, sessions } = await learnerFor(db, viewer, memberId);
  const [records, community, courseRows] = await Promise.all([
    recordsOf(db, memberId),
    findMemberCommunity(db, memberId),
    selectCourses(db),
  ]);
  const courseIds = new Set(sessions.flatMap((s) => (s.course_id ? [s.course_id] : [])));
  const courses = courseRows.filter((c) => courseIds.has(c.id)).map(courseOf);
  const lessonIds = new Set([
    ...records.keys(),
    ...sessions.flatMap((s) => JSON.parse(s.lesson_ids) as string[]),
    ...courses.flatMap((c) => c.lessonIds),
  ]);
  return {
    learner: { id: member.id, name: member.name, community: community?.community ?? null },
    lessons: [...lessonIds].sort().map((id) => completionRow(id, records.get(id))),
    courses: courses.map((c) => standing(c, records)),
  };
}

export async function courseCompletion(
  db: Kysely<Database>,
  viewer: Viewer,
  courseId: string,
): Promise<CourseCompletion> {
  const row = await findCourse(db, courseId);
  if (!row) throw notFound('There is no such course.', 'course_not_found');
  const course = courseOf(row);
  const members = await selectCourseLearners(
    db,
    courseId,
    viewer.role === 'admin' ? null : viewer.id,
  );
  const progress = await selectProgressOf(
    db,
    members.map((m) => m.id),
  );
  return {
    course,
    learners: members.map((m) => {
      const records = new Map(
        progress.filter((p) => p.member_id === m.id).map((p) => [p.lesson_id, recordOf(p)]),
      );
      return {
        id: m.id,
        name: m.name,
        lessons: course.lessonIds.map((id) => completionRow(id, records.get(id))),
        finished: standing(course, records).missing.length === 0,
      };
    }),
  };
}

/**
 * The certificate's facts; 409 naming what is missing when the course is not finished. `centre`
 * is read last, once the request is known to be good (it throws when the config cannot be read).
 */
export async function certificate(
  db: Kysely<Database>,
  viewer: Viewer,
  memberId: string,
  courseId: string,
  centre: () => { name: Certificate['centre']; today: string },
): Promise<Certificate> {
  const { member } = await learnerFor(db, viewer, memberId);
  const row = await findCourse(db, courseId);
  if (!row) throw notFound('There is no such course.', 'course_not_found');
  const course = courseOf(row);
  const { missing } = standing(course, await recordsOf(db, memberId));
  if (missing.length > 0)
    throw new AppError(
      409,
      'course_unfinished',
      `Not every lesson of the course is finished yet; still to do: ${missing.join(', ')}.`,
    );
  const { name, today } = centre();
  return { centre: name, learnerName: member.name, course, issuedOn: today };
}
