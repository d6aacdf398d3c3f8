/** All SQL for the sign-in throttle. The first argument is the database or a transaction. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema';
import type { LoginAttemptTable } from './staff.table';

/** The throttle rows for these keys. */
export function findAttempts(
  db: Kysely<Database>,
  keys: string[],
): Promise<Selectable<LoginAttemptTable>[]> {
  return db.selectFrom('login_attempts').selectAll().where('key', 'in', keys).execute();
}

/**
 * Counts one failure for `key` in a single statement, so concurrent attempts cannot lose a
 * count; a window that started before `windowCutoff` starts again at `now`.
 */
export async function addFailure(
  db: Kysely<Database>,
  key: string,
  now: string,
  windowCutoff: string,
): Promise<{ failures: number; locked_until: string | null }> {
  return db
    .insertInto('login_attempts')
    .values({ key, failures: 1, window_started_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const stale = eb('login_attempts.window_started_at', '<', windowCutoff);
        return {
          failures: eb
            .case()
            .when(stale)
            .then(1)
            .else(eb('login_attempts.failures', '+', 1))
            .end(),
          window_started_at: eb
            .case()
            .when(stale)
            .then(now)
            .else(eb.ref('login_attempts.window_started_at'))
            .end(),
          locked_until: eb
            .case()
            .when(stale)
            .then(null)
            .else(eb.ref('login_attempts.locked_until'))
            .end(),
        };
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();
}

/** Locks `key` until `until`. */
export async function lockKey(db: Kysely<Database>, key: string, until: string): Promise<void> {
  await db
    .updateTable('login_attempts')
    .set({ locked_until: until })
    .where('key', '=', key)
    .execute();
}

/** Forgets the failures of these keys (after a good sign-in or a password reset). */
export async function clearAttempts(db: Kysely<Database>, keys: string[]): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', 'in', keys).execute();
}

/** Removes rows whose window and lock are both over, so the table does not grow forever. */
export async function pruneAttempts(
  db: Kysely<Database>,
  now: string,
  windowCutoff: string,
): Promise<void> {
  await db
    .deleteFrom('login_attempts')
    .where('window_started_at', '<', windowCutoff)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .execute();
}
