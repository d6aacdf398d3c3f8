/** The people list's rules: add and change someone, each change audited in one transaction. */
import type { Kysely } from 'kysely';
import type { Person, PersonKind } from '../../shared/people/api';
import { type Actor, recordAudit } from '../audit/audit.service';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { notFound } from '../http/errors';
import {
  findPerson,
  insertPerson,
  selectActiveFieldWorkers,
  selectPeople,
  updatePerson,
} from './people.repository';
import type { PersonRow } from './people.table';

export function personView(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    kind: row.kind,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Someone's row by id (the help desk checks a field worker it is given). */
export function findPersonRow(db: Kysely<Database>, id: string): Promise<PersonRow | undefined> {
  return findPerson(db, id);
}

/** The active field workers' ids and names: who a service request can be given to. */
export async function activeFieldWorkers(
  db: Kysely<Database>,
): Promise<{ id: string; name: string }[]> {
  return (await selectActiveFieldWorkers(db)).map((row) => ({ id: row.id, name: row.name }));
}

export async function listPeople(db: Kysely<Database>): Promise<Person[]> {
  return (await selectPeople(db)).map(personView);
}

export async function addPerson(
  db: Kysely<Database>,
  actor: Actor,
  input: { name: string; phone: string; kind: PersonKind },
  now: Date,
): Promise<Person> {
  const nowIso = now.toISOString();
  const row: PersonRow = {
    id: newId(now.getTime()),
    name: input.name,
    phone: input.phone,
    kind: input.kind,
    active: 1,
    created_at: nowIso,
    updated_at: nowIso,
  };
  await db.transaction().execute(async (trx) => {
    await insertPerson(trx, row);
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'person.added',
      subject: { type: 'person', id: row.id },
      details: { name: row.name, kind: row.kind },
    });
  });
  return personView(row);
}

/** Changes someone's record; only what changed is written to the audit log. */
export async function changePerson(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: { name: string; phone: string; kind: PersonKind; active: boolean },
  now: Date,
): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    const row = await findPerson(trx, id);
    if (!row)
      throw notFound('There is nobody with that id on the people list.', 'person_not_found');
    const next: PersonRow = {
      ...row,
      name: input.name,
      phone: input.phone,
      kind: input.kind,
      active: input.active ? 1 : 0,
    };
    const changed = (['name', 'phone', 'kind', 'active'] as const).filter(
      (key) => next[key] !== row[key],
    );
    if (changed.length === 0) return personView(row);
    next.updated_at = now.toISOString();
    await updatePerson(trx, id, {
      name: next.name,
      phone: next.phone,
      kind: next.kind,
      active: next.active,
      updated_at: next.updated_at,
    });
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'person.changed',
      subject: { type: 'person', id },
      details: {
        name: next.name,
        ...(changed.includes('name') ? { oldName: row.name, newName: next.name } : {}),
        ...(changed.includes('phone') ? { phoneChanged: true } : {}),
        ...(changed.includes('kind') ? { kind: next.kind } : {}),
        ...(changed.includes('active') ? { active: input.active } : {}),
      },
    });
    return personView(next);
  });
}
