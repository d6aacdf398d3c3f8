/** All SQL for staff accounts. The first argument is the database or the caller's transaction. */
import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../db/schema';
import type { NewStaffAccountRow, StaffAccountRow, StaffAccountTable } from './staff.table';

/** The account with this username (already lower-case), if any. */
export function findAccountByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<StaffAccountRow | undefined> {
  return db
    .selectFrom('staff_accounts')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
}

/** The account with this id, if any. */
export function findAccountById(
  db: Kysely<Database>,
  id: string,
): Promise<StaffAccountRow | undefined> {
  return db.selectFrom('staff_accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every account, by name then username. */
export function selectAccounts(db: Kysely<Database>): Promise<StaffAccountRow[]> {
  return db.selectFrom('staff_accounts').selectAll().orderBy('name').orderBy('username').execute();
}

/** Adds an account. */
export async function insertAccount(db: Kysely<Database>, row: NewStaffAccountRow): Promise<void> {
  await db.insertInto('staff_accounts').values(row).execute();
}

/** Changes an account's columns. */
export async function updateAccount(
  db: Kysely<Database>,
  id: string,
  changes: Updateable<StaffAccountTable>,
): Promise<void> {
  await db.updateTable('staff_accounts').set(changes).where('id', '=', id).execute();
}

/** How many enabled admin accounts there are. */
export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('staff_accounts')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  // pg returns count(*) (a bigint) as a string.
  return Number(row.count);
}

/** How many accounts there are at all. */
export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('staff_accounts')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
