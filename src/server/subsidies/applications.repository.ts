/** SQL of a member's subsidy applications. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { SubsidyApplicationRow, SubsidyApplicationTable } from './applications.table';

/** A member's applications, newest applied first. */
export function selectMemberApplications(
  db: Kysely<Database>,
  memberId: string,
): Promise<SubsidyApplicationRow[]> {
  return db
    .selectFrom('subsidy_applications')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('applied_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export function findApplication(
  db: Kysely<Database>,
  memberId: string,
  id: string,
): Promise<SubsidyApplicationRow | undefined> {
  return db
    .selectFrom('subsidy_applications')
    .selectAll()
    .where('id', '=', id)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

export async function insertApplication(
  trx: Kysely<Database>,
  row: SubsidyApplicationTable,
): Promise<void> {
  await trx.insertInto('subsidy_applications').values(row).execute();
}

/**
 * Decides an application still open; answers whether it was (false when another desk decided it
 * first, so a decision is never overwritten).
 */
export async function decideApplication(
  trx: Kysely<Database>,
  id: string,
  decision: Pick<SubsidyApplicationTable, 'status' | 'decided_on' | 'reason' | 'updated_at'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('subsidy_applications')
    .set(decision)
    .where('id', '=', id)
    .where('status', '=', 'applied')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
