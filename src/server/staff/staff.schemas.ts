/** What the staff routes accept, with messages a person can act on. */
import * as v from 'valibot';
import { STAFF_ROLES } from '../../shared/staff/roles';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password';

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

/** POST /api/staff/accounts/:id/role */
export const RoleBody = v.object({ role: RoleSchema });

/** GET /api/staff/accounts?format= */
export const StaffListQuery = v.object({
  format: v.optional(v.picklist(['json', 'csv'], 'format must be json or csv.'), 'json'),
});
