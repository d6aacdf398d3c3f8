/** Emergency calls: the help.call applier (open, join, cancel) and the console's ack / resolve / false alarm. */
import { describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../../src/server/events/bus';
import type { HelpCallView } from '../../../src/shared/help/api-types';
import type { HelpCallState } from '../../../src/shared/help/changes';
import { type ErrorJson, HOUR } from '../support/api';
import { forEachStore } from '../support/stores';
import { activeCalls, helpCentre, START } from './help-api';

const PRESS = { memberId: 'm1', cancelled: false };

forEachStore((_store, makeDb) => {
  describe('help.call', () => {
    it('opens a call with the kiosk, its place and the member, for kiosks and consoles', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      const heard: ServerEvent[] = [];
      api.events.subscribe((e) => heard.push(e));

      const result = await api.push(kiosk, 'help.call', PRESS, {
        id: '0193b1de-4a3c-7f21-9a4e-5c6d7e8f9a01',
      });
      expect(result).toMatchObject({
        status: 'accepted',
        record: { callId: '0193b1de-4a3c-7f21-9a4e-5c6d7e8f9a01', status: 'open', presses: 1 },
      });
      await vi.waitFor(() => expect(heard.filter((e) => e.type === 'help.call')).toHaveLength(1));
      const event = heard.find((e) => e.type === 'help.call');
      const [call] = await activeCalls(api, staff.auth);
      expect(call).toMatchObject({
        id: '0193b1de-4a3c-7f21-9a4e-5c6d7e8f9a01',
        kioskId: kiosk.kioskId,
        kioskName: '大厅 1',
        kioskLocation: '一楼大厅',
        status: 'open',
        pressedAt: '2026-11-25T01:59:58.000Z',
        receivedAt: START,
        lateSeconds: 2,
        presses: 1,
        ackBy: null,
        escalatedAt: null,
        version: 1,
        lastEscalation: null,
        member: {
          id: 'm1',
          name: '李秀英',
          phone: '13800000001',
          emergencyName: '李强',
          emergencyPhone: '13900000002',
          emergencyRelation: '儿子',
          livesAlone: true,
        },
      });
      expect(event).toMatchObject({ type: 'help.call', call });
      const feed = await api.feed(kiosk);
      expect(feed.get(`help-call:${call?.id}`)).toEqual({
        id: call?.id ?? '',
        kioskId: kiosk.kioskId,
        status: 'open',
        pressedAt: '2026-11-25T01:59:58.000Z',
        receivedAt: START,
        ackBy: null,
        ackAt: null,
        escalatedAt: null,
        closedAt: null,
        version: 1,
      } satisfies HelpCallState);
    });

    it('joins repeated presses on one kiosk into its open call; another kiosk has its own', async () => {
      const db = await makeDb();
      const { api, admin, staff, kiosk } = await helpCentre(db);
      const first = await api.push(kiosk, 'help.call', { memberId: null, cancelled: false });
      const again = await api.push(kiosk, 'help.call', PRESS);
      expect(again).toMatchObject({ status: 'accepted', record: { joined: true, presses: 2 } });
      const other = await api.enroll(admin.auth, '二楼', '二楼活动室');
      await api.push(other, 'help.call', { memberId: null, cancelled: false });
      const calls = await activeCalls(api, staff.auth);
      expect(calls).toHaveLength(2);
      const joined = calls.find((c) => c.kioskId === kiosk.kioskId);
      expect(joined).toMatchObject({ presses: 2, member: { id: 'm1' } });
      expect(joined?.id).toBe((first as { record: { callId: string } }).record.callId);
      // Acknowledged calls still collect presses.
      await api.post(`/api/help/calls/${joined?.id}/ack`, undefined, staff.auth);
      await api.push(kiosk, 'help.call', PRESS);
      expect((await activeCalls(api, staff.auth)).find((c) => c.id === joined?.id)?.presses).toBe(
        3,
      );
    });

    it('a press cancelled in the countdown is logged, but alerts nobody and never escalates', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      const heard: ServerEvent[] = [];
      api.events.subscribe((e) => heard.push(e));
      const result = await api.push(kiosk, 'help.call', { memberId: 'm1', cancelled: true });
      expect(result).toMatchObject({ status: 'accepted', record: { status: 'cancelled' } });
      // The push was answered, so anything it logged has been pumped by now.
      await vi.waitFor(() => expect(heard.some((e) => e.type === 'sync.pushed')).toBe(true));
      await api.post('/api/help/calls/x/ack', undefined, staff.auth); // a pump of its own
      expect(heard.filter((e) => e.type === 'help.call')).toEqual([]);
      expect(await db.selectFrom('help_events').selectAll().execute()).toEqual([]);
      expect(await activeCalls(api, staff.auth)).toEqual([]);
      expect([...(await api.feed(kiosk)).keys()].filter((k) => k.startsWith('help-call'))).toEqual(
        [],
      );
      expect(api.timers.count).toBe(0);
      const day = await api.get('/api/help/calls?from=2026-11-25&to=2026-11-25', staff.auth);
      expect(((await day.json()) as { calls: HelpCallView[] }).calls).toMatchObject([
        { status: 'cancelled', member: { id: 'm1' } },
      ]);
      // A cancelled press does not join (or open) a call for the next real one.
      await api.push(kiosk, 'help.call', PRESS);
      expect(await activeCalls(api, staff.auth)).toMatchObject([{ presses: 1 }]);
    });

    it('an unknown member never stops an emergency: the call goes out without a name', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      expect(
        await api.push(kiosk, 'help.call', { memberId: 'nobody', cancelled: false }),
      ).toMatchObject({
        status: 'accepted',
      });
      expect(await activeCalls(api, staff.auth)).toMatchObject([{ member: null }]);
    });

    it('a resent entry is not another press', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      const id = '0193b1de-4a3c-7f21-9a4e-5c6d7e8f9a02';
      await api.push(kiosk, 'help.call', PRESS, { id });
      await api.push(kiosk, 'help.call', PRESS, { id });
      expect(await activeCalls(api, staff.auth)).toMatchObject([{ id, presses: 1 }]);
    });

    it('refuses a malformed payload', async () => {
      const db = await makeDb();
      const { api, kiosk } = await helpCentre(db);
      expect(await api.push(kiosk, 'help.call', { memberId: 'm1' })).toMatchObject({
        status: 'rejected',
        reason: { code: 'invalid_payload' },
      });
    });
  });

  describe('the console on calls', () => {
    it('acknowledging names the staff member to the kiosk; a second ack keeps the first name', async () => {
      const db = await makeDb();
      const { api, admin, staff, kiosk } = await helpCentre(db);
      await api.push(kiosk, 'help.call', PRESS);
      const [call] = await activeCalls(api, staff.auth);
      api.clock.advance(12_000);
      const res = await api.post(`/api/help/calls/${call?.id}/ack`, undefined, staff.auth);
      expect(res.status).toBe(200);
      const acked = (await res.json()) as HelpCallView;
      expect(acked).toMatchObject({
        status: 'acknowledged',
        ackBy: { id: staff.id, name: '王芳' },
        ackAt: '2026-11-25T02:00:12.000Z',
      });
      expect((await api.feed(kiosk)).get(`help-call:${call?.id}`)).toMatchObject({
        status: 'acknowledged',
        ackBy: '王芳',
      });
      const second = await api.post(`/api/help/calls/${call?.id}/ack`, undefined, admin.auth);
      expect(second.status).toBe(200);
      expect(((await second.json()) as HelpCallView).ackBy?.name).toBe('王芳');
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', 'like', 'help.%')
        .execute();
      expect(audit.map((a) => [a.action, a.actor_id, a.subject_id])).toEqual([
        ['help.acknowledged', staff.id, call?.id],
      ]);
    });

    it('resolve closes the call with a note; a closed call cannot be closed again', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      await api.push(kiosk, 'help.call', PRESS);
      const [call] = await activeCalls(api, staff.auth);
      await api.post(`/api/help/calls/${call?.id}/ack`, undefined, staff.auth);
      api.clock.advance(5 * 60_000);
      const res = await api.post(
        `/api/help/calls/${call?.id}/resolve`,
        { note: '扶起来了，没有受伤' },
        staff.auth,
      );
      expect(await res.json()).toMatchObject({
        status: 'resolved',
        resolvedBy: { name: '王芳' },
        note: '扶起来了，没有受伤',
        closedAt: '2026-11-25T02:05:00.000Z',
      });
      expect(await activeCalls(api, staff.auth)).toEqual([]);
      for (const path of ['resolve', 'false-alarm', 'ack']) {
        const again = await api.post(
          `/api/help/calls/${call?.id}/${path}`,
          { reason: 'x' },
          staff.auth,
        );
        expect(again.status).toBe(409);
        expect(((await again.json()) as ErrorJson).error.message).toBe(
          'This call was already resolved.',
        );
      }
      // The next press opens a new call rather than joining the closed one.
      await api.push(kiosk, 'help.call', PRESS);
      const [fresh] = await activeCalls(api, staff.auth);
      expect(fresh?.id).not.toBe(call?.id);
      const actions = await db
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'help.%')
        .execute();
      expect(actions.map((a) => a.action)).toEqual(['help.acknowledged', 'help.resolved']);
    });

    it('a false alarm needs a reason in words', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      await api.push(kiosk, 'help.call', PRESS);
      const [call] = await activeCalls(api, staff.auth);
      for (const body of [{}, { reason: '   ' }, { reason: 7 }, { reason: 'x'.repeat(501) }]) {
        const res = await api.post(`/api/help/calls/${call?.id}/false-alarm`, body, staff.auth);
        expect(res.status).toBe(400);
        expect(((await res.json()) as ErrorJson).error.message).toMatch(/reason/);
      }
      const res = await api.post(
        `/api/help/calls/${call?.id}/false-alarm`,
        { reason: ' 孙子按着玩 ' },
        staff.auth,
      );
      expect(await res.json()).toMatchObject({ status: 'false-alarm', note: '孙子按着玩' });
      expect((await api.feed(kiosk)).get(`help-call:${call?.id}`)).toMatchObject({
        status: 'false-alarm',
      });
    });

    it('unknown calls are 404 in words; signed-out is 401; every staff role may answer', async () => {
      const db = await makeDb();
      const { api, staff, kitchen, kiosk } = await helpCentre(db);
      const missing = await api.post('/api/help/calls/nope/ack', undefined, kitchen.auth);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as ErrorJson).error.message).toBe(
        'There is no emergency call with this id.',
      );
      // The attempts are the calls page's (the desk's): the kitchen is only rung.
      expect((await api.get('/api/help/calls/nope/escalations', staff.auth)).status).toBe(404);
      expect((await api.get('/api/help/calls?active=1')).status).toBe(401);
      for (const q of [
        '',
        'active=2',
        'from=2026-11-25',
        'active=1&from=2026-11-01&to=2026-11-02',
        'from=2026-11-30&to=2026-11-01',
        'from=2024-01-01&to=2026-01-01',
      ])
        expect((await api.get(`/api/help/calls?${q}`, kitchen.auth)).status).toBe(400);
      await api.push(kiosk, 'help.call', PRESS);
      const [call] = await activeCalls(api, kitchen.auth);
      expect(
        (await api.post(`/api/help/calls/${call?.id}/ack`, undefined, kitchen.auth)).status,
      ).toBe(200);
    });

    it('a closed call leaves the kiosks’ feed with the next call change a day later', async () => {
      const db = await makeDb();
      const { api, admin, staff, kiosk } = await helpCentre(db);
      await api.push(kiosk, 'help.call', PRESS);
      const [call] = await activeCalls(api, staff.auth);
      await api.post(`/api/help/calls/${call?.id}/resolve`, {}, staff.auth);
      const other = await api.enroll(admin.auth, '二楼');
      api.clock.advance(23 * HOUR);
      await api.push(other, 'help.call', PRESS);
      expect((await api.feed(kiosk)).has(`help-call:${call?.id}`)).toBe(true);
      api.clock.advance(2 * HOUR);
      await api.push(other, 'help.call', PRESS);
      expect((await api.feed(kiosk)).has(`help-call:${call?.id}`)).toBe(false);
      const deleted = await db
        .selectFrom('changes')
        .selectAll()
        .where('key', '=', call?.id ?? '')
        .execute();
      expect(deleted).toMatchObject([{ type: 'help-call', op: 'delete' }]);
    });
  });
});
