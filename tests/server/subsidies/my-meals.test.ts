/**
 * 我的补贴's meal subsidy and next payment on the server (issue #13 item 3): what a member has
 * used of the meal subsidy this month and this year is read from their bookings as the canteen
 * priced them (a cancelled one not counted), what is left from the canteen's monthly cap at what
 * the canteen's price rule gives them; and the next payout is the first that pays them something.
 * The demo centre on 2026-11-24 (the test clock): lunch ¥15, 5 % off, ¥6 for 80–99, 22 a month.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canteenOf, centreConfigReader } from '../../../src/server/config/centre-config';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import type { MySubsidiesResult } from '../../../src/shared/subsidies/api';
import { type PushResponse, uuidv7 } from '../../../src/shared/sync/index';
import { membersApi } from '../members/members-api';
import { proofFor } from '../support/proof';
import { forEachStore } from '../support/stores';
import { putReceipts } from './register-api';

const DEMO = join('kiosk-config', 'demo');

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const centre = centreConfigReader(DEMO);
    const api = membersApi(db, {
      centre,
      appliers: createApplierRegistry([], { canteen: canteenOf(centre) }),
    });
    const admin = await api.admin();
    const member = await api.create(admin, {
      cardNumber: '20002',
      name: '上月八十',
      birthDate: '1946-10-31',
      pin: '1357',
    });
    const kiosk = await api.enroll(admin, '大厅');
    const push = async (kind: string, payload: Record<string, unknown>) => {
      const id = uuidv7();
      // The member's PIN typed, as cancelling a meal needs.
      const proof = await proofFor(db, kiosk, member.id, id, { pin: '1357' });
      const res = await api.post(
        '/api/sync/push',
        {
          kioskId: kiosk.kioskId,
          entries: [
            {
              id,
              kind,
              payload,
              kioskTime: '2026-11-24T16:00:00.000+08:00',
              kioskId: kiosk.kioskId,
              proof,
            },
          ],
        },
        kiosk.auth,
      );
      const result = ((await res.json()) as PushResponse).results[0];
      expect(result?.status, JSON.stringify(result)).toBe('accepted');
      return id;
    };
    const book = (day: string) =>
      push('meal.book', {
        memberId: member.id,
        day,
        sitting: 'lunch',
        mealId: 'braised-fish',
        delivery: false,
        companion: false,
        quotedElderFen: 825,
      });
    const figures = async () => {
      const proof = await proofFor(db, kiosk, member.id, uuidv7(), {
        at: api.clock().getTime(),
        pin: '1357',
      });
      const res = await api.post(
        '/api/kiosk/my-subsidies',
        { memberId: member.id, proof },
        kiosk.auth,
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as MySubsidiesResult;
      if (body.result !== 'figures') throw new Error(JSON.stringify(body));
      return body;
    };
    return { api, admin, member, push, book, figures };
  }

  describe('我的补贴: the meal subsidy and the next payment', () => {
    it('adds up the meal subsidy used and left, this month and this year, from the member’s bookings', async () => {
      const { member, push, book, figures } = await setup();
      const before = await figures();
      expect(before.meals).toEqual({
        perMealFen: 600,
        perMonth: 22,
        month: { used: { meals: 0, fen: 0 }, left: { meals: 22, fen: 13_200 } },
        // November's 22 and December's 22.
        year: { used: { meals: 0, fen: 0 }, left: { meals: 44, fen: 26_400 } },
      });

      await book('2026-11-25');
      const friday = await book('2026-11-27');
      await book('2026-11-30');
      await push('meal.cancel', { memberId: member.id, bookingId: friday });
      const after = await figures();
      expect(after.meals).toEqual({
        perMealFen: 600,
        perMonth: 22,
        month: { used: { meals: 2, fen: 1200 }, left: { meals: 20, fen: 12_000 } },
        year: { used: { meals: 2, fen: 1200 }, left: { meals: 42, fen: 25_200 } },
      });
      // It adds up: what is used and what is left make the year's cap at today's rate.
      const year = after.meals?.year;
      expect((year?.used.meals ?? 0) + (year?.left?.meals ?? 0)).toBe(44);
    });

    it('gives as the next payment the first payout that pays the member something', async () => {
      const { api, admin, member, figures } = await setup();
      const receipt = (since: string) => ({
        programmeId: 'qinghe-old-age',
        fen: 5000,
        since,
        suspendedFrom: null,
        suspendedTo: null,
      });
      // Paid since November: the January payout pays November and December.
      expect((await putReceipts(api, admin, member.id, [receipt('2026-11')])).status).toBe(200);
      const now = (await figures()).items.find((i) => i.programmeId === 'qinghe-old-age');
      expect(now).toMatchObject({ status: 'receiving', nextPayout: '2027-01-15' });
      // Recorded from February: January's payout pays nothing of it; April's pays February–March.
      expect((await putReceipts(api, admin, member.id, [receipt('2027-02')])).status).toBe(200);
      const later = (await figures()).items.find((i) => i.programmeId === 'qinghe-old-age');
      expect(later).toMatchObject({ status: 'receiving', nextPayout: '2027-04-15' });
    });
  });
});
