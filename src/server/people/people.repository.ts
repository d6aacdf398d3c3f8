/** All SQL for the people list. The first argument is the database or the caller's transaction. */
import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../db/schema';
import type { PersonRow, PersonTable } from './people.table';

/** Everyone, the active first, then by name. */
export function selectPeople(db: Kysely<Database>): Promise<PersonRow[]> {
  return db
    .selectFrom('people')
    .selectAll()
    .orderBy('active', 'desc')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** The active field workers, by name: who a service request can be given to. */
export function selectActiveFieldWorkers(db: Kysely<Database>): Promise<PersonRow[]> {
  return db
    .selectFrom('people')
    .selectAll()
    .where('active', '=', 1)
    .where('kind', '=', 'field-worker')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function findPerson(db: Kysely<Database>, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPerson(db: Kysely<Database>, row: PersonTable): Promise<void> {
  await db.insertInto('people').values(row).execute();
}

export async function updatePerson(
  db: Kysely<Database>,
  id: string,
  changes: Updateable<PersonTable>,
): Promise<void> {
  await db.updateTable('people').set(changes).where('id', '=', id).execute();
}
