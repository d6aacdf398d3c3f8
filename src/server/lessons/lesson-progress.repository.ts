/** All SQL for learners' lesson records. The first argument is the database or the caller's transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { LessonProgressRow, LessonProgressTable } from './lesson-progress.table';

export function findLessonProgress(
  db: Kysely<Database>,
  memberId: string,
  lessonId: string,
): Promise<LessonProgressRow | undefined> {
  return db
    .selectFrom('lesson_progress')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('lesson_id', '=', lessonId)
    .executeTakeFirst();
}

/** One member's records, by lesson id. */
export function selectMemberLessonProgress(
  db: Kysely<Database>,
  memberId: string,
): Promise<LessonProgressRow[]> {
  return db
    .selectFrom('lesson_progress')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('lesson_id')
    .execute();
}

/** Writes a member's record for a lesson, new or replacing the one read in this transaction. */
export async function saveLessonProgress(
  trx: Kysely<Database>,
  row: LessonProgressTable,
  exists: boolean,
): Promise<void> {
  if (!exists) {
    await trx.insertInto('lesson_progress').values(row).execute();
    return;
  }
  const { member_id, lesson_id, ...changes } = row;
  await trx
    .updateTable('lesson_progress')
    .set(changes)
    .where('member_id', '=', member_id)
    .where('lesson_id', '=', lesson_id)
    .execute();
}

export function memberExists(db: Kysely<Database>, memberId: string): Promise<boolean> {
  return db
    .selectFrom('members')
    .select('id')
    .where('id', '=', memberId)
    .executeTakeFirst()
    .then((row) => row !== undefined);
}
