/**
 * SQL of the outreach lists: the register's columns the rules read and staff call with, in one
 * query per list, and every member's recorded programmes in one more. The engine is pure and
 * runs in memory over these rows; only the birthday list can narrow by age in SQL (birth dates
 * are "YYYY-MM-DD" text, so a range of them is a plain string range on both stores).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** A member as the outreach lists read them. */
export interface OutreachMemberRow {
  id: string;
  card_number: string;
  name: string;
  birth_date: string;
  phone: string | null;
  address: string | null;
  local_hukou: number;
  categories: string;
  disability: string;
}

const COLUMNS = [
  'id',
  'card_number',
  'name',
  'birth_date',
  'phone',
  'address',
  'local_hukou',
  'categories',
  'disability',
] as const;

/** Every member of the register, oldest first. */
export function selectOutreachMembers(db: Kysely<Database>): Promise<OutreachMemberRow[]> {
  return db
    .selectFrom('members')
    .select(COLUMNS)
    .orderBy('birth_date')
    .orderBy('card_number')
    .execute();
}

/** Members born within any of `ranges` (each "YYYY-MM-DD", both ends included), oldest first. */
export function selectMembersBornIn(
  db: Kysely<Database>,
  ranges: readonly { from: string; to: string }[],
): Promise<OutreachMemberRow[]> {
  if (ranges.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('members')
    .select(COLUMNS)
    .where((eb) =>
      eb.or(
        ranges.map((r) => eb.and([eb('birth_date', '>=', r.from), eb('birth_date', '<=', r.to)])),
      ),
    )
    .orderBy('birth_date')
    .orderBy('card_number')
    .execute();
}

/** Which programmes each member is recorded as receiving (held or not): member id → ids. */
export async function selectReceivedProgrammes(
  db: Kysely<Database>,
): Promise<Map<string, Set<string>>> {
  const rows = await db
    .selectFrom('member_subsidies')
    .select(['member_id', 'programme_id'])
    .execute();
  const out = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = out.get(row.member_id) ?? new Set<string>();
    set.add(row.programme_id);
    out.set(row.member_id, set);
  }
  return out;
}
