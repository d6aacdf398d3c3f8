/** All SQL for card keys, members' cards under them, and wrong-PIN counts. First argument: db or transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type {
  CardKeyRow,
  CardKeyTable,
  MemberCardKeyRow,
  MemberCardKeyTable,
  MemberPinTriesRow,
  MemberPinTriesTable,
} from './card-keys.table';

/** The key in force (the highest generation), or undefined before the first. */
export function findNewestCardKey(db: Kysely<Database>): Promise<CardKeyRow | undefined> {
  return db
    .selectFrom('card_keys')
    .selectAll()
    .orderBy('generation', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Inserts a key; false when that generation was taken meanwhile (another process made it). */
export async function insertCardKey(db: Kysely<Database>, row: CardKeyTable): Promise<boolean> {
  const result = await db
    .insertInto('card_keys')
    .values(row)
    .onConflict((oc) => oc.column('generation').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Every member's stored card key, by member id. */
export async function selectMemberCardKeys(
  db: Kysely<Database>,
): Promise<Map<string, MemberCardKeyRow>> {
  const rows = await db.selectFrom('member_card_keys').selectAll().execute();
  return new Map(rows.map((r) => [r.member_id, r]));
}

export function findMemberCardKey(
  db: Kysely<Database>,
  memberId: string,
): Promise<MemberCardKeyRow | undefined> {
  return db
    .selectFrom('member_card_keys')
    .selectAll()
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

export async function saveMemberCardKey(
  db: Kysely<Database>,
  row: MemberCardKeyTable,
): Promise<void> {
  await db
    .insertInto('member_card_keys')
    .values(row)
    .onConflict((oc) =>
      oc.column('member_id').doUpdateSet({
        generation: row.generation,
        card_number: row.card_number,
        card_key: row.card_key,
      }),
    )
    .execute();
}

export function findPinTries(
  db: Kysely<Database>,
  memberId: string,
): Promise<MemberPinTriesRow | undefined> {
  return db
    .selectFrom('member_pin_tries')
    .selectAll()
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

export async function savePinTries(db: Kysely<Database>, row: MemberPinTriesTable): Promise<void> {
  await db
    .insertInto('member_pin_tries')
    .values(row)
    .onConflict((oc) =>
      oc.column('member_id').doUpdateSet({ wrong: row.wrong, locked_until: row.locked_until }),
    )
    .execute();
}

export async function clearPinTries(db: Kysely<Database>, memberId: string): Promise<void> {
  await db.deleteFrom('member_pin_tries').where('member_id', '=', memberId).execute();
}
