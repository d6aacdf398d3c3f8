/** The SQL of changing, cancelling and deleting class sessions. The first argument is the database or a transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ClassSessionTable } from './classes.table';

type SessionFacts = Pick<
  ClassSessionTable,
  'lesson_ids' | 'date' | 'start_time' | 'end_time' | 'venue' | 'capacity'
>;

export async function updateSession(
  db: Kysely<Database>,
  id: string,
  facts: SessionFacts,
): Promise<void> {
  await db.updateTable('class_sessions').set(facts).where('id', '=', id).execute();
}

export async function markCancelled(
  db: Kysely<Database>,
  id: string,
  at: string,
  reason: string,
): Promise<void> {
  await db
    .updateTable('class_sessions')
    .set({ cancelled_at: at, cancel_reason: reason })
    .where('id', '=', id)
    .execute();
}

/** Whether anyone is checked in to the session (members or guests). */
export async function hasCheckins(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('class_checkins')
    .select('learner')
    .where('session_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes a session and its volunteers' hours (the caller has made sure nobody checked in). */
export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('class_volunteers').where('session_id', '=', id).execute();
  await db.deleteFrom('class_sessions').where('id', '=', id).execute();
}
