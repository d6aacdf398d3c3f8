import { describe, expect, it } from 'vitest';
import { forEachStore } from '../support/stores';
import { addMember, bookings, canteenApi, demoMeals } from './canteen';

// The test clock is Tuesday 2026-11-24, 16:00 in Shanghai. The demo canteen serves lunch Monday
// to Saturday and dinner Monday to Friday; with no horizon set, elders book today and the next
// six days, so Monday 2026-11-30 is the last day and Sunday 2026-11-29 is closed.
forEachStore((_store, makeDb) => {
  describe('meal.book and the booking calendar', () => {
    it('books up to the horizon and refuses the day after it, in the elder’s words', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'm1' });
      const { book } = await canteenApi(db);
      expect((await book({ memberId: 'm1', day: '2026-11-30' })).status).toBe('accepted');
      const far = await book({ memberId: 'm1', day: '2026-12-01' });
      expect(far).toMatchObject({ status: 'rejected', reason: { code: 'beyond_horizon' } });
      expect(far.status === 'rejected' && far.reason.message).toEqual({
        'zh-Hans': '那一天离现在太远，还不能订。请过几天再订。',
        'zh-Hant': '那一天離現在太遠，還不能訂。請過幾天再訂。',
        en: 'That day is too far ahead to book yet. Please book it in a few days.',
      });
      expect((await bookings(db)).map((b) => b.day)).toEqual(['2026-11-30']);
    });

    it('follows the canteen’s own horizon', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'm1' });
      const meals = { ...demoMeals(), booking: { horizonDays: 3, closedDates: [] } };
      const { book } = await canteenApi(db, meals);
      // Thursday's lunch has no braised fish: the steamed egg.
      const thursday = { memberId: 'm1', day: '2026-11-26', mealId: 'steamed-egg' };
      expect((await book(thursday)).status).toBe('accepted');
      expect(await book({ memberId: 'm1', day: '2026-11-27' })).toMatchObject({
        status: 'rejected',
        reason: { code: 'beyond_horizon' },
      });
    });

    it('refuses a weekday the canteen does not serve and a date staff closed; a refusal is kept to tell', async () => {
      const db = await makeDb();
      await addMember(db, { id: 'm1' });
      const meals = { ...demoMeals(), booking: { horizonDays: 7, closedDates: ['2026-11-26'] } };
      const { book } = await canteenApi(db, meals);
      const sunday = await book({ memberId: 'm1', day: '2026-11-29' });
      expect(sunday).toMatchObject({ status: 'rejected', reason: { code: 'canteen_closed' } });
      const holiday = await book({ memberId: 'm1', day: '2026-11-26' });
      expect(holiday).toMatchObject({ status: 'rejected', reason: { code: 'canteen_closed' } });
      expect(holiday.status === 'rejected' && holiday.reason.message['zh-Hans']).toBe(
        '那一天食堂不开，不能订餐。',
      );
      expect(await bookings(db)).toEqual([]);
      const notices = await db.selectFrom('meal_notices').select('reason_code').execute();
      expect(notices.map((n) => n.reason_code).sort()).toEqual([
        'canteen_closed',
        'canteen_closed',
      ]);
      expect((await book({ memberId: 'm1', day: '2026-11-27' })).status).toBe('accepted');
    });
  });
});
