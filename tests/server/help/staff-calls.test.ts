/**
 * 呼叫工作人员 (help.staff-call): a non-urgent call that reaches every console with the kiosk's
 * place, is acknowledged by name like an emergency and told back to the kiosk, but is never
 * escalated to the duty line, and is a call of its own beside an emergency from the same kiosk.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../../src/server/events/bus';
import type { HelpCallView } from '../../../src/shared/help/api-types';
import { forEachStore } from '../support/stores';
import { activeCalls, helpCentre, webhookReceiver } from './help-api';

const soon = { timeout: 5000 };

forEachStore((_store, makeDb) => {
  describe('help.staff-call', () => {
    it('is created with its place, acknowledged by name, told to the kiosk, and never escalated', async () => {
      const hook = await webhookReceiver([200]);
      try {
        const db = await makeDb();
        const { api, staff, kiosk } = await helpCentre(db, {
          escalation: { url: hook.url, secret: 'duty-phone-secret' },
        });
        const heard: ServerEvent[] = [];
        api.events.subscribe((e) => heard.push(e));

        const result = await api.push(kiosk, 'help.staff-call', { memberId: null });
        expect(result).toMatchObject({ status: 'accepted', record: { status: 'open' } });
        const callId = (result as { record: { callId: string } }).record.callId;
        const [call] = await activeCalls(api, staff.auth);
        expect(call).toMatchObject({
          id: callId,
          kind: 'staff',
          kioskName: '大厅 1',
          kioskLocation: '一楼大厅',
          member: null,
          status: 'open',
        });
        await vi.waitFor(
          () =>
            expect(
              heard.some(
                (e) =>
                  e.type === 'help.call' && (e as { call: HelpCallView }).call.kind === 'staff',
              ),
            ).toBe(true),
          soon,
        );

        // No escalation timer, and none after far longer than an emergency's 60 s.
        expect(api.timers.count).toBe(0);
        api.timers.advance(10 * 60_000);
        expect(hook.received).toEqual([]);
        expect((await activeCalls(api, staff.auth))[0]).toMatchObject({
          status: 'open',
          escalatedAt: null,
          lastEscalation: null,
        });

        const ack = await api.post(`/api/help/calls/${callId}/ack`, undefined, staff.auth);
        expect(ack.status).toBe(200);
        expect(await ack.json()).toMatchObject({
          kind: 'staff',
          status: 'acknowledged',
          ackBy: { id: staff.id, name: '王芳' },
        });
        expect((await api.feed(kiosk)).get(`help-call:${callId}`)).toMatchObject({
          id: callId,
          status: 'acknowledged',
          ackBy: '王芳',
          escalatedAt: null,
        });
        expect(hook.received).toEqual([]);
      } finally {
        await hook.close();
      }
    });

    it('names an identified elder; an unknown id is dropped (anyone may call staff)', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      await api.push(kiosk, 'help.staff-call', { memberId: 'm1' });
      expect(await activeCalls(api, staff.auth)).toMatchObject([
        { kind: 'staff', member: { id: 'm1', name: '李秀英' } },
      ]);
      const other = await helpCentre(await makeDb());
      await other.api.push(other.kiosk, 'help.staff-call', { memberId: 'nobody' });
      expect(await activeCalls(other.api, other.staff.auth)).toMatchObject([
        { kind: 'staff', member: null },
      ]);
    });

    it('presses join the open staff call; an emergency from the same kiosk stays a call of its own and escalates', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      const first = await api.push(kiosk, 'help.staff-call', { memberId: null });
      const again = await api.push(kiosk, 'help.staff-call', { memberId: 'm1' });
      expect(again).toMatchObject({ status: 'accepted', record: { joined: true, presses: 2 } });
      const emergency = await api.push(kiosk, 'help.call', { memberId: null, cancelled: false });
      expect(emergency).toMatchObject({ status: 'accepted', record: { joined: false } });
      const calls = await activeCalls(api, staff.auth);
      expect(calls.map((c) => [c.kind, c.presses]).sort()).toEqual([
        ['emergency', 1],
        ['staff', 2],
      ]);
      expect(calls.find((c) => c.kind === 'staff')?.id).toBe(
        (first as { record: { callId: string } }).record.callId,
      );
      // The dashboard's "emergency calls not yet closed" counts the emergency alone.
      const dashboard = await api.get('/api/dashboard', staff.auth);
      expect(((await dashboard.json()) as { today: { openCalls: number } }).today.openCalls).toBe(
        1,
      );
      // Only the emergency is timed for escalation.
      await vi.waitFor(() => expect(api.timers.count).toBe(1), soon);
      api.timers.advance(60_000);
      await vi.waitFor(async () => {
        const now = await activeCalls(api, staff.auth);
        expect(now.find((c) => c.kind === 'emergency')?.escalatedAt).not.toBeNull();
        expect(now.find((c) => c.kind === 'staff')?.escalatedAt).toBeNull();
      }, soon);
    });

    it('refuses a malformed payload', async () => {
      const db = await makeDb();
      const { api, kiosk } = await helpCentre(db);
      expect(await api.push(kiosk, 'help.staff-call', { memberId: 1 })).toMatchObject({
        status: 'rejected',
      });
    });
  });
});
