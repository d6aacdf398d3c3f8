/** Reads for the absence alert, and the checks table. Each takes the db or a transaction first. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { AbsenceCheckRow, AbsenceCheckTable } from './absence.table';

/**
 * Members whose categories mention 独居. The JSON text is only narrowed here; the shared rule
 * reads the parsed list and decides, so a LIKE can never put anyone on the list by itself.
 */
export function livingAloneMembers(db: Kysely<Database>) {
  return db
    .selectFrom('members')
    .select([
      'id',
      'name',
      'card_number',
      'phone',
      'address',
      'categories',
      'valid_until',
      'emergency_name',
      'emergency_phone',
      'emergency_relation',
    ])
    .where('categories', 'like', '%"living-alone"%')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Those members' bookings on or after `from` (the look-back window, the day, and later ones). */
export function bookingsOfLivingAlone(db: Kysely<Database>, from: string) {
  return db
    .selectFrom('meal_bookings')
    .select(['member_id', 'day', 'sitting', 'status', 'companion', 'booked_at'])
    .where('day', '>=', from)
    .where('member_id', 'in', (q) =>
      q.selectFrom('members').select('id').where('categories', 'like', '%"living-alone"%'),
    )
    .execute();
}

export function checksOn(
  db: Kysely<Database>,
  day: string,
  sitting: string,
): Promise<AbsenceCheckRow[]> {
  return db
    .selectFrom('absence_checks')
    .selectAll()
    .where('day', '=', day)
    .where('sitting', '=', sitting)
    .orderBy('checked_at')
    .orderBy('id')
    .execute();
}

export async function insertCheck(db: Kysely<Database>, row: AbsenceCheckTable): Promise<void> {
  await db.insertInto('absence_checks').values(row).execute();
}

/** A member's id and name (for recording a check on them), or undefined when there is none. */
export async function selectMemberName(
  db: Kysely<Database>,
  memberId: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('members')
    .select(['id', 'name'])
    .where('id', '=', memberId)
    .executeTakeFirst();
}
