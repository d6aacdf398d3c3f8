/** All SQL for proofs of identification: the key pairs, the proofs mark, the member by card. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ProofKeyTable } from './proof.table';

/** Every key pair, newest first (normally one; older ones still open proofs sealed before a rotation). */
export function selectProofKeys(db: Kysely<Database>): Promise<ProofKeyTable[]> {
  return db
    .selectFrom('proof_keys')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Stores a key pair; false when one with this id is there already. */
export async function insertProofKey(db: Kysely<Database>, row: ProofKeyTable): Promise<boolean> {
  const result = await db
    .insertInto('proof_keys')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** When this database first ran with proofs (set by the migration). */
export async function selectProofsSince(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db
    .selectFrom('server_marks')
    .select('at')
    .where('name', '=', 'proofs_since')
    .executeTakeFirst();
  return row?.at;
}

/** Moves the proofs mark (tests of the legacy window; a restore tool). */
export async function updateProofsSince(db: Kysely<Database>, at: string): Promise<void> {
  await db.updateTable('server_marks').set({ at }).where('name', '=', 'proofs_since').execute();
}

/** The member a normalised card number belongs to, with the PIN hash a proof's PIN is checked against. */
export function selectMemberByCard(
  db: Kysely<Database>,
  card: string,
): Promise<{ id: string; pin_hash: string | null } | undefined> {
  return db
    .selectFrom('members')
    .select(['id', 'pin_hash'])
    .where('card_number', '=', card)
    .executeTakeFirst();
}
