/**
 * Sign-in throttling, per username typed and per client address: after too many failures in
 * the window the key is locked, and every attempt on it is refused until the lock ends. Unknown
 * usernames lock exactly like real ones, so the answers never tell which usernames exist.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { LOGIN_LOCK_MS, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USERNAME } from './policy';
import { addFailure, findAttempts, lockKey } from './throttle.repository';

/** The throttle key for a username as typed (lower-cased). */
export function usernameKey(username: string): string {
  return `user:${username}`;
}

/** The throttle key for a client address. */
export function addressKey(address: string): string {
  return `ip:${address}`;
}

/** When the latest lock on any of `keys` ends, or null when none is locked now. */
export async function lockedUntil(
  db: Kysely<Database>,
  keys: string[],
  now: Date,
): Promise<Date | null> {
  const nowIso = now.toISOString();
  const ends = (await findAttempts(db, keys))
    .map((row) => row.locked_until)
    .filter((until): until is string => until !== null && until > nowIso)
    .sort();
  const last = ends.at(-1);
  return last ? new Date(last) : null;
}

/** The 429 for a locked key, saying plainly how long to wait. */
export function tooManyAttempts(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    429,
    'too_many_attempts',
    `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { headers: { 'Retry-After': String(seconds) } },
  );
}

/**
 * Counts a failed sign-in against the username and the address; locks (and audits the lock)
 * when a limit is reached. Returns when the lock ends, or null when sign-in is still open.
 */
export async function recordFailedLogin(
  trx: Kysely<Database>,
  attempt: { username: string; address: string },
  now: Date,
): Promise<Date | null> {
  const nowIso = now.toISOString();
  const windowCutoff = new Date(now.getTime() - LOGIN_LOCK_MS).toISOString();
  const until = new Date(now.getTime() + LOGIN_LOCK_MS);
  const limits = [
    {
      key: usernameKey(attempt.username),
      max: MAX_FAILURES_PER_USERNAME,
      type: 'username',
      id: attempt.username,
    },
    {
      key: addressKey(attempt.address),
      max: MAX_FAILURES_PER_ADDRESS,
      type: 'address',
      id: attempt.address,
    },
  ];
  // Every failure is on the record, not only the one that locks: a slow guesser stays in view.
  await recordAudit(trx, {
    at: now,
    actor: { kind: 'anonymous' },
    action: 'staff.login_failed',
    subject: { type: 'username', id: attempt.username },
    details: { address: attempt.address },
  });
  let locked: Date | null = null;
  for (const limit of limits) {
    const row = await addFailure(trx, limit.key, nowIso, windowCutoff);
    if (row.failures < limit.max) continue;
    locked = until;
    if (row.locked_until !== null && row.locked_until > nowIso) continue;
    await lockKey(trx, limit.key, until.toISOString());
    await recordAudit(trx, {
      at: now,
      actor: { kind: 'anonymous' },
      action: 'staff.login_locked',
      subject: { type: limit.type, id: limit.id },
      details: {
        failures: row.failures,
        lockedUntil: until.toISOString(),
        address: attempt.address,
      },
    });
  }
  return locked;
}
