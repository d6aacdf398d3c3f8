/** All SQL for config versions. The first argument is the database or a transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ConfigVersionRow, ConfigVersionTable } from './config.table';

/** The newest version (the one in force), or undefined before the seed is stored. */
export function selectNewestVersion(db: Kysely<Database>): Promise<ConfigVersionRow | undefined> {
  return db
    .selectFrom('config_versions')
    .selectAll()
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function selectVersion(
  db: Kysely<Database>,
  number: number,
): Promise<ConfigVersionRow | undefined> {
  return db
    .selectFrom('config_versions')
    .selectAll()
    .where('number', '=', number)
    .executeTakeFirst();
}

/** One page of versions, newest first, without their files. */
export function selectVersionPage(
  db: Kysely<Database>,
  offset: number,
  limit: number,
): Promise<Omit<ConfigVersionRow, 'files'>[]> {
  return db
    .selectFrom('config_versions')
    .select(['number', 'hash', 'note', 'by_id', 'by_name', 'at', 'restored_from'])
    .orderBy('number', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countVersions(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('config_versions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Inserts a version; a unique violation means another publish took this number first. */
export async function insertVersion(db: Kysely<Database>, row: ConfigVersionTable): Promise<void> {
  await db.insertInto('config_versions').values(row).execute();
}

/** Stores the seed as version 1 unless a version 1 exists (two servers starting at once). */
export async function insertSeed(db: Kysely<Database>, row: ConfigVersionTable): Promise<void> {
  await db
    .insertInto('config_versions')
    .values(row)
    .onConflict((oc) => oc.column('number').doNothing())
    .execute();
}

/** How many enrolled, unrevoked kiosks report running each hash. */
export async function countKiosksByHash(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('kiosks')
    .select(['config_version', (eb) => eb.fn.countAll().as('n')])
    .where('revoked_at', 'is', null)
    .where('config_version', 'is not', null)
    .groupBy('config_version')
    .execute();
  return new Map(rows.map((r) => [r.config_version as string, Number(r.n)]));
}

/** The newest version number with each hash (a restore makes a new number with an old hash). */
export async function numbersByHash(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('config_versions')
    .select(['hash', (eb) => eb.fn.max('number').as('number')])
    .groupBy('hash')
    .execute();
  return new Map(rows.map((r) => [r.hash, Number(r.number)]));
}
