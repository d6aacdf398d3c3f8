import { describe, expect, it } from 'vitest';
import { HOUR } from '../support/api';
import { forEachStore } from '../support/stores';
import { addMember, bookings, canteenApi, demoMeals } from './canteen';

// The test clock starts at 2026-11-24T08:00Z = 16:00 in Shanghai: today's lunch has closed,
// tomorrow's (Wednesday 2026-11-25, braised fish on the menu) is open until 09:30 tomorrow.
forEachStore((_store, makeDb) => {
  describe('meal.book', () => {
    it('books, and stores the price the shared rule gives, split by who pays', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'm1', categories: ['low-income'] });
      const { book } = await canteenApi(db);
      const result = await book({ memberId: 'm1', quotedElderFen: 225 });
      expect(result).toMatchObject({
        status: 'accepted',
        record: { price: { elder: 225, government: 1200, operator: 75, tierId: 'a' } },
      });
      const [row] = await bookings(db);
      expect(row).toMatchObject({
        id: result.id,
        member_id: 'm1',
        status: 'booked',
        base_fen: 1500,
        operator_fen: 75,
        government_fen: 1200,
        charity_fen: 0,
        elder_fen: 225,
        quoted_elder_fen: 225,
        tier_id: 'a',
      });
      const counts = await db.selectFrom('meal_counts').selectAll().orderBy('meal_id').execute();
      expect(counts.map((c) => [c.meal_id, Number(c.booked)])).toEqual([
        ['', 1],
        ['braised-fish', 1],
      ]);
    });

    it('refuses after the cut-off by the server clock, at the boundary', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'm1' });
      const { api, book } = await canteenApi(db);
      expect((await book({ memberId: 'm1', day: '2026-11-24' })).status).toBe('rejected');
      // 09:29:59 tomorrow in Shanghai is 01:29:59Z: still open; 09:30:00 is closed.
      api.clock.advance(17 * HOUR + 29 * 60_000 + 59_000);
      expect((await book({ memberId: 'm1' })).status).toBe('accepted');
      api.clock.advance(1000);
      await addMember(db, { id: 'm2' });
      const late = await book({ memberId: 'm2' });
      expect(late).toMatchObject({ status: 'rejected', reason: { code: 'past_cutoff' } });
      expect(await bookings(db)).toHaveLength(1);
    });

    it('one own meal per sitting; a companion meal at full price is allowed beside it', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'm1', categories: ['low-income'] });
      const { book } = await canteenApi(db);
      expect((await book({ memberId: 'm1' })).status).toBe('accepted');
      expect(await book({ memberId: 'm1', mealId: 'steamed-egg' })).toMatchObject({
        status: 'rejected',
        reason: { code: 'already_booked' },
      });
      expect(await book({ memberId: 'm1', companion: true })).toMatchObject({
        status: 'accepted',
        record: { price: { elder: 1500, basis: 'companion' } },
      });
      const counts = await db
        .selectFrom('meal_counts')
        .selectAll()
        .where('meal_id', '=', '')
        .executeTakeFirstOrThrow();
      expect(Number(counts.booked)).toBe(2);
    });

    it('the daily cap: a second subsidised meal that day is at the member price', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'm1', categories: ['low-income'] });
      const { book } = await canteenApi(db);
      await book({ memberId: 'm1' });
      const dinner = await book({ memberId: 'm1', sitting: 'dinner', mealId: 'pork-noodles' });
      expect(dinner).toMatchObject({
        status: 'accepted',
        record: { price: { basis: 'cap-day', government: 0, elder: 1425 } },
      });
    });

    it('says why in the elder’s words: expired, unknown, not on the menu, no delivery', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'old', valid_until: '2026-10-31' });
      await addMember(db, { id: 'home', address: null });
      const { book } = await canteenApi(db);
      const code = async (p: Parameters<typeof book>[0]) => {
        const r = await book(p);
        return r.status === 'rejected' ? r.reason.code : r.status;
      };
      expect(await code({ memberId: 'old' })).toBe('membership_expired');
      expect(await code({ memberId: 'nobody' })).toBe('unknown_card');
      expect(await code({ memberId: 'home', mealId: 'pork-noodles' })).toBe('not_on_menu');
      // Saturday: the canteen is open (lunch) but serves no dinner. (Sunday, when it serves
      // nothing at all, is refused as a closed day: calendar.test.ts.)
      expect(
        await code({
          memberId: 'home',
          day: '2026-11-28',
          sitting: 'dinner',
          mealId: 'pork-noodles',
        }),
      ).toBe('not_on_menu');
      expect(await code({ memberId: 'home', delivery: true })).toBe('delivery_unavailable');
      const r = await book({ memberId: 'old' });
      expect(r.status === 'rejected' && r.reason.message['zh-Hans']).toBe(
        '您的会员已经到期了。请找工作人员续期。',
      );
      expect(await bookings(db)).toEqual([]);
      const counts = await db.selectFrom('meal_counts').selectAll().execute();
      expect(counts.every((c) => Number(c.booked) === 0)).toBe(true);
    });

    it('a resent entry books once and answers the same', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'm1' });
      const { book } = await canteenApi(db);
      const first = await book({ memberId: 'm1' }, 'k1', '01900000-0000-7000-8000-000000000001');
      const again = await book({ memberId: 'm1' }, 'k1', '01900000-0000-7000-8000-000000000001');
      expect(again).toEqual(first);
      expect(await bookings(db)).toHaveLength(1);
    });
  });

  describe('capacity under a race', () => {
    it('kiosks racing for the last seats: exactly the capacity is booked, never more', async () => {
      const db = await makeDb();
      const meals = demoMeals();
      const lunch = meals.sittings.find((s) => s.id === 'lunch');
      if (lunch) lunch.capacity = 3;
      const { book, kiosk } = await canteenApi(db, meals);
      const n = 12;
      for (let i = 0; i < n; i++) await addMember(db, { id: `r${i}` });
      for (let i = 0; i < 4; i++) await kiosk(`k${i}`);
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) => book({ memberId: `r${i}` }, `k${i % 4}`)),
      );
      const accepted = results.filter((r) => r.status === 'accepted');
      const soldOut = results.filter(
        (r) => r.status === 'rejected' && r.reason.code === 'sold_out',
      );
      expect(accepted).toHaveLength(3);
      expect(soldOut).toHaveLength(n - 3);
      expect(await bookings(db)).toHaveLength(3);
    });

    it('one member booked from two kiosks at once: one booking', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'm1' });
      const { book, kiosk } = await canteenApi(db);
      await kiosk('k1');
      await kiosk('k2');
      const results = await Promise.all([
        book({ memberId: 'm1' }, 'k1'),
        book({ memberId: 'm1', mealId: 'steamed-egg' }, 'k2'),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['accepted', 'rejected']);
      expect(await bookings(db)).toHaveLength(1);
      const seats = await db
        .selectFrom('meal_counts')
        .selectAll()
        .where('meal_id', '=', '')
        .execute();
      expect(Number(seats[0]?.booked)).toBe(1);
    });
  });

  describe('meal.cancel', () => {
    it('before the cut-off frees the seat for someone else; after it, refuses', async () => {
      const db = await makeDb();
      const meals = demoMeals();
      const lunch = meals.sittings.find((s) => s.id === 'lunch');
      if (lunch) lunch.capacity = 1;
      await addMember(db, { id: 'a' });
      await addMember(db, { id: 'b' });
      const { api, book, cancel } = await canteenApi(db, meals);
      const first = await book({ memberId: 'a' });
      expect((await book({ memberId: 'b' })).status).toBe('rejected');
      expect((await cancel('b', first.id)).status).toBe('rejected'); // not b's booking
      expect((await cancel('a', first.id)).status).toBe('accepted');
      expect((await cancel('a', first.id)).status).toBe('accepted'); // twice is still cancelled
      const second = await book({ memberId: 'b' });
      expect(second.status).toBe('accepted');
      api.clock.advance(18 * HOUR);
      expect(await cancel('b', second.id)).toMatchObject({
        status: 'rejected',
        reason: { code: 'past_cutoff' },
      });
      const rows = await bookings(db);
      expect(rows.map((r) => [r.member_id, r.status])).toEqual([
        ['a', 'cancelled'],
        ['b', 'booked'],
      ]);
    });
  });
});
