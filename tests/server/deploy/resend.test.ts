/**
 * The restore drill of issue #17, with a kiosk's keeping and resending (src/kiosk/offline/kept.ts
 * and resend.ts over fake IndexedDB) against the real API on a SQLite file: a booking, a nightly
 * backup copied to the second place, another booking and a staff call, a restore of that backup,
 * the server started on it. The kiosk forgot the entry the backup holds, resent the two the
 * restore lost, and every booking and call is there once.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_SENT_MAX_DAYS, openKept } from '../../../src/kiosk/offline/kept';
import { afterPull, keepAccepted } from '../../../src/kiosk/offline/resend';
import { createDatabase } from '../../../src/server/db/database';
import { migrateToLatest } from '../../../src/server/db/migrate';
import type { Database } from '../../../src/server/db/schema';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import type { OutboxEntry } from '../../../src/shared/sync/entry';
import {
  type PullResponse,
  type PushRequest,
  type PushResponse,
  uuidv7,
} from '../../../src/shared/sync/index';
import { runBackup } from '../../../src/tools/backup';
import { runRestore } from '../../../src/tools/restore';
import { kioskApi } from '../kiosks/kiosk-api';
import { addMember, demoMeals } from '../meals/canteen';
import { MINUTE } from '../support/api';
import { proofFor } from '../support/proof';

const DAY = 24 * 60 * MINUTE;

describe('resending what a restore lost (SQLite)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('backup → kiosk activity → restore → start: every booking and call is there, the resent ones too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nuanxin-drill-'));
    dirs.push(dir);
    const env = {
      DATABASE_PATH: join(dir, 'centre.db'),
      BACKUP_DIR: join(dir, 'backups'),
      BACKUP_COPY_DIR: join(dir, 'usb'),
    };
    mkdirSync(env.BACKUP_COPY_DIR);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    let db: Kysely<Database> = createDatabase(env);
    await migrateToLatest(db);
    await addMember(db, { id: 'm1' });
    await addMember(db, { id: 'm2' });
    const setup = { meals: demoMeals(), timeZone: 'Asia/Shanghai' };
    const registry = createApplierRegistry([], { canteen: () => setup });
    let api = kioskApi(db, registry);
    const kiosk = await api.enroll(await api.admin());

    // The kiosk: its kept store, and push and pull through the API of whichever server runs.
    const kept = await openKept(`nuanxin-kept-${dir}`);
    const push = async (request: PushRequest) =>
      (await (await api.post('/api/sync/push', request, kiosk.auth)).json()) as PushResponse;
    const send = { push, kioskId: () => kiosk.kioskId, now: () => api.clock().getTime() };
    const pulled = async () => {
      const res = await api.post(
        '/api/sync/pull',
        { kioskId: kiosk.kioskId, cursor: null },
        kiosk.auth,
      );
      return afterPull(kept, (await res.json()) as PullResponse, send);
    };
    /** What the sync loop does with a batch: push, then keep what was accepted. */
    const sync = async (entries: OutboxEntry[]) => {
      const { results } = await push({ kioskId: kiosk.kioskId, entries });
      expect(results.map((r) => r.status)).toEqual(entries.map(() => 'accepted'));
      await keepAccepted(kept, entries, results, send.now());
    };
    const entry = (kind: string, payload: unknown, id = uuidv7()): OutboxEntry => ({
      id,
      kind,
      payload,
      kioskTime: '2026-11-24T16:00:00.000+08:00',
      kioskId: kiosk.kioskId,
    });
    const booking = async (memberId: string) => {
      const id = uuidv7();
      const payload = {
        memberId,
        day: '2026-11-25',
        sitting: 'lunch',
        mealId: 'braised-fish',
        delivery: false,
        companion: false,
        quotedElderFen: 0,
      };
      return { ...entry('meal.book', payload, id), proof: await proofFor(db, kiosk, memberId, id) };
    };
    const keptIds = async () => (await kept.all()).map((k) => k.entry.id);
    const bookedBy = async () =>
      (
        await db
          .selectFrom('meal_bookings')
          .select('member_id')
          .where('status', '=', 'booked')
          .orderBy('member_id')
          .execute()
      ).map((r) => r.member_id);
    const calls = async () =>
      (await db.selectFrom('help_calls').select('kind').execute()).map((r) => r.kind);

    const a = await booking('m1');
    await sync([a]);
    expect(await pulled()).toEqual({ forgotten: 0, resent: 0, refused: 0 });
    expect(await keptIds()).toEqual([a.id]);

    api.clock.advance(MINUTE);
    expect(await runBackup([], env, { ...io, now: () => api.clock() }), lines.join('\n')).toBe(0);
    api.clock.advance(MINUTE);
    const b = await booking('m2');
    const c = entry('help.staff-call', { memberId: null });
    await sync([b, c]);
    // The backup holds the first booking: the kiosk forgets it, and keeps what came after.
    expect(await pulled()).toEqual({ forgotten: 1, resent: 0, refused: 0 });
    expect(await keptIds()).toEqual([b.id, c.id]);
    expect(await bookedBy()).toEqual(['m1', 'm2']);

    // The disk dies; the backup is restored and the server started on it.
    await db.destroy();
    const [backup] = readdirSync(env.BACKUP_COPY_DIR);
    expect(
      await runRestore([join(env.BACKUP_COPY_DIR, backup as string)], env, io),
      lines.join('\n'),
    ).toBe(0);
    db = createDatabase(env);
    api = kioskApi(db, registry);
    api.clock.advance(10 * MINUTE);
    expect(await bookedBy()).toEqual(['m1']);
    expect(await calls()).toEqual([]);

    // The kiosk's next pull sees another database and resends what it kept.
    expect(await pulled()).toEqual({ forgotten: 0, resent: 2, refused: 0 });
    expect(await bookedBy()).toEqual(['m1', 'm2']);
    expect(await calls()).toEqual(['staff']);
    // A second resend (another pull, another kiosk tab) changes nothing: each id applies once.
    await push({ kioskId: kiosk.kioskId, entries: [a, b, c] });
    expect(await bookedBy()).toEqual(['m1', 'm2']);
    expect(await calls()).toEqual(['staff']);
    const ids = (await db.selectFrom('sync_entries').select('id').execute()).map((r) => r.id);
    expect(ids.sort()).toEqual([a.id, b.id, c.id].sort());

    // Kept until a backup of the restored database holds them, then forgotten.
    expect(await pulled()).toEqual({ forgotten: 0, resent: 0, refused: 0 });
    expect(await keptIds()).toEqual([b.id, c.id]);
    api.clock.advance(MINUTE);
    expect(await runBackup([], env, { ...io, now: () => api.clock() }), lines.join('\n')).toBe(0);
    expect(await pulled()).toMatchObject({ forgotten: 2, resent: 0 });
    expect(await keptIds()).toEqual([]);
    await db.destroy();
  });

  it(`keeps a sent entry no longer than ${KEEP_SENT_MAX_DAYS} days when no backup covers it`, async () => {
    const kept = await openKept(`nuanxin-kept-bound-${uuidv7()}`);
    const now = Date.parse('2026-11-24T08:00:00Z');
    const id = uuidv7();
    await keepAccepted(
      kept,
      [{ id, kind: 'help.staff-call', payload: { memberId: null }, kioskTime: 'x', kioskId: 'k' }],
      [{ id, status: 'accepted', serverTime: '2026-11-24T08:00:00.000Z' }],
      now,
    );
    expect(await kept.forget(null, now + KEEP_SENT_MAX_DAYS * DAY)).toBe(0);
    expect(await kept.forget(null, now + KEEP_SENT_MAX_DAYS * DAY + 1)).toBe(1);
    expect(await kept.all()).toEqual([]);
  });
});
