/**
 * The centre server as the config tests need it: the API and the app (for /config.json) sharing
 * one config store seeded from a copy of the demo centre's folder, an admin and a staff member.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { createApp } from '../../../src/server/app';
import { ConfigStore } from '../../../src/server/config/config-store';
import type { Database } from '../../../src/server/db/schema';
import { EventBus, type ServerEvent } from '../../../src/server/events/bus';
import { createApi } from '../../../src/server/http/api';
import type { LogEntry } from '../../../src/server/http/log';
import { type Call, seedAccount, sessionCookie, testClock } from '../support/api';

export const PASSWORD = 'correct horse battery';

/** A fresh copy of the demo centre's folder (tests may change it; the demo is never touched). */
export function seedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-config-seed-'));
  cpSync('kiosk-config/demo', dir, { recursive: true });
  return dir;
}

/** A JSON file's text with `edit` applied to its value, written back with two-space indents. */
export function editJson(text: string, edit: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(text) as Record<string, unknown>;
  edit(json);
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function setJsonFile(
  dir: string,
  name: string,
  edit: (json: Record<string, unknown>) => void,
) {
  const path = join(dir, name);
  writeFileSync(path, editJson(readFileSync(path, 'utf8'), edit));
}

export async function configApi(db: Kysely<Database>, seedDir = seedFolder()) {
  const clock = testClock('2026-11-25T02:00:00.000Z');
  const logs: LogEntry[] = [];
  const events = new EventBus();
  const heard: ServerEvent[] = [];
  events.subscribe((event) => heard.push(event));
  const store = new ConfigStore(db, { seedDir, clock, log: (entry) => logs.push(entry) });
  const api = new Hono().route(
    '/api',
    createApi({ db, clock, log: (entry) => logs.push(entry), events, config: store }),
  );
  const app = createApp({
    distDir: mkdtempSync(join(tmpdir(), 'nuanxin-no-dist-')),
    configDir: seedDir,
    version: 'test',
    db,
    config: store,
  });
  const request = (method: string, path: string, body?: unknown, call: Call = {}) =>
    api.request(`http://centre.test${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(call.cookie ? { cookie: call.cookie } : {}),
        ...call.headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const login = async (username: string, role: 'admin' | 'staff', name: string) => {
    await seedAccount(db, username, role, PASSWORD, name);
    const res = await request('POST', '/api/staff/login', { username, password: PASSWORD });
    if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
    return { cookie: sessionCookie(res) };
  };
  await store.ready();
  const admin = await login('wangfang', 'admin', '王芳');
  const staff = await login('lidan', 'staff', '李丹');
  return {
    db,
    clock,
    logs,
    heard,
    store,
    app,
    seedDir,
    admin,
    staff,
    request,
    get: (path: string, call?: Call) => request('GET', path, undefined, call),
    post: (path: string, body: unknown, call?: Call) => request('POST', path, body, call),
    put: (path: string, body: unknown, call?: Call) => request('PUT', path, body, call),
  };
}
