/**
 * The API with the demo centre's help.json, a bus and clock the test holds, hand-fired timers for
 * the escalation watcher, staff of each kind, kiosks that push help entries, and readers for the
 * two event streams.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { afterEach } from 'vitest';
import type { CentreConfigReader } from '../../../src/server/config/centre-config';
import type { Database } from '../../../src/server/db/schema';
import { EventBus } from '../../../src/server/events/bus';
import type { EscalationOptions, Timers } from '../../../src/server/help/escalation';
import { createApi } from '../../../src/server/http/api';
import type { LogEntry } from '../../../src/server/http/log';
import { type HelpConfig, HelpSchema } from '../../../src/shared/config/help';
import type { CentreKioskConfig } from '../../../src/shared/config/schema';
import { type SubsidiesConfig, SubsidiesSchema } from '../../../src/shared/config/subsidies';
import type { HelpCallView } from '../../../src/shared/help/api-types';
import type { StaffRole } from '../../../src/shared/staff/roles';
import {
  type EntryProof,
  type PushResponse,
  type PushResult,
  uuidv7,
} from '../../../src/shared/sync/index';
import { addMember } from '../meals/canteen';
import { seedAccount, sessionCookie, testClock } from '../support/api';
import { memberIn, proofFor } from '../support/proof';

export const PASSWORD = 'correct horse battery';
export const START = '2026-11-25T02:00:00.000Z';

export const demoHelp = (): HelpConfig =>
  v.parse(HelpSchema, JSON.parse(readFileSync('kiosk-config/demo/help.json', 'utf8')));

export const demoSubsidies = (): SubsidiesConfig =>
  v.parse(SubsidiesSchema, JSON.parse(readFileSync('kiosk-config/demo/subsidies.json', 'utf8')));

/**
 * Only what the help server reads of a centre's config: its name, phones, zone and help.json, and
 * subsidies.json when given (for 帮我申请).
 */
export function centreWith(
  help: HelpConfig | undefined,
  subsidies?: SubsidiesConfig,
): CentreConfigReader {
  const config = {
    centre: {
      name: { 'zh-Hans': '长青社区服务中心', 'zh-Hant': '長青社區服務中心', en: 'Changqing' },
      timeZone: 'Asia/Shanghai',
      phones: [
        {
          kind: 'duty',
          label: { 'zh-Hans': '值班', 'zh-Hant': '值班', en: 'Duty' },
          number: '021-5555-0100',
        },
      ],
    },
    ...(help ? { help } : {}),
    ...(subsidies ? { subsidies } : {}),
  };
  return () => config as unknown as CentreKioskConfig;
}

/** Timers fired by moving the test clock: `advance(ms)` runs every callback that falls due. */
export function manualTimers(clock: ReturnType<typeof testClock>) {
  let next = 0;
  const pending = new Map<number, { due: number; callback: () => void }>();
  const timers: Timers & {
    advance(ms: number): void;
    readonly count: number;
    nextDueIn(): number | undefined;
  } = {
    set(callback, ms) {
      const id = ++next;
      pending.set(id, { due: clock().getTime() + Math.max(0, ms), callback });
      return id;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
    advance(ms) {
      clock.advance(ms);
      const now = clock().getTime();
      const due = [...pending].filter(([, t]) => t.due <= now).sort((a, b) => a[1].due - b[1].due);
      for (const [id, t] of due) {
        pending.delete(id);
        t.callback();
      }
    },
    get count() {
      return pending.size;
    },
    nextDueIn() {
      const dues = [...pending.values()].map((t) => t.due);
      return dues.length ? Math.min(...dues) - clock().getTime() : undefined;
    },
  };
  return timers;
}

export interface HelpApiOptions {
  help?: HelpConfig | undefined;
  /** The centre's subsidies.json (none by default). */
  subsidies?: SubsidiesConfig;
  escalation?: Omit<EscalationOptions, 'timers'>;
  eventsHeartbeatMs?: number;
  /** Share a clock (and so the timers) with an earlier app, as a restart does. */
  clock?: ReturnType<typeof testClock>;
  /** The whole centre config instead of centreWith(help) (the classes tests add communities). */
  centre?: CentreConfigReader;
}

const stops: AbortController[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop.abort();
});

export function helpApi(db: Kysely<Database>, options: HelpApiOptions = {}) {
  const clock = options.clock ?? testClock(START);
  const timers = manualTimers(clock);
  const events = new EventBus();
  const logs: LogEntry[] = [];
  const stop = new AbortController();
  stops.push(stop);
  const app = new Hono().route(
    '/api',
    createApi({
      db,
      clock,
      log: (entry) => logs.push(entry),
      trustProxy: true,
      events,
      centre:
        options.centre ??
        centreWith('help' in options ? options.help : demoHelp(), options.subsidies),
      escalation: { ...options.escalation, timers },
      signal: stop.signal,
      ...(options.eventsHeartbeatMs ? { eventsHeartbeatMs: options.eventsHeartbeatMs } : {}),
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
    timers,
    events,
    logs,
    stop: () => stop.abort(),
    get: (path: string, headers: Record<string, string> = {}) =>
      request('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers: Record<string, string> = {}) =>
      request('POST', path, body, headers),
    /** Seeds an account (named `name`) and returns its id and cookie header. */
    async signIn(username: string, role: StaffRole, name = `Test ${username}`) {
      const id = await seedAccount(db, username, role, PASSWORD, name);
      const res = await api.post('/api/staff/login', { username, password: PASSWORD });
      if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
      return { id, auth: { cookie: sessionCookie(res) } };
    },
    /** Enrolls a kiosk with a code made by `admin`. */
    async enroll(admin: Record<string, string>, name = '大厅 1', location = '一楼大厅') {
      const made = await api.post('/api/kiosks/enrollment-codes', { name, location }, admin);
      const { code } = (await made.json()) as { code: string };
      const res = await api.post('/api/kiosks/enroll', { code, appVersion: '1.0.0' });
      if (res.status !== 201) throw new Error(`enroll failed: ${res.status} ${await res.text()}`);
      const { kioskId, token, proofKey } = (await res.json()) as {
        kioskId: string;
        token: string;
        proofKey: string;
      };
      return { kioskId, token, proofKey, auth: { authorization: `Bearer ${token}` } };
    },
    /**
     * Pushes one entry from `kiosk` and returns its result. An entry naming a member carries a
     * proof of their card sealed on this kiosk, as a real kiosk's does, unless `proof` says
     * otherwise (null: none).
     */
    async push(
      kiosk: { kioskId: string; proofKey: string; auth: Record<string, string> },
      kind: string,
      payload: unknown,
      {
        id = uuidv7(),
        kioskTime = '2026-11-25T09:59:58.000+08:00',
        proof,
      }: { id?: string; kioskTime?: string; proof?: EntryProof | null } = {},
    ): Promise<PushResult> {
      const member = memberIn(payload);
      const carried =
        proof !== undefined
          ? proof
          : member === null
            ? null
            : await proofFor(db, kiosk, member, id);
      const res = await api.post(
        '/api/sync/push',
        {
          kioskId: kiosk.kioskId,
          entries: [
            {
              id,
              kind,
              payload,
              kioskTime,
              kioskId: kiosk.kioskId,
              ...(carried ? { proof: carried } : {}),
            },
          ],
        },
        kiosk.auth,
      );
      if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as PushResponse).results[0] as PushResult;
    },
    /** Everything pulled from the start, as type:key → data (deletes drop the key). */
    async feed(kiosk: { kioskId: string; auth: Record<string, string> }) {
      const res = await api.post(
        '/api/sync/pull',
        { kioskId: kiosk.kioskId, cursor: null },
        kiosk.auth,
      );
      const body = (await res.json()) as {
        changes: { type: string; key: string; op: string; data?: unknown }[];
      };
      return new Map(
        body.changes.filter((c) => c.op === 'put').map((c) => [`${c.type}:${c.key}`, c.data]),
      );
    },
  };
  return api;
}

export type HelpApi = ReturnType<typeof helpApi>;

/** A centre with an admin, a staff member, a kitchen account, a kiosk and two members. */
export async function helpCentre(db: Kysely<Database>, options: HelpApiOptions = {}) {
  const api = helpApi(db, options);
  const admin = await api.signIn('admin1', 'admin', '张主任');
  const staff = await api.signIn('wangfang', 'staff', '王芳');
  const kitchen = await api.signIn('cook1', 'kitchen', '李师傅');
  const kiosk = await api.enroll(admin.auth);
  await addMember(db, { id: 'm1' });
  await db
    .updateTable('members')
    .set({
      name: '李秀英',
      phone: '13800000001',
      emergency_name: '李强',
      emergency_phone: '13900000002',
      emergency_relation: '儿子',
      categories: JSON.stringify(['living-alone']),
    })
    .where('id', '=', 'm1')
    .execute();
  await addMember(db, { id: 'm2' });
  return { api, admin, staff, kitchen, kiosk };
}

/** A call's view through the console's list of active calls. */
export async function activeCalls(api: HelpApi, auth: Record<string, string>) {
  const res = await api.get('/api/help/calls?active=1', auth);
  return ((await res.json()) as { calls: HelpCallView[] }).calls;
}

/** A local HTTP receiver for the escalation webhook, answering with `statuses` in turn. */
export async function webhookReceiver(statuses: number[]) {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/escalate`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One SSE message: a named event with its id (if any) and JSON data, or a comment. */
export type SseMessage = { event: string; id: string | null; data: unknown } | { comment: string };

/** Reads an SSE response message by message (with ids, unlike the events suite's reader). */
export function sseStream(res: Response) {
  if (!res.body) throw new Error('the response has no body');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const next = async (): Promise<SseMessage> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith(':')) return { comment: block.slice(1).trim() };
        const lines = block.split('\n');
        const field = (name: string) => {
          const found = lines
            .filter((l) => l.startsWith(`${name}: `))
            .map((l) => l.slice(name.length + 2));
          return found.length ? found.join('\n') : null;
        };
        return {
          event: field('event') ?? 'message',
          id: field('id'),
          data: JSON.parse(field('data') ?? 'null'),
        };
      }
      const { done, value } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += decoder.decode(value, { stream: true });
    }
  };
  return {
    next,
    /** The next named event, skipping heartbeats. */
    async nextEvent(): Promise<{ event: string; id: string | null; data: unknown }> {
      for (;;) {
        const m = await next();
        if ('event' in m) return m;
      }
    },
    /** The next event named `name`, skipping others. */
    async nextOf(name: string) {
      for (;;) {
        const m = await this.nextEvent();
        if (m.event === name) return m;
      }
    },
    cancel: () => reader.cancel(),
  };
}
