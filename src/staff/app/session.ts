/** Who is signed in to the console, and the note the login page shows (expired, logged out). */
import { signal } from '@preact/signals';
import { type Me, StaffApi } from '../../shared/staff/api';
import { call } from '../api/client';
import { setUnauthorizedHandler } from '../api/http';

/** undefined while the first check runs; null when signed out. */
export const me = signal<Me | null | undefined>(undefined);

/** Why the login page is showing, when it is not the first visit. */
export const loginNote = signal<'expired' | 'loggedOut' | null>(null);

// Any call refused for want of a session ends the console's session too: back to login, saying why.
setUnauthorizedHandler((code) => {
  if (me.value || code === 'session_expired') loginNote.value = 'expired';
  me.value = null;
});

/** Asks the server who the session cookie belongs to (none: signed out). */
export async function checkSession(): Promise<void> {
  try {
    me.value = (await call(StaffApi.me)).staff;
  } catch {
    me.value = null;
  }
}

/** Signs in; rejects with the server's ApiError (wrong password, locked, disabled). */
export async function signIn(username: string, password: string): Promise<void> {
  const { staff } = await call(StaffApi.login, { body: { username, password } });
  loginNote.value = null;
  me.value = staff;
}

/** Signs out (even when the server cannot be reached, this console forgets the session). */
export async function signOut(): Promise<void> {
  await call(StaffApi.logout).catch(() => undefined);
  me.value = null;
  loginNote.value = 'loggedOut';
}
