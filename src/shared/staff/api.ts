/**
 * /api/staff: sign in and out, who am I, and (staff.manage) the staff accounts. The server's
 * routes (src/server/staff/staff.routes.ts) validate with these schemas and the console calls
 * them through src/staff/api/client.ts.
 */
import * as v from 'valibot';
import { NoContent, route } from '../api/contract';
import { FORMAT_FIELD, IdParam } from '../api/fields';
import { STAFF_ROLES } from './roles';

/** The shortest password a person may choose. */
export const MIN_PASSWORD_LENGTH = 10;
/** The longest accepted: scrypt's work grows with input, so this also bounds a request's cost. */
export const MAX_PASSWORD_LENGTH = 200;

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

/** A username for a new account: lower-cased, 3–32 of a–z 0–9 . _ - */
export const UsernameSchema = v.pipe(
  v.string('Enter a username.'),
  v.trim(),
  v.toLowerCase(),
  v.minLength(3, 'A username has at least 3 characters.'),
  v.maxLength(32, 'A username has at most 32 characters.'),
  v.regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'A username uses only letters a–z, digits, dots, dashes and underscores, and starts with a letter or digit.',
  ),
);

/** A password someone chooses. */
export const NewPasswordSchema = v.pipe(
  v.string('Enter a password.'),
  v.minLength(MIN_PASSWORD_LENGTH, `A password has at least ${MIN_PASSWORD_LENGTH} characters.`),
  v.maxLength(MAX_PASSWORD_LENGTH, `A password has at most ${MAX_PASSWORD_LENGTH} characters.`),
);

/** A staff member's name as shown in the console, e.g. 王芳. */
export const NameSchema = v.pipe(
  v.string("Enter the person's name."),
  v.trim(),
  v.minLength(1, "Enter the person's name."),
  v.maxLength(50, 'A name has at most 50 characters.'),
  v.regex(NO_CONTROL_CHARACTERS, 'A name cannot contain control characters.'),
);

/** One of the staff roles. */
export const RoleSchema = v.picklist(STAFF_ROLES, `Choose a role: ${STAFF_ROLES.join(', ')}.`);

/** POST /api/staff/login */
export const LoginBody = v.object({
  // Not the new-account rules: any typed name gets the same generic answer.
  username: v.pipe(
    v.string('Enter your username.'),
    v.trim(),
    v.toLowerCase(),
    v.minLength(1, 'Enter your username.'),
    v.maxLength(64, 'That username is too long.'),
  ),
  password: v.pipe(
    v.string('Enter your password.'),
    v.minLength(1, 'Enter your password.'),
    v.maxLength(MAX_PASSWORD_LENGTH, 'That password is too long.'),
  ),
});

/** POST /api/staff/accounts */
export const NewStaffBody = v.object({
  name: NameSchema,
  username: UsernameSchema,
  role: RoleSchema,
  password: v.optional(NewPasswordSchema),
});

/** POST /api/staff/accounts/:id/reset-password */
export const ResetPasswordBody = v.object({ password: v.optional(NewPasswordSchema) });

/** POST /api/staff/me/password */
export const ChangePasswordBody = v.object({
  currentPassword: v.pipe(
    v.string('Enter your current password.'),
    v.maxLength(MAX_PASSWORD_LENGTH, 'That password is too long.'),
  ),
  newPassword: NewPasswordSchema,
});

/** POST /api/staff/me/name and /api/staff/accounts/:id/name */
export const NameBody = v.object({ name: NameSchema });

/** POST /api/staff/accounts/:id/role */
export const RoleBody = v.object({ role: RoleSchema });

/** GET /api/staff/accounts?format= */
export const StaffListQuery = v.object({ format: FORMAT_FIELD });

/** The signed-in staff member, as /me and a sign-in answer them. */
export const MeSchema = v.object({
  id: v.string(),
  name: v.string(),
  /**
   * False while the account still has the name the server made up for the first admin
   * ("管理员"): the console asks for the person's own name before anything else, since the kiosk
   * says it to elders.
   */
  nameConfirmed: v.boolean(),
  username: v.string(),
  role: v.picklist(STAFF_ROLES),
  session: v.object({ expiresAt: v.string(), idleExpiresAt: v.string() }),
});
export type Me = v.InferOutput<typeof MeSchema>;

/** An account as the console and the command line see it (no hash). */
export const StaffAccountSchema = v.object({
  id: v.string(),
  name: v.string(),
  username: v.string(),
  role: v.picklist(STAFF_ROLES),
  disabled: v.boolean(),
  createdAt: v.string(),
  updatedAt: v.string(),
  /** Set while sign-in for this username is locked by failed attempts. */
  lockedUntil: v.nullable(v.string()),
});
export type StaffAccountView = v.InferOutput<typeof StaffAccountSchema>;

const Account = v.object({ account: StaffAccountSchema });
/** An account with the password generated for it, shown once (null when one was chosen). */
const AccountWithPassword = v.object({
  account: StaffAccountSchema,
  password: v.nullable(v.string()),
});

export const StaffApi = {
  login: route({
    method: 'POST',
    path: '/api/staff/login',
    body: LoginBody,
    response: v.object({ staff: MeSchema }),
  }),
  logout: route({ method: 'POST', path: '/api/staff/logout', response: NoContent }),
  me: route({ method: 'GET', path: '/api/staff/me', response: v.object({ staff: MeSchema }) }),
  changePassword: route({
    method: 'POST',
    path: '/api/staff/me/password',
    body: ChangePasswordBody,
    response: v.object({ ok: v.literal(true) }),
  }),
  /** The signed-in person gives their own name (asked at first sign-in, changeable later). */
  setOwnName: route({
    method: 'POST',
    path: '/api/staff/me/name',
    body: NameBody,
    response: v.object({ staff: MeSchema }),
  }),
  /** format=csv answers the accounts as a CSV file (a plain link: hrefOf). */
  accounts: route({
    method: 'GET',
    path: '/api/staff/accounts',
    query: StaffListQuery,
    response: v.object({ accounts: v.array(StaffAccountSchema) }),
  }),
  addAccount: route({
    method: 'POST',
    path: '/api/staff/accounts',
    body: NewStaffBody,
    response: AccountWithPassword,
  }),
  setRole: route({
    method: 'POST',
    path: '/api/staff/accounts/:id/role',
    params: IdParam,
    body: RoleBody,
    response: Account,
  }),
  /** An admin corrects the name an account is shown and spoken by. */
  rename: route({
    method: 'POST',
    path: '/api/staff/accounts/:id/name',
    params: IdParam,
    body: NameBody,
    response: Account,
  }),
  disable: route({
    method: 'POST',
    path: '/api/staff/accounts/:id/disable',
    params: IdParam,
    response: Account,
  }),
  enable: route({
    method: 'POST',
    path: '/api/staff/accounts/:id/enable',
    params: IdParam,
    response: Account,
  }),
  resetPassword: route({
    method: 'POST',
    path: '/api/staff/accounts/:id/reset-password',
    params: IdParam,
    body: ResetPasswordBody,
    response: AccountWithPassword,
  }),
};
