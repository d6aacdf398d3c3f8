import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../kiosks/kiosk-api';
import { seedAccount, sessionCookie } from '../support/api';
import { forEachStore } from '../support/stores';
import { addMember, canteenApi } from './canteen';

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    await addMember(db, { id: 'a', categories: ['low-income'], address: '长青路 9 号' });
    await addMember(db, { id: 'b', birth_date: '1944-01-01', address: '长青路 2 号' });
    await addMember(db, { id: 'c', birth_date: '1960-01-01' });
    const canteen = await canteenApi(db);
    const login = async (username: string, role: 'kitchen' | 'admin' | 'trainer') => {
      await seedAccount(db, username, role, PASSWORD);
      const res = await canteen.api.post('/api/staff/login', { username, password: PASSWORD });
      return { cookie: sessionCookie(res) };
    };
    return { db, ...canteen, login };
  }

  describe('the kitchen roster', () => {
    it('lists the sitting: counts per meal, dine-in, delivery sorted by address', async () => {
      const { api, book, login } = await setup();
      await book({ memberId: 'a', delivery: true });
      await book({ memberId: 'b', delivery: true, mealId: 'steamed-egg' });
      await book({ memberId: 'c' });
      const kitchen = await login('cook', 'kitchen');
      const res = await api.get('/api/meals/roster?day=2026-11-25&sitting=lunch', kitchen);
      expect(res.status).toBe(200);
      const { roster } = (await res.json()) as {
        roster: {
          total: number;
          byMeal: { mealId: string; count: number }[];
          dineIn: { memberId: string }[];
          delivery: { memberId: string; address: string }[];
        };
      };
      expect(roster.total).toBe(3);
      expect(roster.byMeal).toEqual(
        expect.arrayContaining([
          { mealId: 'braised-fish', count: 2 },
          { mealId: 'steamed-egg', count: 1 },
        ]),
      );
      expect(roster.dineIn.map((l) => l.memberId)).toEqual(['c']);
      expect(roster.delivery.map((l) => l.address)).toEqual(['长青路 2 号', '长青路 9 号']);

      const csv = await api.get(
        '/api/meals/roster?day=2026-11-25&sitting=lunch&format=csv',
        kitchen,
      );
      // fetch's text() drops a leading BOM; Excel needs it, so read the bytes.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
      expect(text.startsWith('\uFEFF卡号,姓名,饭菜')).toBe(true);
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
      expect(text).toContain(',否,否,待用餐,');
    });

    it('marks served, delivered and no-show (audited), and refuses what makes no sense', async () => {
      const { db, api, book, login } = await setup();
      const here = await book({ memberId: 'c' });
      const away = await book({ memberId: 'a', delivery: true });
      const kitchen = await login('cook', 'kitchen');
      const mark = (id: string, status: string) =>
        api.post(`/api/meals/bookings/${id}/status`, { status }, kitchen);
      expect((await mark(here.id, 'served')).status).toBe(200);
      expect((await mark(here.id, 'no-show')).status).toBe(409);
      expect((await mark(here.id, 'booked')).status).toBe(200);
      expect((await mark(here.id, 'delivered')).status).toBe(409);
      expect((await mark(away.id, 'delivered')).status).toBe(200);
      expect((await mark('nope', 'served')).status).toBe(404);
      const bad = await mark(here.id, 'eaten');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(await bad.json())).toContain('status must be one of');
      const audit = await db
        .selectFrom('audit_log')
        .select(['action'])
        .where('action', '=', 'meal.marked')
        .execute();
      expect(audit).toHaveLength(3);
    });

    it('is for kitchen, staff and admin; not for trainers or strangers', async () => {
      const { api, login } = await setup();
      const trainer = await login('teach', 'trainer');
      const url = '/api/meals/roster?day=2026-11-25&sitting=lunch';
      expect((await api.get(url, trainer)).status).toBe(403);
      expect((await api.get(url)).status).toBe(401);
      const kitchen = await login('cook', 'kitchen');
      expect((await api.get('/api/meals/roster?day=25/11&sitting=lunch', kitchen)).status).toBe(
        400,
      );
    });
  });

  describe('the report', () => {
    it('adds up to the fen by day, funder and tier; cancelled meals carry no money', async () => {
      const { api, book, cancel, login } = await setup();
      await book({ memberId: 'a' }); // tier a: 75 + 1200 + 225
      const b = await book({ memberId: 'b' }); // tier b: 75 + 600 + 825
      await book({ memberId: 'c', delivery: true }); // tier d: 75 + 200 + 1225 + 300 delivery
      await book({ memberId: 'a', companion: true }); // companion: 1500
      await cancel('b', b.id);
      const admin = await login('boss', 'admin');
      const kitchen = await login('cook', 'kitchen');
      const url = '/api/meals/report?from=2026-11-01&to=2026-11-30';
      expect((await api.get(url, kitchen)).status).toBe(403);
      const res = await api.get(url, admin);
      expect(res.status).toBe(200);
      const { report } = (await res.json()) as {
        report: {
          days: { day: string; booked: number; cancelled: number }[];
          byTier: { tierId: string | null; meals: number; government: number; elder: number }[];
          total: {
            meals: number;
            base: number;
            operator: number;
            government: number;
            charity: number;
            elder: number;
            deliveryFees: number;
          };
        };
      };
      expect(report.days).toEqual([
        expect.objectContaining({ day: '2026-11-25', booked: 3, cancelled: 1 }),
      ]);
      expect(report.total).toEqual({
        meals: 3,
        base: 4500,
        operator: 150,
        government: 1400,
        charity: 0,
        elder: 225 + 1525 + 1500,
        deliveryFees: 300,
      });
      const t = report.total;
      expect(t.operator + t.government + t.charity + t.elder - t.deliveryFees).toBe(t.base);
      expect(report.byTier.map((x) => [x.tierId, x.meals, x.government])).toEqual([
        ['a', 1, 1200],
        ['d', 1, 200],
        [null, 1, 0],
      ]);
      const csv = await (await api.get(`${url}&format=csv`, admin)).text();
      expect(csv).toContain('合计,3,0,0,0,1,45.00,1.50,14.00,0.00,32.50,3.00');
      const backwards = await api.get('/api/meals/report?from=2026-12-01&to=2026-11-01', admin);
      expect(backwards.status).toBe(400);
    });
  });
});
