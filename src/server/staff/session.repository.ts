/** All SQL for staff sessions. The first argument is the database or the caller's transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { StaffAccountRow, StaffSessionRow, StaffSessionTable } from './staff.table';

/** A session joined with its account. */
export type SessionWithAccount = StaffSessionRow & {
  account: Pick<
    StaffAccountRow,
    'id' | 'name' | 'name_confirmed' | 'username' | 'role' | 'disabled'
  >;
};

/** Stores a new session. */
export async function insertSession(db: Kysely<Database>, row: StaffSessionTable): Promise<void> {
  await db.insertInto('staff_sessions').values(row).execute();
}

/** The session with this token hash and its account, if any. */
export async function findSession(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<SessionWithAccount | undefined> {
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff_accounts as a', 'a.id', 's.account_id')
    .select([
      's.token_hash',
      's.account_id',
      's.created_at',
      's.expires_at',
      's.last_seen_at',
      'a.name',
      'a.name_confirmed',
      'a.username',
      'a.role',
      'a.disabled',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const { name, name_confirmed, username, role, disabled, ...session } = row;
  return {
    ...session,
    account: { id: row.account_id, name, name_confirmed, username, role, disabled },
  };
}

/** Records that the session was just used. */
export async function touchSession(db: Kysely<Database>, tokenHash: string, at: string) {
  await db
    .updateTable('staff_sessions')
    .set({ last_seen_at: at })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Ends one session. */
export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of an account, except `keepTokenHash` if given. */
export async function deleteAccountSessions(
  db: Kysely<Database>,
  accountId: string,
  keepTokenHash?: string,
): Promise<void> {
  let query = db.deleteFrom('staff_sessions').where('account_id', '=', accountId);
  if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
  await query.execute();
}

/** Removes sessions past their end or idle for too long. */
export async function deleteEndedSessions(
  db: Kysely<Database>,
  now: string,
  idleCutoff: string,
): Promise<void> {
  await db
    .deleteFrom('staff_sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
}
