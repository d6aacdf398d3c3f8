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
