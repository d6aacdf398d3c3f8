import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../src/server/dashboard/dashboard.service';
import type { BookingStatus } from '../../../src/server/meals/meals.table';
import { liveApi } from '../events/live-api';
import { helpCentre } from '../help/help-api';
import { addMember } from '../meals/canteen';
import { type ErrorJson, MINUTE } from '../support/api';
import { forEachStore } from '../support/stores';

forEachStore((_store, makeDb) => {
  describe('GET /api/dashboard', () => {
    it('needs a signed-in staff member', async () => {
      const api = liveApi(await makeDb());
      const res = await api.get('/api/dashboard');
      expect(res.status).toBe(401);
      expect(((await res.json()) as ErrorJson).error.code).toBe('not_logged_in');
    });

    it('is all zeros for a centre with no kiosks', async () => {
      const api = liveApi(await makeDb());
      const staff = await api.signIn('wangfang', 'staff');
      const res = await api.get('/api/dashboard', staff);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        serverTime: '2026-11-24T08:00:00.000Z',
        onlineWindowMs: 2 * MINUTE,
        kiosks: [],
        totals: { kiosks: 0, online: 0, pendingEntries: 0, rejections: 0 },
        today: { day: '2026-11-24', meals: 0, openCalls: 0, openRequests: 0 },
      });
    });

    it('counts today’s meals (in the centre’s day), calls still open and requests not yet done', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      await addMember(db, { id: 'm3' });
      // Today in Shanghai is 2026-11-25 (the clock is 10:00 there).
      const booking = (id: string, day: string, status: BookingStatus, member = 'm1') => ({
        id,
        member_id: member,
        day,
        sitting: 'lunch',
        meal_id: 'steamed-egg',
        delivery: 0,
        companion: 0,
        status,
        base_fen: 1500,
        operator_fen: 75,
        government_fen: 1200,
        charity_fen: 0,
        delivery_fee_fen: 0,
        elder_fen: 225,
        quoted_elder_fen: 225,
        tier_id: 'A',
        basis: 'tier',
        counts_subsidised: 1,
        kiosk_id: kiosk.kioskId,
        kiosk_time: '2026-11-25T09:00:00.000+08:00',
        booked_at: '2026-11-25T01:00:00.000Z',
        cancelled_at: null,
        served_at: null,
      });
      await db
        .insertInto('meal_bookings')
        .values([
          booking('b1', '2026-11-25', 'booked'),
          booking('b2', '2026-11-25', 'served', 'm2'),
          booking('b3', '2026-11-25', 'cancelled', 'm3'),
          booking('b4', '2026-11-26', 'booked'),
        ])
        .execute();
      expect(
        (await api.push(kiosk, 'help.call', { memberId: 'm1', cancelled: false })).status,
      ).toBe('accepted');
      const cleaning = { memberId: 'm1', category: 'cleaning', when: 'tomorrow', where: 'home' };
      expect((await api.push(kiosk, 'service.request', cleaning)).status).toBe('accepted');
      expect((await api.push(kiosk, 'service.request', cleaning)).status).toBe('accepted');

      const res = await api.get('/api/dashboard', staff.auth);
      expect(res.status).toBe(200);
      expect(((await res.json()) as Dashboard).today).toEqual({
        day: '2026-11-25',
        meals: 2,
        openCalls: 1,
        openRequests: 2,
      });
    });

    it('counts kiosks online in the last 2 minutes, entries waiting on them and refusals', async () => {
      const api = liveApi(await makeDb());
      const admin = await api.signIn();
      const hall = await api.enroll(admin, '大厅 1');
      const dining = await api.enroll(admin, '餐厅');
      const old = await api.enroll(admin, '旧机器');
      await api.post(`/api/kiosks/${old.kioskId}/revoke`, undefined, admin);
      await api.push(dining, ['one'], { 'x-kiosk-outbox-length': '2' });

      api.clock.advance(3 * MINUTE);
      const entries = await api.push(hall, ['one', 'no', 'no'], {
        'x-kiosk-outbox-length': '5',
        'x-kiosk-last-error': encodeURIComponent('中心的服务器没有按时回答'),
      });
      expect(entries.status).toBe(200);

      const res = await api.get('/api/dashboard', admin);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Dashboard;
      expect(body.totals).toEqual({ kiosks: 2, online: 1, pendingEntries: 7, rejections: 2 });
      expect(body.kiosks).toEqual([
        {
          id: hall.kioskId,
          name: '大厅 1',
          location: null,
          lastSeenAt: '2026-11-24T08:03:00.000Z',
          outboxLength: 5,
          lastError: '中心的服务器没有按时回答',
          online: true,
        },
        {
          id: dining.kioskId,
          name: '餐厅',
          location: null,
          lastSeenAt: '2026-11-24T08:00:00.000Z',
          outboxLength: 2,
          lastError: null,
          online: false,
        },
      ]);

      // Just under the window is still online; at the window it is not.
      api.clock.advance(2 * MINUTE - 1);
      expect(
        ((await (await api.get('/api/dashboard', admin)).json()) as Dashboard).totals.online,
      ).toBe(1);
      api.clock.advance(1);
      expect(
        ((await (await api.get('/api/dashboard', admin)).json()) as Dashboard).totals.online,
      ).toBe(0);
    });
  });
});
