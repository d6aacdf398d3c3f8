/** Every row of every table, to prove a run of refused requests changed nothing. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../src/server/db/schema';

/** Columns a refused request may still change, per table, each with the reason it may. */
export type ExemptColumns = Record<string, Record<string, string>>;

/** The tables of the database, found rather than listed, so a new feature's table is covered. */
async function tableNames(db: Kysely<Database>): Promise<string[]> {
  const sqlite = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
  `
    .execute(db)
    .catch(() => undefined);
  if (sqlite) return sqlite.rows.map((r) => r.name).sort();
  const pg = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
  `.execute(db);
  return pg.rows.map((r) => r.name).sort();
}

/** Table name → its rows as sorted JSON lines, without the exempt columns. */
export async function snapshotTables(
  db: Kysely<Database>,
  exempt: ExemptColumns = {},
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await tableNames(db)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      db,
    );
    const skip = exempt[table] ?? {};
    out[table] = rows
      .map((row) =>
        JSON.stringify(
          Object.entries(row).filter(([column]) => !(column in skip)),
          (_, value) => (typeof value === 'bigint' ? value.toString() : value),
        ),
      )
      .sort();
  }
  return out;
}
