/**
 * Escalation: an emergency nobody acknowledges reaches the webhook, signed, retried with back-off,
 * every try logged; acknowledging stops it; a restart picks the watch up again. The watcher's
 * timers are fired by moving the test clock, so nothing waits for real.
 */
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../../src/server/events/bus';
import type { EscalationAttemptView, HelpCallView } from '../../../src/shared/help/api-types';
import { forEachStore } from '../support/stores';
import {
  activeCalls,
  demoHelp,
  type HelpApi,
  helpApi,
  helpCentre,
  webhookReceiver,
} from './help-api';

const SECRET = 'duty-phone-secret';
const PRESS = { memberId: 'm1', cancelled: false };
const soon = { timeout: 5000 };

const receivers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const r of receivers.splice(0)) await r.close();
});
async function receiver(statuses: number[]) {
  const r = await webhookReceiver(statuses);
  receivers.push(r);
  return r;
}

async function attempts(api: HelpApi, auth: Record<string, string>, id: string) {
  const res = await api.get(`/api/help/calls/${id}/escalations`, auth);
  return ((await res.json()) as { attempts: EscalationAttemptView[] }).attempts;
}

/** Pushes a call and waits until the watcher has its timer. */
async function openCall(api: HelpApi, kiosk: Parameters<HelpApi['push']>[0]) {
  const result = await api.push(kiosk, 'help.call', PRESS);
  await vi.waitFor(() => expect(api.timers.count).toBe(1), soon);
  return (result as { record: { callId: string } }).record.callId;
}

forEachStore((_store, makeDb) => {
  describe('escalation', () => {
    it('an unanswered call is escalated after 60 s: signed POST, retried, every try logged', async () => {
      const hook = await receiver([500, 200]);
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db, {
        escalation: { url: hook.url, secret: SECRET },
      });
      const heard: ServerEvent[] = [];
      api.events.subscribe((e) => heard.push(e));
      const id = await openCall(api, kiosk);
      expect(api.timers.nextDueIn()).toBe(60_000);

      api.timers.advance(59_999);
      expect(hook.received).toHaveLength(0);
      api.timers.advance(1);
      await vi.waitFor(() => expect(hook.received).toHaveLength(1), soon);
      const [first] = hook.received;
      const timestamp = String(first?.headers['x-nuanxin-timestamp']);
      expect(timestamp).toBe(String(Date.parse('2026-11-25T02:01:00.000Z') / 1000));
      const expected = createHmac('sha256', SECRET)
        .update(`${timestamp}.${first?.body}`)
        .digest('hex');
      expect(first?.headers['x-nuanxin-signature']).toBe(`sha256=${expected}`);
      expect(first?.headers['content-type']).toBe('application/json');
      expect(JSON.parse(first?.body ?? '')).toEqual({
        callId: id,
        centre: { name: '长青社区服务中心', dutyPhone: '021-5555-0100' },
        kiosk: { id: kiosk.kioskId, name: '大厅 1', location: '一楼大厅' },
        member: {
          name: '李秀英',
          phone: '13800000001',
          address: '长青路 1 号',
          emergencyContact: { name: '李强', phone: '13900000002', relation: '儿子' },
        },
        pressedAt: '2026-11-25T01:59:58.000Z',
        receivedAt: '2026-11-25T02:00:00.000Z',
        escalatedAt: '2026-11-25T02:01:00.000Z',
      });

      // Red on the console, the phone on the kiosk.
      const [call] = await activeCalls(api, staff.auth);
      expect(call).toMatchObject({ status: 'open', escalatedAt: '2026-11-25T02:01:00.000Z' });
      expect((await api.feed(kiosk)).get(`help-call:${id}`)).toMatchObject({
        escalatedAt: '2026-11-25T02:01:00.000Z',
      });
      expect(
        heard
          .filter((e) => e.type === 'help.call')
          .map((e) => (e as { call: HelpCallView }).call.escalatedAt)
          .slice(0, 2),
      ).toEqual([null, '2026-11-25T02:01:00.000Z']);

      // The first try failed: the next one 5 s later.
      await vi.waitFor(() => expect(api.timers.nextDueIn()).toBe(5_000), soon);
      api.timers.advance(5_000);
      await vi.waitFor(() => expect(hook.received).toHaveLength(2), soon);
      await vi.waitFor(
        async () => expect(await attempts(api, staff.auth, id)).toHaveLength(2),
        soon,
      );
      expect(await attempts(api, staff.auth, id)).toEqual([
        { attempt: 1, at: '2026-11-25T02:01:00.000Z', outcome: 'http-error', httpStatus: 500 },
        { attempt: 2, at: '2026-11-25T02:01:05.000Z', outcome: 'delivered', httpStatus: 200 },
      ]);
      expect(api.timers.count).toBe(0);
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'help.escalated')
        .execute();
      expect(audit).toMatchObject([{ actor_label: 'system', subject_id: id }]);
    });

    it('acknowledged in time: nothing is sent', async () => {
      const hook = await receiver([200]);
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db, {
        escalation: { url: hook.url, secret: SECRET },
      });
      const id = await openCall(api, kiosk);
      api.timers.advance(30_000);
      await api.post(`/api/help/calls/${id}/ack`, undefined, staff.auth);
      await vi.waitFor(() => expect(api.timers.count).toBe(0), soon);
      api.timers.advance(10 * 60_000);
      expect(hook.received).toEqual([]);
      expect((await activeCalls(api, staff.auth))[0]?.escalatedAt).toBeNull();
      expect(await attempts(api, staff.auth, id)).toEqual([]);
    });

    it('retries stop once someone acknowledges', async () => {
      const hook = await receiver([503]);
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db, {
        escalation: { url: hook.url, secret: SECRET },
      });
      const id = await openCall(api, kiosk);
      api.timers.advance(60_000);
      await vi.waitFor(() => expect(hook.received).toHaveLength(1), soon);
      await vi.waitFor(() => expect(api.timers.count).toBe(1), soon);
      await api.post(`/api/help/calls/${id}/ack`, undefined, staff.auth);
      await vi.waitFor(() => expect(api.timers.count).toBe(0), soon);
      api.timers.advance(60 * 60_000);
      expect(hook.received).toHaveLength(1);
      expect(await attempts(api, staff.auth, id)).toHaveLength(1);
    });

    it('gives up after 8 tries with growing waits; an unreachable receiver is logged too', async () => {
      const hook = await receiver([503]);
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db, {
        escalation: { url: hook.url, secret: SECRET },
      });
      const id = await openCall(api, kiosk);
      api.timers.advance(60_000);
      const waits: number[] = [];
      for (let n = 1; n < 8; n++) {
        await vi.waitFor(
          async () => expect(await attempts(api, staff.auth, id)).toHaveLength(n),
          soon,
        );
        await vi.waitFor(() => expect(api.timers.count).toBe(1), soon);
        const wait = api.timers.nextDueIn() ?? 0;
        waits.push(wait);
        if (n === 6) await hook.close(); // the last two find nobody listening
        api.timers.advance(wait);
      }
      await vi.waitFor(
        async () => expect(await attempts(api, staff.auth, id)).toHaveLength(8),
        soon,
      );
      expect(waits).toEqual([5_000, 15_000, 45_000, 120_000, 300_000, 600_000, 900_000]);
      expect(api.timers.count).toBe(0);
      expect(hook.received).toHaveLength(6);
      const tried = await attempts(api, staff.auth, id);
      expect(tried.slice(0, 6).every((a) => a.httpStatus === 503)).toBe(true);
      expect(tried.slice(6)).toMatchObject([
        { attempt: 7, httpStatus: null, outcome: 'unreachable' },
        { attempt: 8, httpStatus: null, outcome: 'unreachable' },
      ]);
    });

    it('without a webhook the call is still escalated, and the log says nobody was called', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      const id = await openCall(api, kiosk);
      api.timers.advance(60_000);
      await vi.waitFor(
        async () => expect((await activeCalls(api, staff.auth))[0]?.escalatedAt).not.toBeNull(),
        soon,
      );
      expect(await attempts(api, staff.auth, id)).toEqual([
        { attempt: 1, at: '2026-11-25T02:01:00.000Z', outcome: 'not-configured', httpStatus: null },
      ]);
      await vi.waitFor(
        () => expect(api.logs.some((l) => /no escalation webhook is set/.test(l.msg))).toBe(true),
        soon,
      );
    });

    it('waits as long as help.json says', async () => {
      const db = await makeDb();
      const help = demoHelp();
      help.emergency.escalateAfterSeconds = 120;
      const { api, kiosk } = await helpCentre(db, { help });
      await openCall(api, kiosk);
      expect(api.timers.nextDueIn()).toBe(120_000);
    });

    it('a restarted server picks up the calls still open, and tries still owed', async () => {
      const hook = await receiver([500, 200]);
      const db = await makeDb();
      const escalation = { url: hook.url, secret: SECRET };
      const first = await helpCentre(db, { escalation });
      const id = await openCall(first.api, first.kiosk);
      first.api.stop();
      expect(first.api.timers.count).toBe(0);

      const second = helpApi(db, { escalation, clock: first.api.clock });
      await vi.waitFor(() => expect(second.timers.count).toBe(1), soon);
      expect(second.timers.nextDueIn()).toBe(60_000);
      second.timers.advance(60_000);
      await vi.waitFor(() => expect(hook.received).toHaveLength(1), soon);
      await vi.waitFor(() => expect(second.timers.count).toBe(1), soon);
      second.stop();

      // Down for 2 s between the first try and the second: the second is due 3 s after the restart.
      first.api.clock.advance(2_000);
      const third = helpApi(db, { escalation, clock: first.api.clock });
      await vi.waitFor(() => expect(third.timers.count).toBe(1), soon);
      expect(third.timers.nextDueIn()).toBe(3_000);
      third.timers.advance(3_000);
      await vi.waitFor(() => expect(hook.received).toHaveLength(2), soon);
      await vi.waitFor(
        async () => expect(await attempts(third, first.staff.auth, id)).toHaveLength(2),
        soon,
      );
      expect((await attempts(third, first.staff.auth, id)).map((a) => a.httpStatus)).toEqual([
        500, 200,
      ]);
    });
    it('the recorded outcome says what happened and no more: not configured, failed, delivered', async () => {
      const db = await makeDb();
      const outcomes: Record<string, unknown> = {};
      const words: string[] = [];
      // No receiver: the call is escalated, and the console's view says nobody outside was called.
      {
        const { api, staff, kiosk } = await helpCentre(db);
        const id = await openCall(api, kiosk);
        api.timers.advance(60_000);
        await vi.waitFor(
          async () => expect((await activeCalls(api, staff.auth))[0]?.lastEscalation).toBeTruthy(),
          soon,
        );
        const [call] = await activeCalls(api, staff.auth);
        outcomes.none = call?.lastEscalation;
        words.push(JSON.stringify(call), JSON.stringify(await attempts(api, staff.auth, id)));
        await api.post(`/api/help/calls/${id}/resolve`, {}, staff.auth);
        api.stop();
      }
      expect(outcomes.none).toEqual({
        attempt: 1,
        at: '2026-11-25T02:01:00.000Z',
        outcome: 'not-configured',
        httpStatus: null,
      });

      // A receiver answering 500, then 2xx: failed (with its status), then delivered, live.
      const hook = await receiver([500, 204]);
      const db2 = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db2, {
        escalation: { url: hook.url, secret: SECRET },
      });
      const heard: HelpCallView[] = [];
      api.events.subscribe((e) => {
        if (e.type === 'help.call') heard.push((e as { call: HelpCallView }).call);
      });
      const id = await openCall(api, kiosk);
      api.timers.advance(60_000);
      await vi.waitFor(
        async () =>
          expect((await activeCalls(api, staff.auth))[0]?.lastEscalation).toMatchObject({
            outcome: 'http-error',
            httpStatus: 500,
          }),
        soon,
      );
      await vi.waitFor(() => expect(api.timers.count).toBe(1), soon);
      api.timers.advance(5_000);
      await vi.waitFor(
        async () =>
          expect((await activeCalls(api, staff.auth))[0]?.lastEscalation).toEqual({
            attempt: 2,
            at: '2026-11-25T02:01:05.000Z',
            outcome: 'delivered',
            httpStatus: 204,
          }),
        soon,
      );
      // Consoles hear each try as it is stored, so "delivered" shows without a reload.
      expect(heard.map((c) => c.lastEscalation?.outcome ?? null)).toEqual([
        null,
        null,
        'http-error',
        'delivered',
      ]);
      // Delivered is all it says: the call is still open, nobody has acknowledged it.
      const [call] = await activeCalls(api, staff.auth);
      expect(call).toMatchObject({ status: 'open', ackBy: null });
      words.push(JSON.stringify(heard), JSON.stringify(await attempts(api, staff.auth, id)));
      expect(words.join(' ')).not.toMatch(/answer/i);
    });

    it("each change of a call raises its version, on the console and in the kiosks' feed", async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      const id = await openCall(api, kiosk);
      const versions = async () => [
        (await activeCalls(api, staff.auth))[0]?.version,
        ((await api.feed(kiosk)).get(`help-call:${id}`) as { version?: number }).version,
      ];
      expect(await versions()).toEqual([1, 1]);
      await api.push(kiosk, 'help.call', PRESS); // joins the call
      expect(await versions()).toEqual([2, 2]);
      api.timers.advance(60_000);
      await vi.waitFor(async () => expect(await versions()).toEqual([3, 3]), soon);
      await api.post(`/api/help/calls/${id}/ack`, undefined, staff.auth);
      expect(await versions()).toEqual([4, 4]);
    });
  });
});
