/** Staff sign-in, sessions and sign-out. */
import type { Kysely } from 'kysely';
import type { StaffRole } from '../../shared/staff/roles';
import { type Actor, recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './password';
import {
  LOGIN_LOCK_MS,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  SESSION_TOUCH_INTERVAL_MS,
} from './policy';
import {
  deleteEndedSessions,
  deleteSession,
  findSession,
  insertSession,
  type SessionWithAccount,
  touchSession,
} from './session.repository';
import { findAccountByUsername, updateAccount } from './staff.repository';
import {
  addressKey,
  lockedUntil,
  recordFailedLogin,
  tooManyAttempts,
  usernameKey,
} from './throttle';
import { clearAttempts, pruneAttempts } from './throttle.repository';
import { hashSessionToken, newSessionToken } from './token';

/** The signed-in staff member behind a request. */
export interface StaffPrincipal {
  accountId: string;
  name: string;
  /** False while the name is the seeded "管理员": the console asks for the person's own. */
  nameConfirmed: boolean;
  username: string;
  role: StaffRole;
  tokenHash: string;
  /** When the session ends however active it is. */
  expiresAt: string;
  /** When it ends if no further request comes. */
  idleExpiresAt: string;
}

/** The audit actor for a signed-in staff member. */
export function actorOf(principal: StaffPrincipal): Actor {
  return { kind: 'staff', id: principal.accountId, username: principal.username };
}

function idleEnd(lastSeen: string): string {
  return new Date(new Date(lastSeen).getTime() + SESSION_IDLE_MS).toISOString();
}

/** What a successful sign-in gives: the token for the cookie and who signed in. */
export interface LoginResult {
  token: string;
  principal: StaffPrincipal;
}

/**
 * Checks a username and password. 401 with one message for any wrong pair (whether or not the
 * username exists), 429 while the username or address is locked, 403 for a disabled account.
 */
export async function login(
  db: Kysely<Database>,
  attempt: { username: string; password: string; address: string },
  now: Date,
): Promise<LoginResult> {
  const keys = [usernameKey(attempt.username), addressKey(attempt.address)];
  const locked = await lockedUntil(db, keys, now);
  if (locked) throw tooManyAttempts(locked, now);

  const account = await findAccountByUsername(db, attempt.username);
  // Always run scrypt, against a decoy when there is no account, so timing reveals nothing.
  const matches = await verifyPassword(
    attempt.password,
    account?.password_hash ?? (await decoyHash()),
  );
  if (!account || !matches) {
    const lock = await db.transaction().execute((trx) => recordFailedLogin(trx, attempt, now));
    if (lock) throw tooManyAttempts(lock, now);
    throw new AppError(401, 'invalid_credentials', 'The username or password is not correct.');
  }
  if (account.disabled)
    throw new AppError(
      403,
      'account_disabled',
      'This account has been disabled. Ask a centre administrator.',
    );

  // A hash made with weaker parameters than today's is replaced while we know the password.
  const upgradedHash = needsRehash(account.password_hash)
    ? await hashPassword(attempt.password)
    : null;
  const token = newSessionToken();
  const nowIso = now.toISOString();
  const principal: StaffPrincipal = {
    accountId: account.id,
    name: account.name,
    nameConfirmed: account.name_confirmed === 1,
    username: account.username,
    role: account.role,
    tokenHash: hashSessionToken(token),
    expiresAt: new Date(now.getTime() + SESSION_MAX_MS).toISOString(),
    idleExpiresAt: idleEnd(nowIso),
  };
  await db.transaction().execute(async (trx) => {
    await clearAttempts(trx, [usernameKey(account.username)]);
    // Housekeeping on a rare, cheap occasion: old throttle rows and dead sessions.
    await pruneAttempts(trx, nowIso, new Date(now.getTime() - LOGIN_LOCK_MS).toISOString());
    if (upgradedHash) await updateAccount(trx, account.id, { password_hash: upgradedHash });
    await deleteEndedSessions(trx, nowIso, new Date(now.getTime() - SESSION_IDLE_MS).toISOString());
    await insertSession(trx, {
      token_hash: principal.tokenHash,
      account_id: account.id,
      created_at: nowIso,
      expires_at: principal.expiresAt,
      last_seen_at: nowIso,
    });
    await recordAudit(trx, {
      at: now,
      actor: actorOf(principal),
      action: 'staff.logged_in',
      subject: { type: 'staff_account', id: account.id },
      details: { address: attempt.address },
    });
  });
  return { token, principal };
}

/** Past its end, idle too long, or its account disabled. */
function hasEnded(session: SessionWithAccount, nowIso: string): boolean {
  return (
    session.expires_at <= nowIso ||
    idleEnd(session.last_seen_at) <= nowIso ||
    Boolean(session.account.disabled)
  );
}

/**
 * True while the session behind `principal` still works with the same role: false after logout,
 * disable, a role change (which ends the account's sessions) or its end. Touches nothing: an open
 * stream is not activity.
 */
export async function sessionStillCurrent(
  db: Kysely<Database>,
  principal: StaffPrincipal,
  now: Date,
): Promise<boolean> {
  const session = await findSession(db, principal.tokenHash);
  return (
    session !== undefined &&
    !hasEnded(session, now.toISOString()) &&
    session.account.role === principal.role
  );
}

/**
 * The staff member a session token belongs to, or "ended" when it is unknown, past its end,
 * idle too long, or its account is disabled (the session is then removed).
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<StaffPrincipal | 'ended'> {
  const tokenHash = hashSessionToken(token);
  const session = await findSession(db, tokenHash);
  if (!session) return 'ended';
  const nowIso = now.toISOString();
  if (hasEnded(session, nowIso)) {
    await deleteSession(db, tokenHash);
    return 'ended';
  }
  let lastSeen = session.last_seen_at;
  if (now.getTime() - new Date(lastSeen).getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await touchSession(db, tokenHash, nowIso);
    lastSeen = nowIso;
  }
  return {
    accountId: session.account.id,
    name: session.account.name,
    nameConfirmed: session.account.name_confirmed === 1,
    username: session.account.username,
    role: session.account.role,
    tokenHash,
    expiresAt: session.expires_at,
    idleExpiresAt: idleEnd(lastSeen),
  };
}

/** Ends the session (if there is one) and records it. */
export async function logout(
  db: Kysely<Database>,
  principal: StaffPrincipal | null,
  now: Date,
): Promise<void> {
  if (!principal) return;
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, principal.tokenHash);
    await recordAudit(trx, {
      at: now,
      actor: actorOf(principal),
      action: 'staff.logged_out',
      subject: { type: 'staff_account', id: principal.accountId },
    });
  });
}
