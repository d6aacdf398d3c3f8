/** An in-process API over a test database, with a clock the test moves and helpers to call it. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/server/db/schema';
import { createApi } from '../../../src/server/http/api';
import type { LogEntry } from '../../../src/server/http/log';
import { addStaff } from '../../../src/server/staff/staff.service';
import type { StaffRole } from '../../../src/shared/staff/roles';

/** A clock that stands still until told to move. */
export function testClock(start = '2026-11-24T08:00:00.000Z') {
  let now = new Date(start).getTime();
  const clock = () => new Date(now);
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;

/** Options for a request through the test app. */
export interface Call {
  cookie?: string | undefined;
  /** Sets X-Forwarded-For (the test API trusts the proxy). */
  ip?: string;
  headers?: Record<string, string>;
  https?: boolean;
}

/** The API mounted at /api as the centre server mounts it, plus request helpers. */
export function testApi(db: Kysely<Database>) {
  const clock = testClock();
  const logs: LogEntry[] = [];
  const app = new Hono().route(
    '/api',
    createApi({ db, clock, log: (entry) => logs.push(entry), trustProxy: true }),
  );
  const headersFor = (call: Call, extra: Record<string, string> = {}) => ({
    ...extra,
    ...(call.cookie ? { cookie: call.cookie } : {}),
    ...(call.ip ? { 'x-forwarded-for': call.ip } : {}),
    ...call.headers,
  });
  const url = (path: string, call: Call) => `${call.https ? 'https' : 'http'}://centre.test${path}`;

  const api = {
    app,
    clock,
    logs,
    get: (path: string, call: Call = {}) =>
      app.request(url(path, call), { headers: headersFor(call) }),
    post: (path: string, body?: unknown, call: Call = {}) =>
      app.request(url(path, call), {
        method: 'POST',
        headers: headersFor(call, body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    /** Logs in and returns the `nx_session=…` cookie to send back. */
    async login(username: string, password: string, call: Call = {}): Promise<string> {
      const res = await api.post('/api/staff/login', { username, password }, call);
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      return sessionCookie(res);
    },
  };
  return api;
}

/** The `name=value` of the nx_session cookie a response sets. */
export function sessionCookie(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('nx_session='));
  if (!header) throw new Error('no nx_session cookie was set');
  return header.split(';')[0] ?? '';
}

/** Adds an account directly through the service (as the system) and returns its id. */
export async function seedAccount(
  db: Kysely<Database>,
  username: string,
  role: StaffRole,
  password = 'correct horse battery',
  name = `Test ${username}`,
): Promise<string> {
  const { account } = await addStaff(
    db,
    { kind: 'system' },
    { name, username, role, password },
    new Date('2026-11-24T07:00:00Z'),
  );
  return account.id;
}

/** Every error body has this shape. */
export interface ErrorJson {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}
