/** SQL for kiosk_moves and kiosk_move_tokens (moves.service.ts holds the rules). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { KioskMoveTokenTable } from './moves.table';

/** The kiosk is told to move (again): draining from now, until it arrives. */
export async function upsertMove(
  db: Kysely<Database>,
  kioskId: string,
  toOrigin: string,
  nowIso: string,
): Promise<void> {
  await db
    .insertInto('kiosk_moves')
    .values({ kiosk_id: kioskId, to_origin: toOrigin, first_told_at: nowIso, moved_at: null })
    .onConflict((oc) =>
      // Pulling on the old address again (enrolled there anew): it is draining again.
      oc.column('kiosk_id').doUpdateSet({ to_origin: toOrigin, moved_at: null }),
    )
    .execute();
}

/** A new token, after dropping the kiosk's expired ones (it pulls every minute or so). */
export async function insertMoveToken(
  db: Kysely<Database>,
  row: KioskMoveTokenTable,
  nowIso: string,
): Promise<void> {
  await db
    .deleteFrom('kiosk_move_tokens')
    .where('kiosk_id', '=', row.kiosk_id)
    .where('expires_at', '<=', nowIso)
    .execute();
  await db.insertInto('kiosk_move_tokens').values(row).execute();
}

export function findMoveToken(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('kiosk_move_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Spends every unused token of the kiosk; how many were. */
export async function spendMoveTokens(
  db: Kysely<Database>,
  kioskId: string,
  nowIso: string,
): Promise<number> {
  const spent = await db
    .updateTable('kiosk_move_tokens')
    .set({ used_at: nowIso })
    .where('kiosk_id', '=', kioskId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows);
}

/** The kiosk arrived at the new address; answers where that is. */
export async function markMoved(
  db: Kysely<Database>,
  kioskId: string,
  nowIso: string,
): Promise<string | null> {
  await db
    .updateTable('kiosk_moves')
    .set({ moved_at: nowIso })
    .where('kiosk_id', '=', kioskId)
    .execute();
  const move = await db
    .selectFrom('kiosk_moves')
    .select('to_origin')
    .where('kiosk_id', '=', kioskId)
    .executeTakeFirst();
  return move?.to_origin ?? null;
}

export function selectMoves(db: Kysely<Database>) {
  return db.selectFrom('kiosk_moves').select(['kiosk_id', 'moved_at']).execute();
}
