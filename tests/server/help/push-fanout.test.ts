/**
 * A push is answered before the work it sets off for others: the consoles' live events, the help
 * event feed and the escalation timer run once the kiosk has its answer, so under load the push is
 * never held behind them. Nothing is lost by the wait, and nothing is told before it is true.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../../src/server/events/bus';
import { type PushResponse, uuidv7 } from '../../../src/shared/sync/index';
import { forEachStore } from '../support/stores';
import { helpCentre } from './help-api';

const PRESS = { memberId: 'm1', cancelled: false };

forEachStore((_store, makeDb) => {
  describe('push fan-out', () => {
    it('answers the kiosk first, then every console hears the call and escalation is armed', async () => {
      const db = await makeDb();
      const { api, kiosk } = await helpCentre(db);
      const heard: ServerEvent[] = [];
      api.events.subscribe((e) => heard.push(e));
      const timersBefore = api.timers.count;

      const res = await api.post(
        '/api/sync/push',
        {
          kioskId: kiosk.kioskId,
          entries: [
            {
              id: uuidv7(),
              kind: 'help.call',
              payload: { memberId: null, cancelled: false },
              kioskTime: '2026-11-25T09:59:58.000+08:00',
              kioskId: kiosk.kioskId,
            },
          ],
        },
        kiosk.auth,
      );
      // Answered (the response is here): the call is committed, but nobody has been told yet.
      expect(heard.filter((e) => e.type === 'help.call' || e.type === 'sync.pushed')).toEqual([]);
      expect(api.timers.count).toBe(timersBefore);
      const [result] = ((await res.json()) as PushResponse).results;
      expect(result).toMatchObject({ status: 'accepted', record: { status: 'open', presses: 1 } });

      // Then, without anything else happening, the consoles are told and the timer is set.
      await vi.waitFor(() => {
        expect(heard.filter((e) => e.type === 'help.call')).toHaveLength(1);
        expect(api.timers.count).toBe(timersBefore + 1);
      });
      const callId = (result as { record: { callId: string } }).record.callId;
      expect(heard.find((e) => e.type === 'help.call')).toMatchObject({
        call: { id: callId, status: 'open', escalatedAt: null },
      });
      expect(heard.map((e) => e.type)).toContain('sync.pushed');
    });

    it('loses no press of a burst: each is heard once, in the order the log holds them', async () => {
      const db = await makeDb();
      const { api, kiosk, admin } = await helpCentre(db);
      const other = await api.enroll(admin.auth);
      const heard: ServerEvent[] = [];
      api.events.subscribe((e) => heard.push(e));

      // Two kiosks at once, each pressing three times one after the other, as a kiosk sends.
      const pressThrice = async (k: typeof kiosk) => {
        const answers = [];
        for (let i = 0; i < 3; i++) answers.push(await api.push(k, 'help.call', PRESS));
        return answers;
      };
      const presses = (await Promise.all([pressThrice(kiosk), pressThrice(other)])).flat();
      expect(presses.every((p) => p.status === 'accepted')).toBe(true);
      await vi.waitFor(() => expect(heard.filter((e) => e.type === 'help.call')).toHaveLength(6));
      const ids = heard.flatMap((e) => (e.type === 'help.call' ? [e.eventId] : []));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(6);
      // Three presses on each kiosk's one call.
      const calls = heard.flatMap((e) => (e.type === 'help.call' ? [e.call] : []));
      expect(Math.max(...calls.map((c) => c.presses))).toBe(3);
      expect(new Set(calls.map((c) => c.id)).size).toBe(2);
    });

    it('joins presses pushed at the same moment from one kiosk into one call', async () => {
      const db = await makeDb();
      const { api, kiosk } = await helpCentre(db);
      // A shaky hand presses again while the first push is still on its way: separate pushes,
      // in flight together. On PostgreSQL each used to see no live call and open its own.
      const presses = await Promise.all(
        Array.from({ length: 4 }, () => api.push(kiosk, 'help.call', PRESS)),
      );
      expect(presses.every((p) => p.status === 'accepted')).toBe(true);
      const callIds = presses.map((p) => (p as { record: { callId: string } }).record.callId);
      expect(new Set(callIds).size).toBe(1);
      const rows = await db
        .selectFrom('help_calls')
        .select(['id', 'presses'])
        .where('kiosk_id', '=', kiosk.kioskId)
        .execute();
      expect(rows).toEqual([{ id: callIds[0], presses: 4 }]);
    });

    it('tells nobody of a push it refused: no call event, no timer', async () => {
      const db = await makeDb();
      const { api, kiosk } = await helpCentre(db);
      const heard: ServerEvent[] = [];
      api.events.subscribe((e) => heard.push(e));
      const timersBefore = api.timers.count;
      const result = await api.push(kiosk, 'help.unknown', PRESS);
      expect(result).toMatchObject({ status: 'rejected', reason: { code: 'unknown_kind' } });
      await vi.waitFor(() =>
        expect(heard.find((e) => e.type === 'sync.pushed')).toMatchObject({
          accepted: 0,
          rejected: 1,
        }),
      );
      expect(heard.filter((e) => e.type === 'help.call')).toEqual([]);
      expect(api.timers.count).toBe(timersBefore);
    });
  });
});
