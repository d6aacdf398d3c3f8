/** SQL of members' ID numbers. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The member's ID number, or undefined. */
export async function selectIdNumber(
  db: Kysely<Database>,
  memberId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('member_id_numbers')
    .select('id_number')
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return row?.id_number;
}

/** The members holding these ID numbers, by number. */
export async function membersByIdNumbers(
  db: Kysely<Database>,
  idNumbers: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  // In slices: a bureau list can name thousands, and SQLite caps a statement's parameters.
  for (let i = 0; i < idNumbers.length; i += 500) {
    const rows = await db
      .selectFrom('member_id_numbers')
      .select(['member_id', 'id_number'])
      .where('id_number', 'in', idNumbers.slice(i, i + 500))
      .execute();
    for (const row of rows) found.set(row.id_number, row.member_id);
  }
  return found;
}

/** Sets (inserting or replacing) or, with null, removes the member's ID number. */
export async function writeIdNumber(
  db: Kysely<Database>,
  memberId: string,
  idNumber: string | null,
  at: string,
): Promise<void> {
  await db.deleteFrom('member_id_numbers').where('member_id', '=', memberId).execute();
  if (idNumber !== null)
    await db
      .insertInto('member_id_numbers')
      .values({ member_id: memberId, id_number: idNumber, updated_at: at })
      .execute();
}
