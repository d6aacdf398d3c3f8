/**
 * One cell of the fault matrix: a fresh database on the suite's store, a child server over it,
 * a staff admin, and a kiosk enrolled for real (code → /api/kiosks/enroll → token in IndexedDB).
 * Also the check every cell ends with: each entry applied exactly once, payload intact.
 */
import type { Kysely } from 'kysely';
import { expect, onTestFinished } from 'vitest';
import type { Database } from '../../../src/server/db/schema';
import {
  type OutboxEntry,
  type PushRequest,
  type PushResponse,
  uuidv7,
} from '../../../src/shared/sync/index';
import { isoWithOffset } from '../../../src/shared/sync/time';
import { seedAccount } from '../support/api';
import {
  type FaultDb,
  FaultNote,
  type FaultNotePayload,
  type FaultRow,
} from '../support/child-server-kind';
import { type ChildServer, startChildServer } from '../support/child-server-process';
import type { Store } from '../support/stores';
import { createKioskClock, enrollAt, type Kiosk, openKiosk } from './kiosk.js';

/** The child server's clock, frozen: every answer and record carries exactly this time. */
export const SERVER_NOW = '2026-11-24T08:00:00.000Z';
export const HOUR = 60 * 60 * 1000;

const ADMIN = { username: 'faults-admin', password: 'correct horse battery' };
let cells = 0;

/** A payload with text in every script the kiosk shows, so a mangled byte cannot hide. */
export function note(n: number, text = `第${n}条：午饭 午飯 lunch ✓ 😀`, cutoff?: string) {
  return (cutoff === undefined ? { text, n } : { text, n, cutoff }) satisfies FaultNotePayload;
}

/** Sign in as the admin over HTTP and make a one-time enrollment code. */
async function enrollmentCode(base: string): Promise<string> {
  const login = await fetch(`${base}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const res = await fetch(`${base}/api/kiosks/enrollment-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: '大厅 1', location: '一楼大厅' }),
  });
  if (res.status !== 201) throw new Error(`no enrollment code: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { code: string }).code;
}

/** A started cell; the child and every kiosk page are ended when the test finishes. */
export async function faultCell(store: Store) {
  const { db, env } = await store.makeTestDb();
  await seedAccount(db, ADMIN.username, 'admin', ADMIN.password);
  const server = await startChildServer({ env, serverNow: SERVER_NOW });
  const pages: Kiosk[] = [];
  // Even after a failed assertion left a request paused: kill the server, cancel every page.
  onTestFinished(async () => {
    await server.kill();
    for (const page of pages) await page.unload();
  });
  const clock = createKioskClock(Date.parse(SERVER_NOW));
  const dbName = `faults-${store.name}-${process.pid}-${++cells}`;
  await enrollAt({ base: server.base, dbName, code: await enrollmentCode(server.base), clock });

  /** Open the kiosk page (again, after `unload`: a reload on the same IndexedDB). */
  const open = async (): Promise<Kiosk> => {
    const page = await openKiosk({ base: server.base, dbName, clock });
    pages.push(page);
    return page;
  };
  const kiosk = await open();
  await kiosk.sync.idle();
  return { db, server, clock, dbName, kiosk, open };
}

export type FaultCell = Awaited<ReturnType<typeof faultCell>>;

/** Make entries with the kiosk's network down, so they wait and later go out as one batch. */
export async function saveOffline(
  kiosk: Kiosk,
  payloads: FaultNotePayload[],
): Promise<OutboxEntry[]> {
  kiosk.network.online = false;
  const made: OutboxEntry[] = [];
  for (const payload of payloads) made.push(await kiosk.save(payload));
  await kiosk.sync.idle();
  kiosk.network.online = true;
  return made;
}

/** Raw HTTP to the child's push route, as the enrolled kiosk. */
export function rawPusher(server: ChildServer, kiosk: Kiosk) {
  const { kioskId, token } = kiosk.enrollment;
  const entry = (n: number, text?: string): OutboxEntry => ({
    id: uuidv7(),
    kind: FaultNote.kind,
    payload: note(n, text),
    kioskTime: isoWithOffset(Date.parse(SERVER_NOW)),
    kioskId,
    attempt: 1,
  });
  const push = async (entries: OutboxEntry[]): Promise<{ status: number; body: PushResponse }> => {
    const request: PushRequest = { kioskId, entries };
    const res = await fetch(`${server.base}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
    });
    return { status: res.status, body: (await res.json()) as PushResponse };
  };
  return { entry, push };
}

/** Every row the test applier wrote, by entry id. */
export function appliedRows(db: Kysely<Database>): Promise<FaultRow[]> {
  return (db as unknown as FaultDb)
    .selectFrom('fault_rows')
    .selectAll()
    .orderBy('entry_id')
    .execute();
}

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id).sort();

/**
 * The end of every cell: each accepted entry is one row (none missing, none twice, payload and
 * kiosk time as sent, server time the server's), each refused entry no row, the apply-once
 * record holds each id once with its status, and — when a kiosk is given — its outbox is empty,
 * with every answer filed under `sent` or `rejected`.
 */
export async function expectExactlyOnce(
  db: Kysely<Database>,
  expected: { accepted: readonly OutboxEntry[]; rejected?: readonly OutboxEntry[] },
  kiosk?: Kiosk,
): Promise<void> {
  const rejected = expected.rejected ?? [];
  const rows = await appliedRows(db);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.entry_id, (counts.get(row.entry_id) ?? 0) + 1);
  expect([...counts].sort()).toEqual(ids(expected.accepted).map((id) => [id, 1]));

  const byId = new Map(rows.map((row) => [row.entry_id, row]));
  for (const entry of expected.accepted) {
    const row = byId.get(entry.id);
    expect(row && JSON.parse(row.payload), `payload of ${entry.id}`).toEqual(entry.payload);
    expect(row?.kiosk_time).toBe(entry.kioskTime);
    expect(row?.kiosk_id).toBe(entry.kioskId);
    expect(row?.server_now).toBe(SERVER_NOW);
  }

  const record = await db
    .selectFrom('sync_entries')
    .select(['id', 'status', 'kiosk_time', 'received_at'])
    .orderBy('id')
    .execute();
  const statusOf = (entries: readonly OutboxEntry[], status: string) =>
    entries.map((e) => ({ id: e.id, status, kiosk_time: e.kioskTime, received_at: SERVER_NOW }));
  expect(record).toEqual(
    [...statusOf(expected.accepted, 'accepted'), ...statusOf(rejected, 'rejected')].sort((a, b) =>
      a.id < b.id ? -1 : 1,
    ),
  );

  if (!kiosk) return;
  expect(await kiosk.outbox.pending()).toEqual([]);
  expect(kiosk.outbox.pendingCount.value).toBe(0);
  const sent = await kiosk.outbox.sent();
  expect(ids(sent)).toEqual(ids(expected.accepted));
  for (const entry of sent) expect(entry.result.status).toBe('accepted');
  expect(ids(await kiosk.outbox.rejected())).toEqual(ids(rejected));
}
