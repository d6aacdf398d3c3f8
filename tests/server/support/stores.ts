/**
 * Runs a suite against both stores: a fresh migrated SQLite file and a fresh PostgreSQL schema
 * for every `makeDb()` call, cleaned up after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, describe, inject } from 'vitest';
import { createDatabase } from '../../../src/server/db/database';
import { migrateToLatest } from '../../../src/server/db/migrate';
import type { Database } from '../../../src/server/db/schema';
import { setCardKeyIterations } from '../../../src/server/members/card-key';
import { setScryptCost } from '../../../src/server/staff/password';

// Production hashing costs ~1 s per hash on a small VM; suites hash hundreds of times. The
// parameters are stored with each hash, so everything else runs exactly as in production
// (password.test.ts checks the production cost itself).
export const FAST_TEST_SCRYPT_COST = { N: 2 ** 10, r: 8, p: 1 };
setScryptCost(FAST_TEST_SCRYPT_COST);
// Likewise the centre's card key: each card costs ~100 ms of PBKDF2 on purpose, and suites publish
// hundreds of roster items. The rounds are stored with each key and sent to kiosks with it
// (`npm run bench:card` measures the production count).
export const FAST_TEST_CARD_KEY_ITERATIONS = 1000;
setCardKeyIterations(FAST_TEST_CARD_KEY_ITERATIONS);

export type StoreName = 'sqlite' | 'postgres';

/** Options for one database. */
export interface MakeDbOptions {
  /** Apply the migrations (default true); false for migration tests. */
  migrate?: boolean;
}

/** What makeDb also reports: where the database lives, for tools that open it themselves. */
export interface TestDatabase {
  db: Kysely<Database>;
  /** The environment that opens this same database with createDatabase. */
  env: { DATABASE_URL?: string; DATABASE_PATH?: string };
}

/** A new, empty (by default migrated) database on the suite's store. */
export type MakeDb = (options?: MakeDbOptions) => Promise<Kysely<Database>>;

/** Like MakeDb, with the environment that names the database. */
export type MakeTestDb = (options?: MakeDbOptions) => Promise<TestDatabase>;

let counter = 0;
const unique = (prefix: string) =>
  `${prefix}_${process.pid}_${Date.now().toString(36)}_${(counter++).toString(36)}`;

function sqliteStore(cleanups: (() => Promise<void>)[]): MakeTestDb {
  let dir: string | undefined;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return async (options = {}) => {
    dir ??= mkdtempSync(join(tmpdir(), 'nuanxin-sqlite-'));
    const env = { DATABASE_PATH: join(dir, `${unique('db')}.sqlite`) };
    const db = createDatabase(env);
    cleanups.push(() => db.destroy());
    if (options.migrate !== false) await migrateToLatest(db);
    return { db, env };
  };
}

function postgresStore(cleanups: (() => Promise<void>)[]): MakeTestDb {
  // One database per test file (CREATE DATABASE costs ~100 ms), one schema per makeDb() call.
  let database: Promise<string> | undefined;
  const adminUrl = inject('postgresUrl');
  const withDatabase = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url;
  };
  const admin = async (sql: string, url: string = adminUrl) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  afterAll(async () => {
    if (database) await admin(`drop database if exists "${await database}" with (force)`);
  });
  return async (options = {}) => {
    database ??= (async () => {
      const name = unique('nx_test');
      await admin(`create database "${name}"`);
      return name;
    })();
    const name = await database;
    const schema = unique('s');
    await admin(`create schema "${schema}"`, withDatabase(name).href);
    const url = withDatabase(name);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { DATABASE_URL: url.href };
    const db = createDatabase(env);
    cleanups.push(() => db.destroy());
    if (options.migrate !== false) await migrateToLatest(db);
    return { db, env };
  };
}

/** The store a suite runs on, as `forEachStore` hands it over. */
export interface Store {
  name: StoreName;
  makeDb: MakeDb;
  makeTestDb: MakeTestDb;
}

/** Defines the suite once per store: `forEachStore((name, makeDb) => { it(…) })`. */
export function forEachStore(suite: (name: StoreName, makeDb: MakeDb, store: Store) => void) {
  for (const name of ['sqlite', 'postgres'] as const) {
    describe(name, () => {
      const cleanups: (() => Promise<void>)[] = [];
      afterEach(async () => {
        for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
      });
      const makeTestDb = name === 'sqlite' ? sqliteStore(cleanups) : postgresStore(cleanups);
      const makeDb: MakeDb = async (options) => (await makeTestDb(options)).db;
      suite(name, makeDb, { name, makeDb, makeTestDb });
    });
  }
}
