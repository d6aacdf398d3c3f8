/** The dashboard's own SQL. The first argument is the database or a transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** How many pushed entries the centre refused (the console's follow-up list). */
export async function countRejections(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('sync_entries')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('status', '=', 'rejected')
    .executeTakeFirstOrThrow();
  // pg answers count(*) as a string (bigint); SQLite as a number.
  return Number(row.count);
}

/** Meals for `day` that stand (booked, served or delivered): what the kitchen cooks today. */
export async function countMealsOn(db: Kysely<Database>, day: string): Promise<number> {
  const row = await db
    .selectFrom('meal_bookings')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('day', '=', day)
    .where('status', 'in', ['booked', 'served', 'delivered'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Emergency calls not yet closed (open or acknowledged), whatever day they came. Calls for staff
 * (呼叫工作人员) are not emergencies: the alert above the page lists those.
 */
export async function countOpenCalls(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('help_calls')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('kind', '=', 'emergency')
    .where('status', 'in', ['open', 'acknowledged'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Service requests not yet done or cancelled. */
export async function countOpenRequests(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('service_requests')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('status', 'in', ['new', 'assigned', 'in-progress'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
