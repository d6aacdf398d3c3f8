/** Queries for bookings and seat counters; each takes the transaction it must run in. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import type { MealBookingRow, NewMealBooking } from './meals.table';

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
