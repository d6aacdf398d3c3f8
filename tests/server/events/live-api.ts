/**
 * The API with a bus the test can watch, an admin, kiosks that push, and a reader for the
 * server-sent event stream of /api/events.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../../../src/server/db/schema';
import { EventBus } from '../../../src/server/events/bus';
import { createApi } from '../../../src/server/http/api';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import { defineApplier } from '../../../src/server/sync/appliers';
import { defineEntryKind, reason, uuidv7 } from '../../../src/shared/sync/index';
import { seedAccount, sessionCookie, testClock } from '../support/api';

export const PASSWORD = 'correct horse battery';

/** A kind for tests only: accepted, unless its text is "no". */
const TestNote = defineEntryKind({
  kind: 'test.note',
  payload: v.object({ text: v.string() }),
});
const registry = createApplierRegistry([
  defineApplier(TestNote, async (_trx, entry) =>
    entry.payload.text === 'no'
      ? { status: 'rejected', reason: reason('sold_out') }
      : { status: 'accepted' },
  ),
]);

export function liveApi(
  db: Kysely<Database>,
  options: { eventsHeartbeatMs?: number; streamCheckMs?: number } = {},
) {
  const clock = testClock();
  const events = new EventBus();
  const app = new Hono().route(
    '/api',
    createApi({
      db,
      clock,
      log: () => {},
      trustProxy: true,
      appliers: registry,
      events,
      ...options,
    }),
  );
  const request = (method: string, path: string, body?: unknown, headers = {}) =>
    app.request(`http://centre.test${path}`, {
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
    events,
    get: (path: string, headers: Record<string, string> = {}) =>
      request('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers: Record<string, string> = {}) =>
      request('POST', path, body, headers),
    /** Seeds an account with `role` and returns its cookie header. */
    async signIn(username = 'admin1', role: 'admin' | 'staff' = 'admin') {
      await seedAccount(db, username, role, PASSWORD);
      const res = await api.post('/api/staff/login', { username, password: PASSWORD });
      if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
      return { cookie: sessionCookie(res) };
    },
    /** Enrolls a kiosk with a code made by `admin`; returns its id and authorization header. */
    async enroll(admin: Record<string, string>, name = '大厅 1') {
      const made = await api.post('/api/kiosks/enrollment-codes', { name }, admin);
      const { code } = (await made.json()) as { code: string };
      const res = await api.post('/api/kiosks/enroll', { code, appVersion: '1.0.0' });
      if (res.status !== 201) throw new Error(`enroll failed: ${res.status} ${await res.text()}`);
      const { kioskId, token } = (await res.json()) as { kioskId: string; token: string };
      return { kioskId, auth: { authorization: `Bearer ${token}` } };
    },
    /** Pushes one test entry per text, with the status headers given. */
    push(
      kiosk: { kioskId: string; auth: Record<string, string> },
      texts: string[],
      status: Record<string, string> = {},
    ) {
      const entries = texts.map((text) => ({
        id: uuidv7(),
        kind: 'test.note',
        payload: { text },
        kioskTime: '2026-11-24T16:00:00.000+08:00',
        kioskId: kiosk.kioskId,
      }));
      return api.post(
        '/api/sync/push',
        { kioskId: kiosk.kioskId, entries },
        { ...kiosk.auth, ...status },
      );
    },
  };
  return api;
}

/** One message of an event stream: a named event with JSON data, or a comment line. */
export type SseMessage = { event: string; data: unknown } | { comment: string };

/** Reads an SSE response message by message. */
export function sseReader(res: Response) {
  if (!res.body) throw new Error('the response has no body');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    /** The next whole message (waits for it). */
    async next(): Promise<SseMessage> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) return { comment: block.slice(1).trim() };
          const field = (name: string) =>
            block
              .split('\n')
              .filter((line) => line.startsWith(`${name}: `))
              .map((line) => line.slice(name.length + 2))
              .join('\n');
          return { event: field('event'), data: JSON.parse(field('data') || 'null') };
        }
        const { done, value } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    /** The next named event, skipping heartbeats. */
    async nextEvent(): Promise<{ event: string; data: unknown }> {
      for (;;) {
        const message = await this.next();
        if ('event' in message) return message;
      }
    },
    /** Disconnect, as a closed browser tab does. */
    cancel: () => reader.cancel(),
  };
}
