/**
 * All SQL for meal bookings, seat counters and refusal notices (absence checks have their own
 * repository); each takes the database or the transaction it must run in.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import type { BookingStatus, MealBookingRow, MealNoticeTable, NewMealBooking } from './meals.table';

type Db = Kysely<Database>;

/** Take one seat of (day, sitting, meal) if fewer than `capacity` are taken; false when full. */
export async function takeSeat(
  trx: Db,
  key: { day: string; sitting: string; mealId: string },
  capacity: number,
): Promise<boolean> {
  await trx
    .insertInto('meal_counts')
    .values({ day: key.day, sitting: key.sitting, meal_id: key.mealId, booked: 0 })
    .onConflict((oc) => oc.columns(['day', 'sitting', 'meal_id']).doNothing())
    .execute();
  // One conditional UPDATE: PostgreSQL re-checks `booked < capacity` after waiting for a racing
  // transaction's row lock, and SQLite runs one writer at a time, so no seat is sold twice.
  const result = await trx
    .updateTable('meal_counts')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('day', '=', key.day)
    .where('sitting', '=', key.sitting)
    .where('meal_id', '=', key.mealId)
    .where('booked', '<', capacity)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Count a seat of something with no limit of its own (a meal without a capacity). */
export async function countSeat(
  trx: Db,
  key: { day: string; sitting: string; mealId: string },
): Promise<void> {
  await trx
    .insertInto('meal_counts')
    .values({ day: key.day, sitting: key.sitting, meal_id: key.mealId, booked: 1 })
    .onConflict((oc) =>
      oc
        .columns(['day', 'sitting', 'meal_id'])
        .doUpdateSet((eb) => ({ booked: eb('meal_counts.booked', '+', 1) })),
    )
    .execute();
}

/** Give a seat back (a cancellation, or a booking that failed after taking it). */
export async function freeSeat(
  trx: Db,
  key: { day: string; sitting: string; mealId: string },
): Promise<void> {
  await trx
    .updateTable('meal_counts')
    .set((eb) => ({ booked: eb('booked', '-', 1) }))
    .where('day', '=', key.day)
    .where('sitting', '=', key.sitting)
    .where('meal_id', '=', key.mealId)
    .where('booked', '>', 0)
    .execute();
}

/**
 * Insert a booking unless the member already has one of their own for that sitting: the partial
 * unique index decides, so two kiosks booking for the same member at once cannot both succeed
 * (and the loser is told "already booked", not an error). Companion meals never conflict.
 */
export async function insertBooking(trx: Db, row: NewMealBooking): Promise<boolean> {
  const result = await trx
    .insertInto('meal_bookings')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['member_id', 'day', 'sitting'])
        // Written out, not bound: SQLite matches the target to the partial index only when the
        // predicate is the index's own text, and a bound parameter is not.
        .where(sql<boolean>`companion = 0 and status <> 'cancelled'`)
        .doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The member's own (not companion, not cancelled) booking for a sitting, if any. */
export async function activeOwnBooking(
  trx: Db,
  memberId: string,
  day: string,
  sitting: string,
): Promise<MealBookingRow | undefined> {
  return trx
    .selectFrom('meal_bookings')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('day', '=', day)
    .where('sitting', '=', sitting)
    .where('companion', '=', 0)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
}

/** Subsidised meals the member has between two days (inclusive), cancelled ones excluded. */
export async function countSubsidised(
  trx: Db,
  memberId: string,
  from: string,
  to: string,
): Promise<number> {
  const row = await trx
    .selectFrom('meal_bookings')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('member_id', '=', memberId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('counts_subsidised', '=', 1)
    .where('status', '<>', 'cancelled')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findBooking(trx: Db, id: string): Promise<MealBookingRow | undefined> {
  return trx.selectFrom('meal_bookings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function cancelBooking(trx: Db, id: string, at: string): Promise<void> {
  await trx
    .updateTable('meal_bookings')
    .set({ status: 'cancelled', cancelled_at: at })
    .where('id', '=', id)
    .execute();
}

/** What booking rules read about a member, or undefined when there is no such member. */
export async function selectMemberForBooking(trx: Db, memberId: string) {
  return trx
    .selectFrom('members')
    .select([
      'id',
      'birth_date',
      'local_hukou',
      'categories',
      'disability',
      'valid_until',
      'address',
    ])
    .where('id', '=', memberId)
    .executeTakeFirst();
}

/** A sitting's bookings that are not cancelled, with each member's contact, by name. */
export async function selectRosterRows(db: Db, day: string, sitting: string) {
  return db
    .selectFrom('meal_bookings as b')
    .innerJoin('members as m', 'm.id', 'b.member_id')
    .select([
      'b.id',
      'b.member_id',
      'b.meal_id',
      'b.companion',
      'b.delivery',
      'b.status',
      'm.name',
      'm.card_number',
      'm.phone',
      'm.address',
      'm.notes',
    ])
    .where('b.day', '=', day)
    .where('b.sitting', '=', sitting)
    .where('b.status', '<>', 'cancelled')
    .orderBy('m.name')
    .orderBy('b.id')
    .execute();
}

/** A booking's status and whether it is delivered, for marking it. */
export async function selectBookingStatus(
  trx: Db,
  id: string,
): Promise<Pick<MealBookingRow, 'id' | 'status' | 'delivery'> | undefined> {
  return trx
    .selectFrom('meal_bookings')
    .select(['id', 'status', 'delivery'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Set a booking's status; served_at is when it left "booked" (null when back to booked). */
export async function updateBookingStatus(
  trx: Db,
  id: string,
  status: BookingStatus,
  servedAt: string | null,
): Promise<void> {
  await trx
    .updateTable('meal_bookings')
    .set({ status, served_at: servedAt })
    .where('id', '=', id)
    .execute();
}

/** Every booking from `from` to `to` (inclusive, cancelled ones too) with its stored money, by day. */
export async function selectReportRows(db: Db, from: string, to: string) {
  return db
    .selectFrom('meal_bookings')
    .select([
      'day',
      'status',
      'tier_id',
      'base_fen',
      'operator_fen',
      'government_fen',
      'charity_fen',
      'elder_fen',
      'delivery_fee_fen',
    ])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
}

/** Keep a refusal of a member's booking, to be told at their next identification. */
export async function insertNotice(trx: Db, row: MealNoticeTable): Promise<void> {
  await trx.insertInto('meal_notices').values(row).execute();
}

/** Mark the member's notices among `ids` told; ones already told or not theirs are skipped. */
export async function acknowledgeNotices(
  trx: Db,
  memberId: string,
  ids: readonly string[],
  at: string,
): Promise<void> {
  await trx
    .updateTable('meal_notices')
    .set({ acknowledged_at: at })
    .where('member_id', '=', memberId)
    .where('id', 'in', ids)
    .where('acknowledged_at', 'is', null)
    .execute();
}

/** The member's next bookings from `today` on (at most 30), not cancelled, in time order. */
export async function selectUpcomingBookings(trx: Db, memberId: string, today: string) {
  return trx
    .selectFrom('meal_bookings')
    .select(['id', 'day', 'sitting', 'meal_id', 'delivery', 'companion', 'status', 'elder_fen'])
    .where('member_id', '=', memberId)
    .where('day', '>=', today)
    .where('status', '<>', 'cancelled')
    .orderBy('day')
    .orderBy('sitting')
    .orderBy('id')
    .limit(30)
    .execute();
}

/** The member's most recent own (not companion) booking that they ate or kept. */
export async function selectLastOwnBooking(trx: Db, memberId: string) {
  return (
    trx
      .selectFrom('meal_bookings')
      .select(['id', 'sitting', 'meal_id', 'delivery'])
      .where('member_id', '=', memberId)
      .where('companion', '=', 0)
      // "Same as last time" is a meal they ate or kept: never one cancelled or left uneaten.
      .where('status', 'not in', ['cancelled', 'no-show'])
      .orderBy('booked_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
  );
}

/** The member's notices not yet told (at most 20), oldest first. */
export async function selectOpenNotices(trx: Db, memberId: string) {
  return trx
    .selectFrom('meal_notices')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('acknowledged_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(20)
    .execute();
}
