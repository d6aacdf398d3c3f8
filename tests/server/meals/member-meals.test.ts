import { describe, expect, it } from 'vitest';
import type { MemberMeals } from '../../../src/shared/meals';
import type { PullResponse } from '../../../src/shared/sync/index';
import { forEachStore } from '../support/stores';
import { addMember, canteenApi, demoMeals } from './canteen';

forEachStore((_store, makeDb) => {
  async function setup(capacity?: number) {
    const db = await makeDb();
    await addMember(db, { id: 'm1', categories: ['low-income'] });
    await addMember(db, { id: 'm2' });
    const meals = demoMeals();
    const lunch = meals.sittings.find((s) => s.id === 'lunch');
    if (lunch && capacity) lunch.capacity = capacity;
    const canteen = await canteenApi(db, meals);
    /** What a kiosk pulling from scratch now knows about `memberId`'s meals. */
    const pulled = async (memberId: string): Promise<MemberMeals | undefined> => {
      const k = await canteen.kiosk('k1');
      const res = await canteen.api.post(
        '/api/sync/pull',
        { kioskId: k.kioskId, cursor: null },
        k.auth,
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as PullResponse;
      const found = body.changes.filter((c) => c.type === 'member-meals' && c.key === memberId);
      expect(found.length).toBeLessThanOrEqual(1);
      return found[0]?.data as MemberMeals | undefined;
    };
    return { db, ...canteen, pulled };
  }

  describe('member-meals in the pull feed', () => {
    it('a booking shows as upcoming and becomes the usual; a cancellation removes both', async () => {
      const { book, cancel, pulled } = await setup();
      expect(await pulled('m1')).toBeUndefined();
      const b = await book({ memberId: 'm1', delivery: true });
      expect(await pulled('m1')).toEqual({
        upcoming: [
          {
            bookingId: b.id,
            day: '2026-11-25',
            sitting: 'lunch',
            mealId: 'braised-fish',
            delivery: true,
            companion: false,
            status: 'booked',
            elderFen: 525,
          },
        ],
        usual: { bookingId: b.id, sitting: 'lunch', mealId: 'braised-fish', delivery: true },
        notices: [],
      });
      await cancel('m1', b.id);
      const after = await pulled('m1');
      expect(after?.upcoming).toEqual([]);
      // A cancelled meal is not "the same as last time".
      expect(after?.usual).toBeNull();
    });

    it('the usual is the last meal kept: cancelling the newest falls back to the one before', async () => {
      const { book, cancel, pulled } = await setup();
      const kept = await book({ memberId: 'm1', sitting: 'dinner', mealId: 'steamed-egg' });
      const dropped = await book({ memberId: 'm1', mealId: 'tofu-greens' });
      expect((await pulled('m1'))?.usual).toMatchObject({ bookingId: dropped.id });
      await cancel('m1', dropped.id);
      expect((await pulled('m1'))?.usual).toEqual({
        bookingId: kept.id,
        sitting: 'dinner',
        mealId: 'steamed-egg',
        delivery: false,
      });
    });

    it('a refused booking becomes a notice until the elder is told (meal.ack)', async () => {
      const { book, send, pulled } = await setup(1);
      await book({ memberId: 'm2' });
      const refused = await book({ memberId: 'm1' });
      expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'sold_out' } });
      const told = await pulled('m1');
      expect(told?.notices).toEqual([
        expect.objectContaining({ id: refused.id, reasonCode: 'sold_out', day: '2026-11-25' }),
      ]);
      const ack = await send('meal.ack', { memberId: 'm1', noticeIds: [refused.id] });
      expect(ack.status).toBe('accepted');
      expect((await pulled('m1'))?.notices).toEqual([]);
      // Acknowledging again (a second kiosk) is harmless.
      const again = await send('meal.ack', { memberId: 'm1', noticeIds: [refused.id] });
      expect(again.status).toBe('accepted');
    });

    it('an unknown member leaves no notice and nothing in the feed', async () => {
      const { db, book, pulled } = await setup();
      expect((await book({ memberId: 'ghost' })).status).toBe('rejected');
      expect(await db.selectFrom('meal_notices').selectAll().execute()).toEqual([]);
      expect(await pulled('ghost')).toBeUndefined();
    });
  });
});
