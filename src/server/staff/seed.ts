/** The first admin for a brand-new centre, so someone can sign in to the console at all. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { countAccounts } from './staff.repository';
import { addStaff } from './staff.service';

/**
 * When there are no staff accounts at all, creates `admin` with a random password and returns
 * it for the caller to print once; it is written nowhere else. Returns null otherwise.
 */
export async function seedDemoAdmin(
  db: Kysely<Database>,
  now: Date = new Date(),
): Promise<{ username: string; password: string } | null> {
  if ((await countAccounts(db)) > 0) return null;
  try {
    const { account, generatedPassword } = await addStaff(
      db,
      { kind: 'system' },
      // The server's made-up name, asked for the person's own at first sign-in (YourNamePage).
      { name: '管理员', username: 'admin', role: 'admin', nameConfirmed: false },
      now,
    );
    return generatedPassword ? { username: account.username, password: generatedPassword } : null;
  } catch (error) {
    // Another process seeded it first.
    if (error instanceof AppError && error.code === 'username_taken') return null;
    throw error;
  }
}
