/**
 * The advisory lock of the help event log consoles replay: on PostgreSQL a sequence hands out
 * numbers at insert, not at commit, so two writers could commit 11 before 10 and a reader in
 * between would skip 10 for good. Holding this lock until commit makes help event writers go one
 * at a time (they are few: a call or a request changing), so number order is commit order. The
 * change feed kiosks pull, written by every push, no longer takes it: its pull reads only below
 * the oldest open writer instead (sync/changes.repository.ts). SQLite writers go one at a time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Database } from './schema';

// Any fixed number: the key of the advisory lock.
const PUBLISH_LOCK = 0x6e786368; // "nxch"

/** Takes the publish lock inside `trx` until it commits (PostgreSQL only). */
export async function lockPublishers(trx: Kysely<Database>): Promise<void> {
  await lockUntilCommit(trx, PUBLISH_LOCK);
}

/**
 * Takes an advisory lock inside `trx` until it commits, on PostgreSQL (SQLite writers go one at a
 * time already): `key` names what is locked, and `name`, when given, one of many such (a kiosk's
 * id), so writers of other names never wait.
 */
export async function lockUntilCommit(
  trx: Kysely<Database>,
  key: number,
  name?: string,
): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  if (name === undefined) await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
  else await sql`select pg_advisory_xact_lock(${key}, hashtext(${name}))`.execute(trx);
}
