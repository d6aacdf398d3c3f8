import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { publishChange } from '../../../src/server/sync/changes';
import {
  CARD_KEY_CHANGE,
  MEMBER_CHANGE,
  type MemberView,
  RosterMemberSchema,
} from '../../../src/shared/members/index';
import {
  changeTypes,
  MAX_CHANGES,
  type PullResponse,
  PullResponseSchema,
  validateChange,
} from '../../../src/shared/sync/index';
import { membersApi } from '../members/members-api';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';

const KIOSK_TYPES = changeTypes(MEMBER_CHANGE, CARD_KEY_CHANGE);

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = membersApi(db);
    const admin = await api.admin();
    const kiosk = await api.enroll(admin);
    const pull = (cursor: string | null, kioskId = kiosk.kioskId, auth = kiosk.auth) =>
      api.post('/api/sync/pull', { kioskId, cursor }, auth);
    const pulled = async (cursor: string | null) => {
      const res = await pull(cursor);
      expect(res.status).toBe(200);
      // Exactly the shape the kiosk validates.
      return v.parse(PullResponseSchema, await res.json()) as PullResponse;
    };
    return { db, api, admin, kiosk, pull, pulled };
  }

  describe('pull', () => {
    it('sends everything for a null cursor: the card key, then the roster as RosterMembers', async () => {
      const { api, admin, pulled } = await setup();
      const a = await api.create(admin, {
        cardNumber: '10001',
        pin: '7395',
        phone: '139 0571 1002',
      });
      const b = await api.create(admin, { cardNumber: '10002', name: '李秀英' });
      const answer = await pulled(null);
      expect(answer.more).toBe(false);
      expect(answer.serverTime).toBe('2026-11-24T08:00:00.000Z');
      expect(answer.changes.map((c) => [c.type, c.key, c.op])).toEqual([
        ['card-key', 'centre', 'put'],
        ['member', a.id, 'put'],
        ['member', b.id, 'put'],
      ]);
      for (const change of answer.changes) {
        expect(validateChange(change, KIOSK_TYPES).status).toBe('ok');
        if (change.type === 'member')
          expect(v.safeParse(RosterMemberSchema, change.data).success).toBe(true);
      }
      const text = JSON.stringify(answer);
      expect(text).not.toContain('10001');
      expect(text).not.toContain('0571');
      expect(text).not.toContain('7395');
    });

    it('sends only what is newer than the cursor, and an edit exactly once', async () => {
      const { api, admin, pulled } = await setup();
      const a = await api.create(admin, { cardNumber: '10001' });
      const b = await api.create(admin, { cardNumber: '10002', name: '李秀英' });
      const first = await pulled(null);

      const idle = await pulled(first.cursor);
      expect(idle).toMatchObject({ cursor: first.cursor, changes: [], more: false });

      await api.patch(`/api/members/${a.id}`, { name: '王建华', pin: '2468' }, admin);
      const next = await pulled(first.cursor);
      expect(next.changes).toHaveLength(1);
      expect(next.changes[0]).toMatchObject({ key: a.id, op: 'put', data: { name: '王建华' } });
      expect(next.changes[0]?.data).toMatchObject({ hasPin: true });
      expect(Number(next.cursor)).toBeGreaterThan(Number(first.cursor));
      expect((await pulled(next.cursor)).changes).toEqual([]);

      // The older row was replaced: a kiosk starting afresh reads each member once, as it is now.
      const fresh = await pulled(null);
      expect(fresh.changes.map((c) => c.key)).toEqual(['centre', b.id, a.id]);
      expect(fresh.changes[2]?.data).toMatchObject({ name: '王建华' });
      expect(fresh.cursor).toBe(next.cursor);

      // An edit that changes nothing publishes nothing.
      await api.patch(`/api/members/${a.id}`, { name: '王建华' }, admin);
      expect((await pulled(next.cursor)).changes).toEqual([]);
    });

    it(`pages at ${MAX_CHANGES} changes with more: true`, async () => {
      const { db, pulled } = await setup();
      // Past what enrollment put in the feed (the centre's card key).
      const { cursor } = await pulled(null);
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i <= MAX_CHANGES; i++)
          await publishChange(trx, { type: 'test.item', key: `k${i}`, op: 'put', data: { i } });
        await publishChange(trx, { type: 'test.item', key: 'gone', op: 'delete' });
      });
      const page1 = await pulled(cursor);
      expect(page1.changes).toHaveLength(MAX_CHANGES);
      expect(page1.more).toBe(true);
      expect(page1.changes[0]).toEqual({ type: 'test.item', key: 'k0', op: 'put', data: { i: 0 } });
      const page2 = await pulled(page1.cursor);
      expect(page2.more).toBe(false);
      expect(page2.changes).toEqual([
        { type: 'test.item', key: `k${MAX_CHANGES}`, op: 'put', data: { i: MAX_CHANGES } },
        { type: 'test.item', key: 'gone', op: 'delete' },
      ]);
    });

    it('refuses a cursor it never gave out with a 400 in words', async () => {
      const { api, admin, kiosk, pull, pulled } = await setup();
      await api.create(admin);
      const { cursor } = await pulled(null);
      for (const bad of ['abc', '-1', '1.5', '', String(Number(cursor) + 1), '9'.repeat(30)]) {
        const res = await pull(bad);
        expect(res.status, bad).toBe(400);
        const { error } = (await res.json()) as ErrorJson;
        expect(error.message, bad).toMatch(/cursor/);
      }
      const missing = await api.post('/api/sync/pull', { kioskId: kiosk.kioskId }, kiosk.auth);
      expect(missing.status).toBe(400);
    });

    it('answers only enrolled kiosks, each for itself', async () => {
      const { api, admin, kiosk, pull } = await setup();
      const none = await api.post('/api/sync/pull', { kioskId: kiosk.kioskId, cursor: null });
      expect(none.status).toBe(401);
      const unknown = await pull(null, kiosk.kioskId, { authorization: 'Bearer not-a-real-token' });
      expect(unknown.status).toBe(401);
      expect(((await unknown.json()) as ErrorJson).error.code).toBe('kiosk_not_enrolled');
      // A staff session is not a kiosk.
      const staff = await api.post(
        '/api/sync/pull',
        { kioskId: kiosk.kioskId, cursor: null },
        admin,
      );
      expect(staff.status).toBe(401);
      const other = await api.enroll(admin, '大厅 2');
      const mismatch = await pull(null, other.kioskId);
      expect(mismatch.status).toBe(403);
      expect(((await mismatch.json()) as ErrorJson).error.code).toBe('kiosk_mismatch');
      const revoked = await api.post(`/api/kiosks/${kiosk.kioskId}/revoke`, undefined, admin);
      expect(revoked.status).toBe(200);
      expect((await pull(null)).status).toBe(401);
    });

    it('keeps the feed in step with the register: a refused write publishes nothing', async () => {
      const { api, admin, pulled } = await setup();
      const made: MemberView = await api.create(admin, { cardNumber: '10001' });
      const { cursor } = await pulled(null);
      await api.create(admin, { cardNumber: '10002', name: '李秀英' });
      expect(
        (await api.patch(`/api/members/${made.id}`, { cardNumber: '10002' }, admin)).status,
      ).toBe(409);
      const after = await pulled(cursor);
      expect(after.changes).toHaveLength(1);
      expect(after.changes[0]?.key).not.toBe(made.id);
    });
  });
});
