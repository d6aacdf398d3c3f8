/** Opening the centre's store: an embedded SQLite file, or PostgreSQL when DATABASE_URL names one. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

/** Where the SQLite file lives when neither variable says otherwise. */
export const DEFAULT_DATABASE_PATH = './data/centre.db';

/** The environment variables the store reads. */
export interface DatabaseEnv {
  DATABASE_URL?: string | undefined;
  DATABASE_PATH?: string | undefined;
}

/** Which store the environment asks for. */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Reads the environment: PostgreSQL for a postgres:// URL, otherwise the SQLite file. */
export function databaseTarget(env: DatabaseEnv): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//i.test(url))
      throw new Error('DATABASE_URL must start with postgres:// (leave it unset to use SQLite).');
    return { kind: 'postgres', url };
  }
  const path = env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH;
  return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
}

/** Opens a SQLite file tuned for one busy server process (creating its folder). */
export function openSqlite(path: string): BetterSqlite3.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  // WAL lets readers (the backup tool, a second process) run while the server writes;
  // NORMAL sync is durable across a process crash in WAL mode and much faster than FULL.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Wait for a lock held by another process (a backup, the staff CLI) instead of failing at once.
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/** How many prepared statements a SQLite store keeps (the server's queries fit many times over). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * `sqlite` with its prepared statements kept for reuse. Kysely prepares every query afresh, and
 * preparing costs more than running a small query (a push spends most of its SQLite time there).
 * Keyed by SQL text and bounded, since `in (?, ?, …)` lists of other lengths make new texts.
 * Safe to share: Kysely runs one query at a time on its one SQLite connection.
 */
export function withStatementCache(
  sqlite: BetterSqlite3.Database,
  size = STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = sqlite.prepare(sql);
      // Re-inserted, so the Map's order is least recently used first.
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}

/** The typed query builder over the store the environment names. Call `migrateToLatest` next. */
export function createDatabase(env: DatabaseEnv = process.env): Kysely<Database> {
  const target = databaseTarget(env);
  if (target.kind === 'sqlite')
    return new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(openSqlite(target.path)) }),
    });

  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', (error) => {
    console.error(
      JSON.stringify({ level: 'error', msg: 'postgres pool error', error: error.message }),
    );
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
