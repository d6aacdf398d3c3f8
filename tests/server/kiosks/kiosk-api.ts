/** The API with a chosen applier registry, an admin, and helpers to enroll kiosks and push. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/server/db/schema';
import { type ApiOptions, createApi } from '../../../src/server/http/api';
import type { LogEntry } from '../../../src/server/http/log';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import type { ApplierRegistry } from '../../../src/server/sync/appliers';
import { seedAccount, sessionCookie, testClock } from '../support/api';

export const PASSWORD = 'correct horse battery';

/** A raw request: the body is sent exactly as given (text or bytes). */
export interface RawCall {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export function kioskApi(
  db: Kysely<Database>,
  appliers: ApplierRegistry = createApplierRegistry(),
  /** More of createApi's options (e.g. `centre`, the config the rules read). */
  options: Partial<ApiOptions> = {},
) {
  const clock = testClock();
  const logs: LogEntry[] = [];
  const app = new Hono().route(
    '/api',
    createApi({
      db,
      clock,
      log: (entry) => logs.push(entry),
      trustProxy: true,
      appliers,
      ...options,
    }),
  );
  const raw = (path: string, call: RawCall = {}) =>
    app.request(`http://centre.test${path}`, {
      method: call.method ?? 'POST',
      headers: call.headers ?? {},
      ...(call.body === undefined ? {} : { body: call.body }),
    });
  const json = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    raw(path, {
      method,
      headers: {
        ...headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const api = {
    app,
    clock,
    logs,
    raw,
    get: (path: string, headers: Record<string, string> = {}) =>
      json('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers: Record<string, string> = {}) =>
      json('POST', path, body, headers),
    /** Seeds an admin (once) and returns its cookie header. */
    async admin(): Promise<Record<string, string>> {
      await seedAccount(db, 'admin1', 'admin', PASSWORD);
      const res = await api.post('/api/staff/login', { username: 'admin1', password: PASSWORD });
      if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
      return { cookie: sessionCookie(res) };
    },
    /** An enrollment code made by `admin`. */
    async code(admin: Record<string, string>, name = '大厅 1'): Promise<string> {
      const res = await api.post('/api/kiosks/enrollment-codes', { name }, admin);
      if (res.status !== 201) throw new Error(`code failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { code: string }).code;
    },
    /** Enrolls a kiosk and returns its id and the authorization header for it. */
    async enroll(admin: Record<string, string>, name?: string) {
      const code = await api.code(admin, name);
      const res = await api.post('/api/kiosks/enroll', { code, appVersion: '1.0.0' });
      if (res.status !== 201) throw new Error(`enroll failed: ${res.status} ${await res.text()}`);
      const { kioskId, token, proofKey } = (await res.json()) as {
        kioskId: string;
        token: string;
        proofKey: string;
      };
      return { kioskId, token, proofKey, auth: { authorization: `Bearer ${token}` } };
    },
  };
  return api;
}
