/** Managing staff accounts: the rules, shared by the console's routes and the command line. */
import type { Kysely } from 'kysely';
import type { StaffRole } from '../../shared/staff/roles';
import { type Actor, recordAudit } from '../audit/audit.service';
import { isUniqueViolation } from '../db/errors';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, conflict, notFound } from '../http/errors';
import type { StaffPrincipal } from './login.service';
import { actorOf } from './login.service';
import { generatePassword, hashPassword, verifyPassword } from './password';
import { assertStrongPassword } from './password-policy';
import { deleteAccountSessions } from './session.repository';
import {
  countActiveAdmins,
  findAccountById,
  findAccountByUsername,
  insertAccount,
  selectAccounts,
  updateAccount,
} from './staff.repository';
import type { StaffAccountRow } from './staff.table';
import { usernameKey } from './throttle';
import { clearAttempts, findAttempts } from './throttle.repository';

/** An account as the console and the command line see it (no hash). */
export interface StaffAccountView {
  id: string;
  name: string;
  username: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  /** Set while sign-in for this username is locked by failed attempts. */
  lockedUntil: string | null;
}

/** Names an account by id (routes) or by username (command line). */
export type StaffRef = { id: string } | { username: string };

function toView(row: StaffAccountRow, lockedUntil: string | null = null): StaffAccountView {
  return {
    id: row.id,
    name: row.name,
    username: row.username,
    role: row.role,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lockedUntil,
  };
}

async function findRef(db: Kysely<Database>, ref: StaffRef): Promise<StaffAccountRow> {
  const row =
    'id' in ref ? await findAccountById(db, ref.id) : await findAccountByUsername(db, ref.username);
  if (!row)
    throw notFound(
      'id' in ref
        ? 'There is no staff account with that id.'
        : `There is no staff account "${ref.username}".`,
      'staff_not_found',
    );
  return row;
}

/** Every account, with any sign-in lock that is in force now. */
export async function listStaff(db: Kysely<Database>, now: Date): Promise<StaffAccountView[]> {
  const rows = await selectAccounts(db);
  if (rows.length === 0) return [];
  const nowIso = now.toISOString();
  const locks = new Map(
    (
      await findAttempts(
        db,
        rows.map((r) => usernameKey(r.username)),
      )
    )
      .filter((a) => a.locked_until !== null && a.locked_until > nowIso)
      .map((a) => [a.key, a.locked_until]),
  );
  return rows.map((row) => toView(row, locks.get(usernameKey(row.username)) ?? null));
}

/** The enabled accounts' ids and names, by name: who a service request can be given to. */
export async function enabledAccounts(
  db: Kysely<Database>,
): Promise<{ id: string; name: string }[]> {
  return (await selectAccounts(db))
    .filter((row) => row.disabled === 0)
    .map((row) => ({ id: row.id, name: row.name }));
}

/** What adding an account needs; without a password one is generated. */
export interface NewStaff {
  name: string;
  username: string;
  role: StaffRole;
  password?: string | undefined;
  /** False only for the first admin the server seeds with a made-up name (see seed.ts). */
  nameConfirmed?: boolean;
}

/** Adds an account. Returns it, and the password when one was generated (shown once, never stored). */
export async function addStaff(
  db: Kysely<Database>,
  actor: Actor,
  input: NewStaff,
  now: Date,
): Promise<{ account: StaffAccountView; generatedPassword: string | null }> {
  if (input.password) assertStrongPassword(input.password, [input.name, input.username]);
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword ?? '');
  const nowIso = now.toISOString();
  const row: StaffAccountRow = {
    id: newId(now.getTime()),
    name: input.name,
    username: input.username,
    role: input.role,
    password_hash: passwordHash,
    disabled: 0,
    name_confirmed: input.nameConfirmed === false ? 0 : 1,
    created_at: nowIso,
    updated_at: nowIso,
  };
  const taken = conflict('username_taken', `The username "${input.username}" is already taken.`);
  try {
    await db.transaction().execute(async (trx) => {
      if (await findAccountByUsername(trx, input.username)) throw taken;
      await insertAccount(trx, row);
      await recordAudit(trx, {
        at: now,
        actor,
        action: 'staff.created',
        subject: { type: 'staff_account', id: row.id },
        details: { name: row.name, username: row.username, role: row.role },
      });
    });
  } catch (error) {
    // Two admins adding the same username at once: the unique index decides.
    if (isUniqueViolation(error)) throw taken;
    throw error;
  }
  return { account: toView(row), generatedPassword };
}

/**
 * Disables or re-enables an account. Disabling ends its sessions at once; nobody can disable
 * their own account or the last enabled admin (the centre would be left without one).
 */
export async function setStaffDisabled(
  db: Kysely<Database>,
  actor: Actor,
  ref: StaffRef,
  disabled: boolean,
  now: Date,
): Promise<StaffAccountView> {
  return db.transaction().execute(async (trx) => {
    const row = await findRef(trx, ref);
    if ((row.disabled === 1) === disabled) return toView(row);
    if (disabled) {
      if (actor.kind === 'staff' && actor.id === row.id)
        throw conflict('cannot_disable_self', 'You cannot disable your own account.');
      if (row.role === 'admin' && (await countActiveAdmins(trx)) <= 1)
        throw conflict(
          'last_admin',
          'This is the only enabled admin account; add or enable another admin first.',
        );
    }
    const nowIso = now.toISOString();
    await updateAccount(trx, row.id, { disabled: disabled ? 1 : 0, updated_at: nowIso });
    if (disabled) await deleteAccountSessions(trx, row.id);
    await recordAudit(trx, {
      at: now,
      actor,
      action: disabled ? 'staff.disabled' : 'staff.enabled',
      subject: { type: 'staff_account', id: row.id },
      details: { username: row.username },
    });
    return toView({ ...row, disabled: disabled ? 1 : 0, updated_at: nowIso });
  });
}

/**
 * Changes an account's role. Their sessions end, so the new role's limits apply from the next
 * sign-in; nobody can change their own role, and the last enabled admin stays an admin.
 */
export async function setStaffRole(
  db: Kysely<Database>,
  actor: Actor,
  ref: StaffRef,
  role: StaffRole,
  now: Date,
): Promise<StaffAccountView> {
  return db.transaction().execute(async (trx) => {
    const row = await findRef(trx, ref);
    if (row.role === role) return toView(row);
    if (actor.kind === 'staff' && actor.id === row.id)
      throw conflict(
        'cannot_change_own_role',
        'You cannot change your own role; ask another admin.',
      );
    if (row.role === 'admin' && row.disabled === 0 && (await countActiveAdmins(trx)) <= 1)
      throw conflict(
        'last_admin',
        'This is the only enabled admin account; make another account an admin first.',
      );
    const nowIso = now.toISOString();
    await updateAccount(trx, row.id, { role, updated_at: nowIso });
    await deleteAccountSessions(trx, row.id);
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'staff.role_changed',
      subject: { type: 'staff_account', id: row.id },
      details: { username: row.username, from: row.role, to: role },
    });
    return toView({ ...row, role, updated_at: nowIso });
  });
}

/**
 * Gives an account the name the console shows and the kiosk says to elders ("工作人员 王芳 马上来"):
 * the person's own at first sign-in, or an admin's correction. Either way a person chose it, so
 * the console stops asking. Sessions go on: a name is not a permission.
 */
export async function renameStaff(
  db: Kysely<Database>,
  actor: Actor,
  ref: StaffRef,
  name: string,
  now: Date,
): Promise<StaffAccountView> {
  return db.transaction().execute(async (trx) => {
    const row = await findRef(trx, ref);
    if (row.name === name && row.name_confirmed === 1) return toView(row);
    const nowIso = now.toISOString();
    await updateAccount(trx, row.id, { name, name_confirmed: 1, updated_at: nowIso });
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'staff.renamed',
      subject: { type: 'staff_account', id: row.id },
      details: { username: row.username, oldName: row.name, newName: name },
    });
    return toView({ ...row, name, name_confirmed: 1, updated_at: nowIso });
  });
}

/**
 * Sets a new password for someone who forgot theirs (generated unless given): ends their
 * sessions and lifts any sign-in lock on their username.
 */
export async function resetStaffPassword(
  db: Kysely<Database>,
  actor: Actor,
  ref: StaffRef,
  password: string | undefined,
  now: Date,
): Promise<{ account: StaffAccountView; generatedPassword: string | null }> {
  if (password) {
    const found = await findRef(db, ref);
    assertStrongPassword(password, [found.name, found.username]);
  }
  const generatedPassword = password ? null : generatePassword();
  // Hash before the transaction: scrypt is slow and SQLite holds its write lock until commit.
  const passwordHash = await hashPassword(password ?? generatedPassword ?? '');
  const nowIso = now.toISOString();
  const row = await db.transaction().execute(async (trx) => {
    const found = await findRef(trx, ref);
    await updateAccount(trx, found.id, { password_hash: passwordHash, updated_at: nowIso });
    await deleteAccountSessions(trx, found.id);
    await clearAttempts(trx, [usernameKey(found.username)]);
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'staff.password_reset',
      subject: { type: 'staff_account', id: found.id },
      details: { username: found.username, generated: generatedPassword !== null },
    });
    return found;
  });
  return { account: toView({ ...row, updated_at: nowIso }), generatedPassword };
}

/** A signed-in staff member changes their own password; their other sessions end. */
export async function changeOwnPassword(
  db: Kysely<Database>,
  principal: StaffPrincipal,
  passwords: { currentPassword: string; newPassword: string },
  now: Date,
): Promise<void> {
  const row = await findRef(db, { id: principal.accountId });
  if (!(await verifyPassword(passwords.currentPassword, row.password_hash)))
    throw new AppError(400, 'wrong_password', 'The current password is not correct.', {
      fields: [{ path: 'currentPassword', message: 'The current password is not correct.' }],
    });
  assertStrongPassword(passwords.newPassword, [row.name, row.username], 'newPassword');
  const passwordHash = await hashPassword(passwords.newPassword);
  await db.transaction().execute(async (trx) => {
    await updateAccount(trx, row.id, {
      password_hash: passwordHash,
      updated_at: now.toISOString(),
    });
    await deleteAccountSessions(trx, row.id, principal.tokenHash);
    await recordAudit(trx, {
      at: now,
      actor: actorOf(principal),
      action: 'staff.password_changed',
      subject: { type: 'staff_account', id: row.id },
    });
  });
}
