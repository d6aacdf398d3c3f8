/** The demo centre's seeded admin, as the browser tests sign in with it over the real API. */
import type { ServerHandle } from './server';

/** The admin the server seeded on first start (its password is printed once). */
export function seededAdmin(handle: ServerHandle): { username: string; password: string } {
  const match = /Username "([^"]+)", password (\S+)/.exec(handle.output());
  if (!match?.[1] || !match[2]) throw new Error(`no seeded admin in:\n${handle.output()}`);
  return { username: match[1], password: match[2] };
}

/** Sign in as the seeded admin: the session cookie, ready for a `cookie` header. */
export async function adminCookie(handle: ServerHandle): Promise<string> {
  const res = await fetch(`${handle.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(seededAdmin(handle)),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('nx_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] ?? '';
}

/** A one-time enrollment code for a kiosk called `name`, asked for as the admin. */
export async function enrollmentCode(
  handle: ServerHandle,
  name = '大厅 1',
  cookie?: string,
): Promise<string> {
  const res = await fetch(`${handle.url}/api/kiosks/enrollment-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookie ?? (await adminCookie(handle)) },
    body: JSON.stringify({ name }),
  });
  if (res.status !== 201) throw new Error(`code failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { code: string }).code;
}

/** Staff at the console, as the API: POST `body` to `path` signed in as the seeded admin. */
export async function asStaff(handle: ServerHandle, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${handle.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: await adminCookie(handle) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
}

/** The ids of the emergency calls not yet closed, as the console's alert list reads them. */
export async function openCallIds(handle: ServerHandle): Promise<string[]> {
  const res = await fetch(`${handle.url}/api/help/calls?active=1`, {
    headers: { cookie: await adminCookie(handle) },
  });
  if (!res.ok) throw new Error(`/api/help/calls: ${res.status} ${await res.text()}`);
  const { calls } = (await res.json()) as { calls: { id: string; status: string }[] };
  return calls.filter((c) => c.status === 'open' || c.status === 'acknowledged').map((c) => c.id);
}
