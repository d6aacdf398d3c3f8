import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { apiErrorHandler } from '../../../src/server/http/error-handler';
import { AppError } from '../../../src/server/http/errors';
import type { LogEntry } from '../../../src/server/http/log';
import { type ErrorJson, seedAccount, testApi } from '../support/api';
import { forEachStore } from '../support/stores';

const PASSWORD = 'correct horse battery';
const MB = 1024 * 1024;

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = testApi(db);
    await seedAccount(db, 'wangfang', 'admin', PASSWORD);
    const admin = await api.login('wangfang', PASSWORD);
    const accounts = async () =>
      (await db.selectFrom('staff_accounts').select('id').execute()).length;
    const raw = (path: string, init: RequestInit & { headers?: Record<string, string> }) =>
      api.app.request(`http://centre.test${path}`, {
        method: 'POST',
        ...init,
        headers: { cookie: admin, ...init.headers },
      });
    return { db, api, admin, accounts, raw };
  }

  const errorOf = async (res: Response) => ((await res.json()) as ErrorJson).error;

  describe('request bodies', () => {
    it('answers 400 "not valid JSON" for malformed JSON, and for an empty body', async () => {
      const { raw, accounts } = await setup();
      const before = await accounts();
      const bad = await raw('/api/staff/accounts', {
        body: '{"name": "王芳",',
        headers: { 'content-type': 'application/json' },
      });
      expect(bad.status).toBe(400);
      expect(await errorOf(bad)).toEqual({
        code: 'invalid_json',
        message: 'The request body is not valid JSON.',
      });
      const empty = await raw('/api/staff/accounts', {
        body: '',
        headers: { 'content-type': 'application/json' },
      });
      expect(empty.status).toBe(400);
      expect((await errorOf(empty)).code).toBe('invalid_json');
      expect(await accounts()).toBe(before);
    });

    it('answers 415 for a body that is not declared as JSON', async () => {
      const { raw } = await setup();
      const res = await raw('/api/staff/accounts', {
        body: 'name=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.status).toBe(415);
      expect((await errorOf(res)).message).toBe(
        'Send the request body as JSON, with the header "Content-Type: application/json".',
      );
    });

    it('lists wrong types field by field, and rejects a body that is not an object', async () => {
      const { api, admin } = await setup();
      const res = await api.post(
        '/api/staff/accounts',
        { name: 42, username: ['x'], role: null },
        { cookie: admin },
      );
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('invalid_input');
      expect(error.fields).toEqual([
        { path: 'name', message: "Enter the person's name." },
        { path: 'username', message: 'Enter a username.' },
        { path: 'role', message: 'Choose a role: admin, staff, kitchen, trainer.' },
      ]);
      expect(error.message).toBe(
        "Some details are not right: name: Enter the person's name.; username: Enter a username.; role: Choose a role: admin, staff, kitchen, trainer.",
      );
      const array = await api.post('/api/staff/accounts', ['not', 'an', 'object'], {
        cookie: admin,
      });
      expect(array.status).toBe(400);
      expect((await errorOf(array)).fields).toEqual([
        { path: '', message: 'The request body must be a JSON object, like {"name": "…"}.' },
      ]);
    });

    it('answers 413 for a body over 1 MB, declared or streamed, and writes nothing', async () => {
      const { raw, accounts } = await setup();
      const before = await accounts();
      const big = JSON.stringify({ name: 'x'.repeat(MB), username: 'big', role: 'staff' });
      const declared = await raw('/api/staff/accounts', {
        body: big,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(big)),
        },
      });
      expect(declared.status).toBe(413);
      expect(await errorOf(declared)).toEqual({
        code: 'body_too_large',
        message: 'The request body is too large: the limit is 1 MB.',
      });

      // No Content-Length: the limit counts the bytes as they arrive.
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 32) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const streamed = await raw('/api/staff/accounts', {
        body: stream,
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as RequestInit & { headers: Record<string, string> });
      expect(streamed.status).toBe(413);
      expect(await accounts()).toBe(before);
    });

    it('refuses huge strings inside the limit with a field message, and writes nothing', async () => {
      const { api, admin, accounts } = await setup();
      const before = await accounts();
      const res = await api.post(
        '/api/staff/accounts',
        { name: '王'.repeat(300_000), username: 'huge', role: 'staff' },
        { cookie: admin },
      );
      expect(res.status).toBe(400);
      expect((await errorOf(res)).fields).toEqual([
        { path: 'name', message: 'A name has at most 50 characters.' },
      ]);
      const login = await api.post('/api/staff/login', {
        username: 'u'.repeat(100_000),
        password: 'p',
      });
      expect(login.status).toBe(400);
      expect(await accounts()).toBe(before);
    });
  });

  describe('routing', () => {
    it('answers unknown API paths and methods with a JSON 404', async () => {
      const { api } = await setup();
      const res = await api.get('/api/no/such/thing');
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await errorOf(res)).toEqual({
        code: 'not_found',
        message: 'There is no API at GET /api/no/such/thing.',
      });
      expect((await api.get('/api/staff/login')).status).toBe(404);
    });
  });
});

describe('apiErrorHandler', () => {
  function app() {
    const logs: LogEntry[] = [];
    const hono = new Hono();
    hono.onError(apiErrorHandler((entry) => logs.push(entry)));
    hono.get('/app-error', () => {
      throw new AppError(409, 'clash', 'That clashes.', { headers: { 'x-extra': '1' } });
    });
    hono.get('/http-exception', () => {
      throw new HTTPException(405, { message: 'Not with that method.' });
    });
    hono.get('/bug', () => {
      throw new TypeError('secret internal detail');
    });
    return { hono, logs };
  }

  it('answers an AppError as itself', async () => {
    const res = await app().hono.request('/app-error');
    expect(res.status).toBe(409);
    expect(res.headers.get('x-extra')).toBe('1');
    expect(await res.json()).toEqual({ error: { code: 'clash', message: 'That clashes.' } });
  });

  it("maps Hono's HTTPException by status", async () => {
    const res = await app().hono.request('/http-exception');
    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({
      error: { code: 'method_not_allowed', message: 'Not with that method.' },
    });
  });

  it('hides a bug behind a plain 500 and logs it, stack and all', async () => {
    const { hono, logs } = app();
    const res = await hono.request('/bug');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(text).not.toContain('TypeError');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      level: 'error',
      msg: 'unhandled error',
      method: 'GET',
      path: '/bug',
    });
    expect(JSON.stringify(logs[0]?.error)).toContain('secret internal detail');
  });
});
