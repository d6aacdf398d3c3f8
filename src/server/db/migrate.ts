/** Applying the migrations in ./migrations with Kysely's Migrator. */
import {
  type Kysely,
  type MigrationResultSet,
  Migrator,
  NO_MIGRATIONS,
  PostgresAdapter,
  sql,
} from 'kysely';
import { migrations } from './migrations/index';

/**
 * On PostgreSQL, the schema the connection works in (`search_path`). Kysely's Migrator, given no
 * schema, takes a `kysely_migration` table in ANY schema as its own, so a database holding
 * several centres (one schema each) would skip migrations; naming the schema prevents that.
 */
async function currentSchema(db: Kysely<unknown>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

async function migratorFor(db: Kysely<unknown>): Promise<Migrator> {
  const schema = await currentSchema(db);
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

function check(result: MigrationResultSet, doing: string): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Could not ${doing}${failed ? ` (migration ${failed})` : ''}: ${reason}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Brings the database up to the newest schema; does nothing when it is already there. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = await migratorFor(db as unknown as Kysely<unknown>);
  return check(await migrator.migrateToLatest(), 'migrate the database');
}

/** Undoes every migration (their `down`s, newest first). For tests and a deliberate reset. */
export async function migrateAllDown<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = await migratorFor(db as unknown as Kysely<unknown>);
  return check(await migrator.migrateTo(NO_MIGRATIONS), 'undo the migrations');
}
