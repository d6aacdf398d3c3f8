/** The SQL of completion and certificates: who came to which sessions. The first argument is the database or a transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The sessions a member checked in to: their trainer, course and lessons. */
export function selectMemberSessions(db: Kysely<Database>, memberId: string) {
  return db
    .selectFrom('class_checkins')
    .innerJoin('class_sessions', 'class_sessions.id', 'class_checkins.session_id')
    .select([
      'class_sessions.id as id',
      'class_sessions.trainer_id as trainer_id',
      'class_sessions.course_id as course_id',
      'class_sessions.lesson_ids as lesson_ids',
    ])
    .where('class_checkins.member_id', '=', memberId)
    .execute();
}

/** Members checked in to a session of the course (taught by `trainerId`, when given), by name. */
export function selectCourseLearners(
  db: Kysely<Database>,
  courseId: string,
  trainerId: string | null,
) {
  let query = db
    .selectFrom('class_checkins')
    .innerJoin('class_sessions', 'class_sessions.id', 'class_checkins.session_id')
    .innerJoin('members', 'members.id', 'class_checkins.member_id')
    .select(['members.id as id', 'members.name as name'])
    .distinct()
    .where('class_sessions.course_id', '=', courseId)
    .orderBy('members.name')
    .orderBy('members.id');
  if (trainerId !== null) query = query.where('class_sessions.trainer_id', '=', trainerId);
  return query.execute();
}
