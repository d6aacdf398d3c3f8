/**
 * SQL of 我的补贴's meal subsidy: a member's subsidised meal bookings between two days, as the
 * canteen counts them against its caps (meals/meals.repository.ts `countSubsidised`: subsidised,
 * not cancelled), with the subsidy each was priced with.
 */
import type { Kysely } from 'kysely';
import type { SubsidisedMeal } from '../../shared/subsidies';
import type { Database } from '../db/schema';

export async function selectSubsidisedMeals(
  db: Kysely<Database>,
  memberId: string,
  from: string,
  to: string,
): Promise<SubsidisedMeal[]> {
  const rows = await db
    .selectFrom('meal_bookings')
    .select(['day', 'government_fen', 'charity_fen'])
    .where('member_id', '=', memberId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('counts_subsidised', '=', 1)
    .where('status', '<>', 'cancelled')
    .orderBy('day')
    .execute();
  // PostgreSQL may read integers as text: numbers here.
  return rows.map((r) => ({ day: r.day, fen: Number(r.government_fen) + Number(r.charity_fen) }));
}
