/** All SQL for the members register. The first argument is the database or a transaction. */
import { type Expression, type Kysely, type SqlBool, sql, type Updateable } from 'kysely';
import type { MemberCategory } from '../../shared/members/index';
import type { Database } from '../db/schema';
import type { MemberRow, MemberTable } from './members.table';

/** Which members a list or export shows. */
export interface MemberFilter {
  /** Part of a name, card number or phone number. */
  q?: string | undefined;
  category?: MemberCategory | undefined;
  status?: 'active' | 'expired' | undefined;
  /** The centre's date, for `status`. */
  today: string;
}

/** A position in the list's order (name, then id): the last member already read. */
export interface MemberPosition {
  name: string;
  id: string;
}

export async function insertMember(db: Kysely<Database>, row: MemberTable): Promise<void> {
  await db.insertInto('members').values(row).execute();
}

export async function updateMemberRow(
  db: Kysely<Database>,
  id: string,
  changes: Updateable<MemberTable>,
): Promise<void> {
  await db.updateTable('members').set(changes).where('id', '=', id).execute();
}

export function findMember(db: Kysely<Database>, id: string): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every member (the roster is published from them all). */
export function selectAllMembers(db: Kysely<Database>): Promise<MemberRow[]> {
  return db.selectFrom('members').selectAll().orderBy('id').execute();
}

export function findMemberByCard(
  db: Kysely<Database>,
  cardNumber: string,
): Promise<MemberRow | undefined> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('card_number', '=', cardNumber)
    .executeTakeFirst();
}

/** The members holding any of these (normalized) card numbers. */
export async function findMembersByCards(
  db: Kysely<Database>,
  cardNumbers: readonly string[],
): Promise<MemberRow[]> {
  const rows: MemberRow[] = [];
  // In slices, well under either driver's limit on bound parameters.
  for (let i = 0; i < cardNumbers.length; i += 500) {
    const slice = cardNumbers.slice(i, i + 500);
    rows.push(
      ...(await db.selectFrom('members').selectAll().where('card_number', 'in', slice).execute()),
    );
  }
  return rows;
}

export async function countMembers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** `text` for a LIKE pattern: its own % _ and \ match themselves. */
function likeContaining(text: string): string {
  return `%${text.replaceAll(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function like(column: Expression<string | null>, pattern: string) {
  return sql<SqlBool>`lower(${column}) like lower(${pattern}) escape '\\'`;
}

/**
 * Up to `limit` members in name order, strictly after `after`. Keyset paging, like the audit
 * log's, so a page never repeats or skips a member while others are added.
 */
export function selectMemberPage(
  db: Kysely<Database>,
  filter: MemberFilter,
  after: MemberPosition | undefined,
  limit: number,
): Promise<MemberRow[]> {
  let query = db.selectFrom('members').selectAll();
  const q = filter.q?.trim();
  if (q) {
    // A card or phone is often typed with spaces or dashes, and stored without (card) or with.
    const compact = q.replaceAll(/[\s-]/g, '');
    query = query.where((eb) =>
      eb.or([
        like(eb.ref('name'), likeContaining(q)),
        ...(compact
          ? [
              like(eb.ref('card_number'), likeContaining(compact)),
              like(
                sql<string>`replace(replace(${eb.ref('phone')}, ' ', ''), '-', '')`,
                likeContaining(compact),
              ),
            ]
          : []),
      ]),
    );
  }
  if (filter.category)
    // categories is a JSON list of codes; a code in quotes matches that element only.
    query = query.where('categories', 'like', `%"${filter.category}"%`);
  if (filter.status === 'active')
    query = query.where((eb) =>
      eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', filter.today)]),
    );
  if (filter.status === 'expired') query = query.where('valid_until', '<', filter.today);
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('name', '>', after.name),
        eb.and([eb('name', '=', after.name), eb('id', '>', after.id)]),
      ]),
    );
  return query.orderBy('name').orderBy('id').limit(limit).execute();
}
