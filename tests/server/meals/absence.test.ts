import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { centreConfigReader } from '../../../src/server/config/centre-config';
import type { Database } from '../../../src/server/db/schema';
import { createApi } from '../../../src/server/http/api';
import type { LogEntry } from '../../../src/server/http/log';
import type { NewMealBooking } from '../../../src/server/meals/meals.table';
import { addDays } from '../../../src/shared/centre/zoned';
import type { AbsenceAnswer, AbsentLine } from '../../../src/shared/meals';
import { PASSWORD } from '../kiosks/kiosk-api';
import { type ErrorJson, seedAccount, sessionCookie, testClock } from '../support/api';
import { forEachStore } from '../support/stores';
import { addMember, canteenApi } from './canteen';

const DEMO = centreConfigReader('kiosk-config/demo', undefined, 0)();
if (!DEMO) throw new Error('the demo config does not validate');

// Wednesday 2026-11-25: lunch is served; the demo checks at 10:30 Shanghai = 02:30 UTC.
const TODAY = '2026-11-25';

let seq = 0;
/** A past meal, written as the kitchen left it (kiosks cannot book past days). */
async function pastMeal(
  db: Kysely<Database>,
  memberId: string,
  day: string,
  more: Partial<NewMealBooking> = {},
) {
  await db
    .insertInto('meal_bookings')
    .values({
      id: `past-${++seq}`,
      member_id: memberId,
      day,
      sitting: 'lunch',
      meal_id: 'braised-fish',
      delivery: 0,
      companion: 0,
      status: 'served',
      base_fen: 1500,
      operator_fen: 75,
      government_fen: 600,
      charity_fen: 0,
      delivery_fee_fen: 0,
      elder_fen: 825,
      quoted_elder_fen: 825,
      tier_id: 'b',
      basis: 'subsidised',
      counts_subsidised: 1,
      kiosk_id: 'k',
      kiosk_time: `${addDays(day, -1)}T02:00:00.000Z`,
      booked_at: `${addDays(day, -1)}T02:00:00.000Z`,
      cancelled_at: null,
      served_at: `${day}T03:30:00.000Z`,
      ...more,
    })
    .execute();
}

forEachStore((_store, makeDb) => {
  async function setup(withCentre = true) {
    const db = await makeDb();
    const clock = testClock('2026-11-25T02:00:00.000Z'); // 10:00 in Shanghai
    const logs: LogEntry[] = [];
    const app = new Hono().route(
      '/api',
      createApi({
        db,
        clock,
        log: (e) => logs.push(e),
        trustProxy: true,
        ...(withCentre ? { centre: () => DEMO } : {}),
      }),
    );
    const call = (method: string, path: string, cookie?: string, body?: unknown) =>
      app.request(`http://centre.test${path}`, {
        method,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const login = async (username: string, role: 'staff' | 'admin' | 'kitchen' | 'trainer') => {
      await seedAccount(db, username, role, PASSWORD);
      const res = await call('POST', '/api/staff/login', undefined, {
        username,
        password: PASSWORD,
      });
      return sessionCookie(res);
    };
    const list = async (cookie: string, query = '') => {
      const res = await call('GET', `/api/meals/absent${query}`, cookie);
      expect(res.status).toBe(200);
      return ((await res.json()) as { absence: AbsenceAnswer }).absence;
    };
    return { db, clock, call, login, list, logs };
  }

  /** Four regulars living alone, one not alone, one expired, one who rarely comes. */
  async function seed(db: Kysely<Database>) {
    const alone = ['empty-nest', 'living-alone'];
    await addMember(db, { id: 'zhang', categories: alone, address: '长青路 3 号' });
    await addMember(db, { id: 'zhao', categories: ['extreme-poverty', 'living-alone'] });
    await addMember(db, { id: 'booked', categories: alone });
    await addMember(db, { id: 'cancelled', categories: alone });
    await addMember(db, { id: 'nest', categories: ['empty-nest'] });
    await addMember(db, { id: 'expired', categories: alone, valid_until: '2026-11-24' });
    await addMember(db, { id: 'rare', categories: alone });
    await db
      .updateTable('members')
      .set({
        phone: '13800000001',
        emergency_name: '张小明',
        emergency_phone: '13900000002',
        emergency_relation: '儿子',
      })
      .where('id', '=', 'zhang')
      .execute();
    for (const id of ['zhang', 'zhao', 'booked', 'cancelled', 'nest', 'expired'])
      for (const n of [2, 5, 9]) await pastMeal(db, id, addDays(TODAY, -n));
    await pastMeal(db, 'rare', addDays(TODAY, -3));
    await pastMeal(db, 'rare', addDays(TODAY, -4), { status: 'no-show' });
    await pastMeal(db, 'rare', addDays(TODAY, -15)); // outside the 14-day window
    // Today's lunch, booked the day before through a real kiosk push; one of them cancelled.
    const kiosk = await canteenApi(db, DEMO?.meals);
    await kiosk.book({ memberId: 'booked', day: TODAY });
    const gone = await kiosk.book({ memberId: 'cancelled', day: TODAY });
    expect(gone.status).toBe('accepted');
    expect((await kiosk.cancel('cancelled', gone.id)).status).toBe('accepted');
  }

  describe('the absence alert', () => {
    it('is empty before checkAt and says when it fills; then lists who is missing', async () => {
      const { db, clock, login, list } = await setup();
      await seed(db);
      const staff = await login('desk', 'staff');
      expect(await list(staff)).toEqual({
        sitting: 'lunch',
        checkAt: '10:30',
        state: 'waiting',
        day: TODAY,
        fillsAt: '2026-11-25T02:30:00.000Z',
      });
      clock.advance(30 * 60_000); // 10:30:00.000
      const open = await list(staff);
      if (open.state !== 'open') throw new Error(`expected an open list, got ${open.state}`);
      expect(open.members.map((m) => m.memberId)).toEqual(['cancelled', 'zhang', 'zhao']);
      const zhang = open.members.find((m) => m.memberId === 'zhang') as AbsentLine;
      expect(zhang).toMatchObject({
        name: '会员zhang',
        phone: '13800000001',
        address: '长青路 3 号',
        emergencyName: '张小明',
        emergencyPhone: '13900000002',
        emergencyRelation: '儿子',
        usualCount: 3,
        lastMeal: '2026-11-23',
        checks: [],
      });
      // A past day is listed as it ended; a Sunday has no lunch to miss.
      const sunday = await list(staff, '?day=2026-11-22');
      expect(sunday).toMatchObject({ state: 'not-served', day: '2026-11-22' });
    });

    it('exports the list as CSV for Excel, with only a header before checkAt', async () => {
      const { db, clock, call, login } = await setup();
      await seed(db);
      const staff = await login('desk', 'staff');
      const csv = async () => {
        const res = await call('GET', '/api/meals/absent?format=csv', staff);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-disposition')).toContain(`absent-${TODAY}.csv`);
        // fetch's text() drops a leading BOM; Excel needs it, so read the bytes.
        return new TextDecoder('utf-8', { ignoreBOM: true })
          .decode(await res.arrayBuffer())
          .split('\r\n')
          .filter(Boolean);
      };
      const before = await csv();
      expect(before).toHaveLength(1);
      expect(before[0]?.startsWith('\uFEFF日期,卡号,姓名,电话,住址,紧急联系人')).toBe(true);
      clock.advance(60 * 60_000);
      const after = await csv();
      expect(after).toHaveLength(4);
      expect(after.find((l) => l.includes('会员zhang'))).toContain('13800000001');
    });

    it('records checks (audited) and shows them on the list', async () => {
      const { db, clock, call, login, list } = await setup();
      await seed(db);
      clock.advance(60 * 60_000);
      const staff = await login('desk', 'staff');
      const check = (body: unknown) => call('POST', '/api/meals/absent/checks', staff, body);
      const first = await check({ memberId: 'zhang', day: TODAY, outcome: 'no-answer' });
      expect(first.status).toBe(201);
      clock.advance(20 * 60_000);
      const second = await check({
        memberId: 'zhang',
        day: TODAY,
        outcome: 'visited',
        note: '  在家，感冒了，已送餐  ',
      });
      expect(second.status).toBe(201);
      const open = await list(staff);
      if (open.state !== 'open') throw new Error('expected an open list');
      const zhang = open.members.find((m) => m.memberId === 'zhang') as AbsentLine;
      expect(zhang.checks.map((c) => [c.outcome, c.note, c.by])).toEqual([
        ['no-answer', null, 'desk'],
        ['visited', '在家，感冒了，已送餐', 'desk'],
      ]);
      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'subject_id', 'details'])
        .where('action', '=', 'meal.absence_checked')
        .orderBy('at')
        .execute();
      expect(audit.map((a) => a.subject_id)).toEqual(['zhang', 'zhang']);
      expect(JSON.parse(audit[1]?.details ?? '{}')).toMatchObject({
        day: TODAY,
        outcome: 'visited',
      });
    });

    it('refuses bad checks in words, writing nothing', async () => {
      const { db, clock, call, login } = await setup();
      await seed(db);
      clock.advance(60 * 60_000);
      const staff = await login('desk', 'staff');
      const check = async (body: unknown, status: number, words: string) => {
        const res = await call('POST', '/api/meals/absent/checks', staff, body);
        expect(res.status).toBe(status);
        expect(JSON.stringify((await res.json()) as ErrorJson)).toContain(words);
      };
      await check(
        { memberId: 'zhang', day: TODAY, outcome: 'fine' },
        400,
        'outcome must be one of',
      );
      await check({ memberId: 'zhang', day: '25/11', outcome: 'reached' }, 400, 'a date like');
      await check(
        { memberId: 'zhang', day: TODAY, outcome: 'reached', note: '长'.repeat(501) },
        400,
        'at most 500 characters',
      );
      await check({ memberId: 'nobody', day: TODAY, outcome: 'reached' }, 404, 'no member');
      await check(
        { memberId: 'zhang', day: '2026-11-26', outcome: 'reached' },
        400,
        'not for a day still to come',
      );
      expect(await db.selectFrom('absence_checks').selectAll().execute()).toEqual([]);
      const audited = await db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'meal.absence_checked')
        .execute();
      expect(audited).toEqual([]);
    });

    it('is for staff and admins: not the kitchen, trainers or strangers', async () => {
      const { call, login, list } = await setup();
      const url = `/api/meals/absent?day=${TODAY}`;
      expect((await call('GET', url)).status).toBe(401);
      expect((await call('GET', url, await login('cook', 'kitchen'))).status).toBe(403);
      expect((await call('GET', url, await login('teach', 'trainer'))).status).toBe(403);
      const kitchenCheck = await call(
        'POST',
        '/api/meals/absent/checks',
        await login('c2', 'kitchen'),
        {
          memberId: 'x',
          day: TODAY,
          outcome: 'reached',
        },
      );
      expect(kitchenCheck.status).toBe(403);
      const admin = await login('boss', 'admin');
      expect((await list(admin)).state).toBe('waiting');
      expect((await call('GET', '/api/meals/absent?day=tomorrow', admin)).status).toBe(400);
    });

    it('says it is off when the centre has no absence block, and takes no checks', async () => {
      const { call, login, list } = await setup(false);
      const staff = await login('desk', 'staff');
      expect(await list(staff)).toEqual({ state: 'off' });
      const res = await call('POST', '/api/meals/absent/checks', staff, {
        memberId: 'x',
        day: TODAY,
        outcome: 'reached',
      });
      expect(res.status).toBe(409);
      expect(JSON.stringify(await res.json())).toContain('add an \\"absence\\" block');
    });
  });
});
