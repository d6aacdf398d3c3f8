/**
 * The API under a seeded storm of malformed requests, on both stores: every answer a 4xx in JSON
 * with a message in words, never a 5xx, and not one row changed. The seed is in the test's name;
 * FUZZ_SEED=<seed> replays a run, FUZZ_COUNT=<n> makes it longer.
 */
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/schema';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import { defineApplier } from '../../../src/server/sync/appliers';
import { defineEntryKind } from '../../../src/shared/sync/index';
import { kioskApi, PASSWORD } from '../kiosks/kiosk-api';
import { seedAccount } from '../support/api';
import { forEachStore } from '../support/stores';
import { answerProblem, describeRequest, fuzzRequests } from './generator';
import { FUZZ_ROUTES, type FuzzContext } from './routes';
import { type ExemptColumns, snapshotTables } from './snapshot';

const SEED = Number(process.env.FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);
const COUNT = Number(process.env.FUZZ_COUNT) || 1200;

/**
 * What a refused request may still change. Only the kiosk's reported status: requireKiosk
 * checks the device token and stores the status headers (and last-seen) before the body is
 * read, so a push with a broken body still tells staff the kiosk is alive and what it reports.
 *
 * Not exempt, on purpose: login_attempts (the fuzz sends only sign-in and enroll bodies that
 * fail validation, which is checked before an attempt is counted; well-formed wrong passwords
 * and codes are the login and enroll tests' business) and staff_sessions (the test clock stands
 * still, so no session's last_seen_at is due a touch).
 */
const EXEMPT: ExemptColumns = {
  kiosks: {
    last_seen_at: 'written by requireKiosk before the body is read',
    app_version: 'x-kiosk-app-version, stored before the body is read',
    config_version: 'x-kiosk-config-version, stored before the body is read',
    outbox_length: 'x-kiosk-outbox-length, stored before the body is read',
    last_error: 'x-kiosk-last-error, stored before the body is read',
  },
};

/** A kind the server really applies, with a table it writes to, so an accepted entry would show. */
const FuzzNote = defineEntryKind({
  kind: 'fuzz.note',
  payload: v.object({ text: v.pipe(v.string(), v.maxLength(200)) }),
});
type NotesDb = Kysely<{ fuzz_notes: { id: string; text: string } }>;

forEachStore((store, makeDb) => {
  it(`refuses ${COUNT} generated malformed requests on every route: 4xx JSON, no 5xx, no writes (seed ${SEED})`, async () => {
    const db = await makeDb();
    await db.schema
      .createTable('fuzz_notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
    const registry = createApplierRegistry([
      defineApplier(FuzzNote, async (trx, entry) => {
        await (trx as unknown as NotesDb)
          .insertInto('fuzz_notes')
          .values({ id: entry.id, text: entry.payload.text })
          .execute();
        return { status: 'accepted' };
      }),
    ]);
    const api = kioskApi(db as Kysely<Database>, registry);
    const admin = await api.admin();
    const kiosk = await api.enroll(admin);
    await seedAccount(db, 'kitchen1', 'kitchen', PASSWORD);
    const kitchen = await api.post('/api/staff/login', {
      username: 'kitchen1',
      password: PASSWORD,
    });
    const ctx: FuzzContext = {
      kioskId: kiosk.kioskId,
      kioskToken: kiosk.token,
      adminCookie: admin.cookie ?? '',
      staffCookie: kitchen.headers.getSetCookie()[0]?.split(';')[0] ?? '',
      entryKind: FuzzNote.kind,
    };
    expect(ctx.staffCookie).toMatch(/^nx_session=./);

    // The generator's own good request for each route would go through: the fatal defect is
    // what the server refuses, not something the fuzz got wrong by accident.
    const good = await api.post(
      '/api/sync/push',
      {
        kioskId: ctx.kioskId,
        entries: [
          {
            id: '0193b1de-4a3c-7f21-9a4e-5c6d7e8f9a0b',
            kind: 'fuzz.note',
            payload: { text: 'control' },
            kioskTime: '2026-11-24T16:00:00.000+08:00',
            kioskId: ctx.kioskId,
          },
        ],
      },
      kiosk.auth,
    );
    expect(good.status).toBe(200);

    const before = await snapshotTables(db, EXEMPT);
    expect(before.fuzz_notes).toHaveLength(1);
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    const routesSeen = new Set<string>();
    const fatalsSeen = new Set<string>();
    for (const request of fuzzRequests(ctx, { seed: SEED, count: COUNT })) {
      const res = await api.raw(request.path, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      const problem = answerProblem(
        request,
        res.status,
        res.headers.get('content-type'),
        await res.text(),
      );
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      routesSeen.add(request.route);
      fatalsSeen.add(request.defects[0]?.split(':')[0]?.split(' (')[0] ?? '');
      // One line per distinct failure (route and defect), so one bug does not hide the next.
      const kind = `${request.route} ${request.defects[0]}`;
      if (problem && !problems.some((p) => p.includes(kind)) && problems.length < 20)
        problems.push(`${kind}\n    ${describeRequest(SEED, request)}\n    → ${problem}`);
    }
    const after = await snapshotTables(db, EXEMPT);

    expect(problems, `${store}: replay with FUZZ_SEED=${SEED}`).toEqual([]);
    expect(api.logs.filter((l) => l.level === 'error')).toEqual([]);
    expect(after).toEqual(before);
    // The run reached every route and every kind of defect (a seed that missed one would prove less).
    expect([...routesSeen].sort()).toEqual(FUZZ_ROUTES.map((r) => r.name).sort());
    expect([...fatalsSeen].sort()).toEqual(
      expect.arrayContaining([
        'auth',
        'schema',
        'syntax',
        'content type',
        'bytes not UTF-8',
        'body over 1 MB',
        'query',
        'path',
      ]),
    );
    expect([...statuses.keys()].sort()).toEqual(
      expect.arrayContaining([400, 401, 403, 404, 413, 415]),
    );
  });
});
