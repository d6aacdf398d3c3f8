/**
 * POST /api/kiosk/identify: the member's PIN is checked by the server only (issue #11). Five wrong
 * PINs in a row lock that member's PIN for 15 minutes on every kiosk — counted in the database,
 * so a second kiosk (or a restarted server) sees the same lock.
 */
import { describe, expect, it } from 'vitest';
import { PIN_LOCK_MINUTES, PIN_TRIES } from '../../../src/shared/members/api';
import { type ErrorJson, MINUTE } from '../support/api';
import { forEachStore } from '../support/stores';
import { membersApi } from './members-api';

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = membersApi(db);
    const admin = await api.admin();
    const wang = await api.create(admin, { cardNumber: '10001', pin: '7395' });
    const li = await api.create(admin, { cardNumber: '10002', name: '李秀英' });
    const hall = await api.enroll(admin, '大厅');
    const canteen = await api.enroll(admin, '食堂');
    const identify = async (card: string, pin: string, kiosk = hall) => {
      const res = await api.post('/api/kiosk/identify', { card, pin }, kiosk.auth);
      expect(res.status).toBe(200);
      return res.json();
    };
    return { db, api, admin, wang, li, hall, canteen, identify };
  }

  describe('the member PIN, checked by the server', () => {
    it('answers who it is for the right PIN, a card typed any way, and a member without a PIN', async () => {
      const { wang, li, identify } = await setup();
      expect(await identify('1000-1', '7395')).toEqual({ result: 'ok', memberId: wang.id });
      expect(await identify('10002', '0000')).toEqual({ result: 'ok', memberId: li.id });
      expect(await identify('99999', '7395')).toEqual({ result: 'unknown-card' });
    });

    it(`counts wrong PINs down, locks after ${PIN_TRIES} on every kiosk for ${PIN_LOCK_MINUTES} minutes, then starts afresh`, async () => {
      const { api, wang, canteen, identify } = await setup();
      for (let left = PIN_TRIES - 1; left >= 1; left--)
        expect(await identify('10001', '1111')).toEqual({ result: 'wrong-pin', triesLeft: left });
      const locked = await identify('10001', '2222');
      expect(locked).toEqual({ result: 'locked', until: '2026-11-24T08:15:00.000Z' });
      // Even the right PIN, and from another kiosk: the lock holds.
      expect(await identify('10001', '7395')).toEqual(locked);
      expect(await identify('10001', '7395', canteen)).toEqual(locked);
      api.clock.advance(PIN_LOCK_MINUTES * MINUTE - 1);
      expect(await identify('10001', '7395')).toEqual(locked);
      api.clock.advance(1);
      // The lock has ended: a wrong PIN counts from the start, the right one opens.
      expect(await identify('10001', '1111')).toEqual({
        result: 'wrong-pin',
        triesLeft: PIN_TRIES - 1,
      });
      expect(await identify('10001', '7395')).toEqual({ result: 'ok', memberId: wang.id });
      // A right PIN clears the count.
      expect(await identify('10001', '1111')).toEqual({
        result: 'wrong-pin',
        triesLeft: PIN_TRIES - 1,
      });
    });

    it('answers only enrolled kiosks, and only a 4-digit PIN', async () => {
      const { api, admin, hall } = await setup();
      const none = await api.post('/api/kiosk/identify', { card: '10001', pin: '7395' });
      expect(none.status).toBe(401);
      const staff = await api.post('/api/kiosk/identify', { card: '10001', pin: '7395' }, admin);
      expect(staff.status).toBe(401);
      for (const body of [
        { card: '10001', pin: '73951' },
        { card: '10001', pin: 'abcd' },
        { card: '10001' },
        { card: '10001', pin: '7395', memberId: 'x' },
      ]) {
        const res = await api.post('/api/kiosk/identify', body, hall.auth);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(((await res.json()) as ErrorJson).error.message).toBeTruthy();
      }
      const revoked = await api.post(`/api/kiosks/${hall.kioskId}/revoke`, undefined, admin);
      expect(revoked.status).toBe(200);
      const after = await api.post(
        '/api/kiosk/identify',
        { card: '10001', pin: '7395' },
        hall.auth,
      );
      expect(after.status).toBe(401);
    });
  });
});
