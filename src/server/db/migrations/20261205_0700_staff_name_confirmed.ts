/**
 * Whether an account's name was given by the person (or an admin) rather than made up by the
 * server. The first admin is seeded as "管理员", and the kiosk says a staff member's name to the
 * elder ("工作人员 管理员 马上来"), so the console asks that admin for a real name at sign-in.
 * Accounts made by an admin were named by a person and count as confirmed; the seeded admin
 * still called 管理员 is asked.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('staff_accounts')
    .addColumn('name_confirmed', 'integer', (c) =>
      c.notNull().defaultTo(1).check(sql`name_confirmed in (0, 1)`),
    )
    .execute();
  await sql`update staff_accounts set name_confirmed = 0 where username = 'admin' and name = '管理员'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('staff_accounts').dropColumn('name_confirmed').execute();
}
