import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/schema';
import { createApplierRegistry, productAppliers } from '../../../src/server/product-appliers';
import { defineApplier } from '../../../src/server/sync/appliers';
import {
  defineEntryKind,
  MAX_BATCH,
  type OutboxEntry,
  type PushResponse,
  REASONS,
  reason,
  uuidv7,
} from '../../../src/shared/sync/index';
import { kioskApi } from '../kiosks/kiosk-api';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';

/** A kind for tests only: it writes a row to a table the test makes. */
const TestNote = defineEntryKind({
  kind: 'test.note',
  payload: v.object({ text: v.pipe(v.string(), v.maxLength(200)) }),
});

/** The test table, made inside each test's database. */
async function createNotes(db: Kysely<Database>) {
  await db.schema
    .createTable('test_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
}
type NotesDb = Kysely<{ test_notes: { id: string; text: string } }>;
const notes = (db: Kysely<Database>) =>
  (db as unknown as NotesDb).selectFrom('test_notes').selectAll().orderBy('id').execute();
const syncRows = (db: Kysely<Database>) =>
  db.selectFrom('sync_entries').selectAll().orderBy('id').execute();

function testRegistry(calls: string[], failOn: Set<string>) {
  return createApplierRegistry([
    defineApplier(TestNote, async (trx, entry, ctx) => {
      calls.push(entry.id);
      await (trx as unknown as NotesDb)
        .insertInto('test_notes')
        .values({ id: entry.id, text: entry.payload.text })
        .execute();
      // After the write, so a throw proves the write is rolled back.
      if (failOn.has(entry.payload.text))
        throw new Error(`applier failed on ${entry.payload.text}`);
      if (entry.payload.text === 'no')
        return { status: 'rejected', reason: reason('sold_out', 'test says no') };
      return { status: 'accepted', record: { noteId: entry.id, at: ctx.now.toISOString() } };
    }),
  ]);
}

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    await createNotes(db);
    const calls: string[] = [];
    const failOn = new Set<string>();
    const api = kioskApi(db, testRegistry(calls, failOn));
    const admin = await api.admin();
    const kiosk = await api.enroll(admin);
    const entry = (text: string, kind = 'test.note'): OutboxEntry => ({
      id: uuidv7(),
      kind,
      payload: { text },
      kioskTime: '2026-11-24T16:00:00.000+08:00',
      kioskId: kiosk.kioskId,
    });
    const push = (entries: unknown[], kioskId: string = kiosk.kioskId) =>
      api.post('/api/sync/push', { kioskId, entries }, kiosk.auth);
    return { db, api, admin, kiosk, calls, failOn, entry, push };
  }

  it('knows the product kinds: meals (book, cancel, acknowledge), help (call, staff call, request, cancel), lesson progress, 帮我申请, class check-in and class progress', () => {
    expect(productAppliers().map((h) => h.kind.kind)).toEqual([
      'meal.book',
      'meal.cancel',
      'meal.ack',
      'help.call',
      'help.staff-call',
      'service.request',
      'service.cancel',
      'lesson.progress',
      'subsidy.apply',
      'class.checkin',
      'class.progress',
    ]);
    expect([...createApplierRegistry().kinds.keys()]).toEqual([
      'meal.book',
      'meal.cancel',
      'meal.ack',
      'help.call',
      'help.staff-call',
      'service.request',
      'service.cancel',
      'lesson.progress',
      'subsidy.apply',
      'class.checkin',
      'class.progress',
    ]);
  });

  describe('POST /api/sync/push', () => {
    it('applies entries in order and answers each, by the server clock', async () => {
      const { db, push, entry, calls } = await setup();
      const batch = [entry('one'), entry('no'), entry('two')];
      const res = await push(batch);
      expect(res.status).toBe(200);
      const body = (await res.json()) as PushResponse;
      expect(body.serverTime).toBe('2026-11-24T08:00:00.000Z');
      expect(body.results).toEqual([
        {
          id: batch[0]?.id,
          status: 'accepted',
          serverTime: '2026-11-24T08:00:00.000Z',
          record: { noteId: batch[0]?.id, at: '2026-11-24T08:00:00.000Z' },
        },
        {
          id: batch[1]?.id,
          status: 'rejected',
          reason: { code: 'sold_out', message: REASONS.sold_out, detail: 'test says no' },
          serverTime: '2026-11-24T08:00:00.000Z',
        },
        expect.objectContaining({ id: batch[2]?.id, status: 'accepted' }),
      ]);
      expect(calls).toEqual(batch.map((e) => e.id));
      const rows = await syncRows(db);
      expect(rows.map((r) => [r.id, r.status, r.reason_code])).toEqual([
        [batch[0]?.id, 'accepted', null],
        [batch[1]?.id, 'rejected', 'sold_out'],
        [batch[2]?.id, 'accepted', null],
      ]);
    });

    it('answers a resent batch with the first answers and records nothing twice', async () => {
      const { db, api, push, entry, calls } = await setup();
      const batch = [entry('a'), entry('b')];
      const first = await (await push(batch)).json();
      api.clock.advance(60_000);
      const second = (await (await push(batch)).json()) as PushResponse;
      expect(second.results).toEqual((first as PushResponse).results);
      expect(second.serverTime).toBe('2026-11-24T08:01:00.000Z');
      expect(calls).toHaveLength(2);
      expect(await syncRows(db)).toHaveLength(2);
      expect(await notes(db)).toHaveLength(2);
    });

    it('applies an id sent in two requests at once only once', async () => {
      const { db, push, entry } = await setup();
      const same = entry('twice');
      const answers = await Promise.all([push([same]), push([same]), push([same])]);
      const bodies = (await Promise.all(answers.map((r) => r.json()))) as PushResponse[];
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(bodies[1]?.results).toEqual(bodies[0]?.results);
      expect(bodies[2]?.results).toEqual(bodies[0]?.results);
      expect(await syncRows(db)).toHaveLength(1);
      expect(await notes(db)).toHaveLength(1);
    });

    it('rolls back an entry whose applier throws, answers 500 without a stack, and a retry works', async () => {
      const { db, api, push, entry, failOn } = await setup();
      failOn.add('boom');
      const batch = [entry('before'), entry('boom'), entry('after')];
      const res = await push(batch);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        error: {
          code: 'internal_error',
          message: 'Something went wrong on the server. It has been logged; please try again.',
        },
      });
      expect(text).not.toContain('applier failed');
      expect(api.logs.some((l) => l.level === 'error')).toBe(true);
      expect((await syncRows(db)).map((r) => r.id)).toEqual([batch[0]?.id]);
      expect((await notes(db)).map((n) => n.text)).toEqual(['before']);

      failOn.clear();
      const retry = (await (await push(batch)).json()) as PushResponse;
      expect(retry.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
      expect((await notes(db)).map((n) => n.text).sort()).toEqual(['after', 'before', 'boom']);
      expect(await syncRows(db)).toHaveLength(3);
    });

    it('rejects an unknown kind, stores the answer and never applies it later', async () => {
      const { db, push, entry, calls } = await setup();
      const odd = entry('x', 'test.unknown');
      const body = (await (await push([odd])).json()) as PushResponse;
      expect(body.results[0]).toMatchObject({
        status: 'rejected',
        reason: { code: 'unknown_kind', message: REASONS.unknown_kind },
      });
      const again = (await (await push([odd])).json()) as PushResponse;
      expect(again.results).toEqual(body.results);
      expect(calls).toEqual([]);
      expect((await syncRows(db)).map((r) => r.reason_code)).toEqual(['unknown_kind']);
      // A payload its kind refuses is stored as invalid_payload.
      const bad = { ...entry('x'), payload: { text: 5 } };
      const refused = (await (await push([bad])).json()) as PushResponse;
      expect(refused.results[0]).toMatchObject({ reason: { code: 'invalid_payload' } });
    });

    it('refuses a push for another kiosk id with 403', async () => {
      const { db, push, entry } = await setup();
      const res = await push([entry('x')], 'someone-else');
      expect(res.status).toBe(403);
      expect(((await res.json()) as ErrorJson).error.code).toBe('kiosk_mismatch');
      expect(await syncRows(db)).toEqual([]);
    });

    it('refuses malformed bodies with a 4xx that says what is wrong, writing nothing', async () => {
      const { db, api, kiosk, entry } = await setup();
      const good = () => ({ kioskId: kiosk.kioskId, entries: [entry('ok')] });
      const json = { ...kiosk.auth, 'content-type': 'application/json' };
      const dup = entry('dup');
      const cases: { body: string | Uint8Array; status: number; says: RegExp; headers?: object }[] =
        [
          { body: '{"kioskId": ', status: 400, says: /not valid JSON/ },
          { body: '', status: 400, says: /empty/ },
          { body: '[1,2]', status: 400, says: /JSON object/ },
          {
            body: JSON.stringify({ kioskId: 7, entries: 'many' }),
            status: 400,
            says: /kioskId: must be the kiosk id in text; entries: must be a list/,
          },
          {
            body: JSON.stringify({ kioskId: kiosk.kioskId, entries: [{ ...entry('x'), id: 'x' }] }),
            status: 400,
            says: /entries\.0\.id: must be a UUID v7/,
          },
          {
            body: JSON.stringify({
              kioskId: kiosk.kioskId,
              entries: Array.from({ length: MAX_BATCH + 1 }, () => entry('x')),
            }),
            status: 400,
            says: /holds 101 entries; send at most 100/,
          },
          {
            body: JSON.stringify({ kioskId: kiosk.kioskId, entries: [dup, dup] }),
            status: 400,
            says: /twice/,
          },
          {
            body: JSON.stringify({
              kioskId: kiosk.kioskId,
              entries: [{ ...entry('x'), payload: { text: 'y'.repeat(5000) } }],
            }),
            status: 400,
            says: /has text of 5000 characters at text; the most is 2000/,
          },
          {
            body: JSON.stringify({ ...good(), pad: 'z'.repeat(1024 * 1024) }),
            status: 413,
            says: /too large/,
          },
          {
            body: new Uint8Array([
              ...new TextEncoder().encode(JSON.stringify(good()).slice(0, -3)),
              0xff,
              0xfe,
              ...new TextEncoder().encode('"]}'),
            ]),
            status: 400,
            says: /not valid UTF-8/,
          },
          {
            body: JSON.stringify(good()),
            status: 415,
            says: /Content-Type: application\/json/,
            headers: { ...kiosk.auth, 'content-type': 'text/plain' },
          },
        ];
      for (const c of cases) {
        const res = await api.raw('/api/sync/push', {
          body: c.body,
          headers: (c.headers as Record<string, string>) ?? json,
        });
        const { error } = (await res.json()) as ErrorJson;
        expect({ status: res.status, message: error.message }).toEqual({
          status: c.status,
          message: expect.stringMatching(c.says),
        });
      }
      expect(await syncRows(db)).toEqual([]);
      expect(await notes(db)).toEqual([]);
    });
    // The generated malformed requests live in tests/server/fuzz/requests.test.ts (every route).
  });

  describe('GET /api/sync/rejections', () => {
    it('lists refusals for staff, newest first, with kiosk, kind and reason', async () => {
      const { api, admin, push, entry } = await setup();
      expect((await api.get('/api/sync/rejections')).status).toBe(401);
      const first = entry('no');
      await push([first, entry('fine')]);
      api.clock.advance(1000);
      const second = entry('x', 'test.other');
      await push([second]);
      const res = await api.get('/api/sync/rejections?limit=1', admin);
      expect(res.status).toBe(200);
      const page = (await res.json()) as {
        rejections: { id: string; kioskName: string; kind: string; reason: { code: string } }[];
        nextCursor: string;
      };
      expect(page.rejections).toEqual([
        expect.objectContaining({
          id: second.id,
          kioskName: '大厅 1',
          kind: 'test.other',
          reason: expect.objectContaining({ code: 'unknown_kind' }),
          receivedAt: '2026-11-24T08:00:01.000Z',
        }),
      ]);
      const next = (await (
        await api.get(`/api/sync/rejections?limit=1&cursor=${page.nextCursor}`, admin)
      ).json()) as typeof page;
      expect(next.rejections.map((r) => [r.id, r.reason.code])).toEqual([[first.id, 'sold_out']]);
      expect(next.nextCursor).toBeNull();

      // The CSV holds every refusal, not one page, with the elder's words in Chinese.
      const csv = await (await api.get('/api/sync/rejections?format=csv&limit=1', admin)).text();
      const lines = csv.split('\r\n').filter(Boolean);
      expect(lines[0]).toBe(
        'received_at,kiosk,kiosk_id,kind,reason_code,reason,detail,kiosk_time,entry_id',
      );
      expect(lines).toHaveLength(3);
      expect(lines[2]).toContain(`sold_out,${REASONS.sold_out['zh-Hans']},test says no`);
    });
  });
});
