/** All SQL for class seats: where each kiosk's learner is in a class (presenter.service.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ClassSeatTable } from './presenter.table';

/**
 * Keeps `row` as the seat of its session and kiosk unless a newer entry is already there (entry
 * ids are UUID v7, in the order the kiosk made them, so a late replay of an older one is a no-op).
 * `handled` goes back to 0 whenever the step or level changes. True when the row changed.
 */
export async function upsertSeat(db: Kysely<Database>, row: ClassSeatTable): Promise<boolean> {
  const current = await db
    .selectFrom('class_seats')
    .select(['entry_id', 'step', 'level', 'lesson_id', 'handled'])
    .where('session_id', '=', row.session_id)
    .where('kiosk_id', '=', row.kiosk_id)
    .executeTakeFirst();
  if (!current) {
    await db
      .insertInto('class_seats')
      .values(row)
      .onConflict((oc) => oc.columns(['session_id', 'kiosk_id']).doNothing())
      .execute();
    return true;
  }
  if (current.entry_id >= row.entry_id) return false;
  const same =
    current.step === row.step && current.level === row.level && current.lesson_id === row.lesson_id;
  await db
    .updateTable('class_seats')
    .set({
      lesson_id: row.lesson_id,
      step: row.step,
      steps: row.steps,
      level: row.level,
      entry_id: row.entry_id,
      handled: same ? current.handled : 0,
      updated_at: row.updated_at,
    })
    .where('session_id', '=', row.session_id)
    .where('kiosk_id', '=', row.kiosk_id)
    .execute();
  return true;
}

/** The seats of a session or of a kiosk, with the kiosk's place and name (never a member). */
export function selectSeats(
  db: Kysely<Database>,
  where: { sessionId: string } | { kioskId: string; since: string },
) {
  let query = db
    .selectFrom('class_seats')
    .leftJoin('kiosks', 'kiosks.id', 'class_seats.kiosk_id')
    .select([
      'class_seats.session_id as session_id',
      'class_seats.kiosk_id as kiosk_id',
      'class_seats.lesson_id as lesson_id',
      'class_seats.step as step',
      'class_seats.steps as steps',
      'class_seats.level as level',
      'class_seats.entry_id as entry_id',
      'class_seats.handled as handled',
      'class_seats.updated_at as updated_at',
      'kiosks.name as kiosk_name',
      'kiosks.location as kiosk_location',
    ]);
  query =
    'sessionId' in where
      ? query.where('class_seats.session_id', '=', where.sessionId)
      : query
          .where('class_seats.kiosk_id', '=', where.kioskId)
          .where('class_seats.updated_at', '>=', where.since);
  return query.orderBy('kiosks.location').orderBy('kiosks.name').orderBy('kiosk_id').execute();
}

export type SeatRow = Awaited<ReturnType<typeof selectSeats>>[number];

/** Marks a seat's volunteer signal handled; false when there is no such seat. */
export async function markSeatHandled(
  db: Kysely<Database>,
  sessionId: string,
  kioskId: string,
): Promise<boolean> {
  const done = await db
    .updateTable('class_seats')
    .set({ handled: 1 })
    .where('session_id', '=', sessionId)
    .where('kiosk_id', '=', kioskId)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}
