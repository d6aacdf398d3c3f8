/** SQL of the subsidy register: what each member receives per programme. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { MemberSubsidyRow } from './subsidies.table';

/** The member's rows, by programme id. */
export function selectMemberSubsidies(
  db: Kysely<Database>,
  memberId: string,
): Promise<MemberSubsidyRow[]> {
  return db
    .selectFrom('member_subsidies')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('programme_id')
    .execute();
}

/** Replaces the member's rows with `rows` (inside the caller's transaction). */
export async function replaceMemberSubsidies(
  trx: Kysely<Database>,
  memberId: string,
  rows: MemberSubsidyRow[],
): Promise<void> {
  await trx.deleteFrom('member_subsidies').where('member_id', '=', memberId).execute();
  if (rows.length > 0) await trx.insertInto('member_subsidies').values(rows).execute();
}
