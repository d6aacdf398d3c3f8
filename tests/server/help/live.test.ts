/**
 * Live: help events on the console's stream with ids, caught up by Last-Event-ID across a restart
 * (no gap, no duplicate), complaints for admins only; and the kiosk's own live stream.
 */
import { describe, expect, it, vi } from 'vitest';
import type { HelpCallView, ServiceRequestView } from '../../../src/shared/help/api-types';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';
import { helpApi, helpCentre, sseStream } from './help-api';

const PRESS = { memberId: 'm1', cancelled: false };

forEachStore((_store, makeDb) => {
  describe('GET /api/events and help', () => {
    it('sends each help event with its id; ready names the newest id', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      await api.push(kiosk, 'help.call', PRESS);
      const stream = sseStream(await api.get('/api/events', staff.auth));
      const ready = await stream.nextOf('ready');
      expect(ready.id).toBe('1');
      const pushed = await api.push(kiosk, 'help.call', PRESS);
      const event = await stream.nextOf('help.call');
      expect(event.id).toBe('2');
      expect(event.data).toMatchObject({
        id: (pushed as { record: { callId: string } }).record.callId,
        presses: 2,
        kioskName: '大厅 1',
      } satisfies Partial<HelpCallView>);
      await stream.cancel();
    });

    it('a console reconnecting with Last-Event-ID after a restart gets what it missed, once', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      await api.push(kiosk, 'help.call', PRESS);
      const first = sseStream(await api.get('/api/events', staff.auth));
      const seen = (await first.nextOf('ready')).id ?? '';
      await first.cancel();
      // While the console is away: the call is acknowledged and a request arrives; then a restart.
      const [call] = (
        (await (await api.get('/api/help/calls?active=1', staff.auth)).json()) as {
          calls: HelpCallView[];
        }
      ).calls;
      await api.post(`/api/help/calls/${call?.id}/ack`, undefined, staff.auth);
      await api.push(kiosk, 'service.request', {
        memberId: 'm1',
        category: 'advice',
        when: null,
        where: null,
      });
      api.stop();

      const restarted = helpApi(db, { clock: api.clock });
      for (const asked of [{ 'last-event-id': seen }, {}] as Record<string, string>[]) {
        const path = 'last-event-id' in asked ? '/api/events' : `/api/events?lastEventId=${seen}`;
        const stream = sseStream(await restarted.get(path, { ...staff.auth, ...asked }));
        expect((await stream.nextEvent()).event).toBe('ready');
        const acked = await stream.nextEvent();
        expect(acked).toMatchObject({ event: 'help.call', id: String(Number(seen) + 1) });
        expect((acked.data as HelpCallView).ackBy?.name).toBe('王芳');
        expect(await stream.nextEvent()).toMatchObject({
          event: 'help.request',
          id: String(Number(seen) + 2),
          data: { category: 'advice' },
        });
        // Then live, without repeating the replayed ones (the second pass also replays the first
        // pass's live call before its own).
        const extra = await restarted.enroll(
          (await restarted.signIn(`a${Date.now()}`, 'admin')).auth,
        );
        await restarted.push(extra, 'help.call', PRESS);
        const ids = [Number(seen) + 1, Number(seen) + 2];
        for (;;) {
          const live = await stream.nextOf('help.call');
          ids.push(Number(live.id));
          if ((live.data as HelpCallView).kioskId === extra.kioskId) break;
        }
        expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
        expect(ids).toHaveLength('last-event-id' in asked ? 3 : 4);
        await stream.cancel();
      }
    });

    it('an id from another database starts afresh instead of waiting for numbers to catch up', async () => {
      const db = await makeDb();
      const { api, staff } = await helpCentre(db);
      const stream = sseStream(
        await api.get('/api/events', { ...staff.auth, 'last-event-id': '999' }),
      );
      expect(await stream.nextEvent()).toMatchObject({ event: 'ready', id: '0' });
      await stream.cancel();
    });

    it('complaints reach admins’ streams only, live and replayed', async () => {
      const db = await makeDb();
      const { api, admin, staff, kiosk } = await helpCentre(db);
      const staffStream = sseStream(await api.get('/api/events', staff.auth));
      const adminStream = sseStream(await api.get('/api/events', admin.auth));
      await staffStream.nextOf('ready');
      await adminStream.nextOf('ready');
      await api.push(kiosk, 'service.request', {
        memberId: null,
        category: 'complaint',
        when: null,
        where: null,
      });
      await api.push(kiosk, 'service.request', {
        memberId: 'm1',
        category: 'advice',
        when: null,
        where: null,
      });
      const toAdmin = [
        await adminStream.nextOf('help.request'),
        await adminStream.nextOf('help.request'),
      ];
      expect(toAdmin.map((e) => (e.data as ServiceRequestView).category)).toEqual([
        'complaint',
        'advice',
      ]);
      const toStaff = await staffStream.nextOf('help.request');
      expect(toStaff).toMatchObject({ id: '2', data: { category: 'advice' } });
      await staffStream.cancel();
      await adminStream.cancel();

      const replay = sseStream(
        await api.get('/api/events', { ...staff.auth, 'last-event-id': '0' }),
      );
      await replay.nextOf('ready');
      expect(await replay.nextOf('help.request')).toMatchObject({ id: '2' });
      await replay.cancel();
    });

    it('keeps the stream’s old behaviour for other events', async () => {
      const db = await makeDb();
      const { api, admin } = await helpCentre(db);
      const stream = sseStream(await api.get('/api/events', admin.auth));
      await stream.nextOf('ready');
      api.events.publish({ type: 'members.changed' });
      expect(await stream.nextEvent()).toEqual({
        event: 'members.changed',
        id: null,
        data: { type: 'members.changed' },
      });
      await stream.cancel();
      // The help runtime observes the bus without counting as a stream.
      await vi.waitFor(() => expect(api.events.listenerCount).toBe(0));
    });
  });

  describe('GET /api/sync/live', () => {
    it('needs the kiosk’s device token', async () => {
      const db = await makeDb();
      const { api } = await helpCentre(db);
      for (const auth of [{}, { authorization: 'Bearer not-a-token' }] as Record<
        string,
        string
      >[]) {
        const res = await api.get('/api/sync/live', auth);
        expect(res.status).toBe(401);
        expect(((await res.json()) as ErrorJson).error.code).toBe('kiosk_not_enrolled');
      }
    });

    it('says `changed` with the cursor at once, and again whenever the feed moves', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db, { eventsHeartbeatMs: 20 });
      await api.push(kiosk, 'help.call', PRESS);
      // The kiosk's first pull: it also publishes the roster items of the members this fixture
      // wrote straight into the register (the server publishes what a pull would otherwise miss).
      await api.post('/api/sync/pull', { kioskId: kiosk.kioskId, cursor: null }, kiosk.auth);
      const res = await api.get('/api/sync/live', kiosk.auth);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const stream = sseStream(res);
      const first = await stream.nextOf('changed');
      const cursor = Number((first.data as { cursor: string }).cursor);
      const pulled = await api.post(
        '/api/sync/pull',
        { kioskId: kiosk.kioskId, cursor: null },
        kiosk.auth,
      );
      // The notice names the feed's newest number; a pull's cursor ends with it ("txid.seq" on
      // PostgreSQL, where a cursor also carries the writing transaction).
      const kioskCursor = ((await pulled.json()) as { cursor: string }).cursor;
      expect(cursor).toBe(Number(kioskCursor.split('.').pop()));

      // Staff acknowledge on the console: the kiosk hears of it without waiting for its timer.
      const [call] = (
        (await (await api.get('/api/help/calls?active=1', staff.auth)).json()) as {
          calls: HelpCallView[];
        }
      ).calls;
      await api.post(`/api/help/calls/${call?.id}/ack`, undefined, staff.auth);
      const next = await stream.nextOf('changed');
      const moved = Number((next.data as { cursor: string }).cursor);
      expect(moved).toBeGreaterThan(cursor);
      const after = await api.post(
        '/api/sync/pull',
        { kioskId: kiosk.kioskId, cursor: kioskCursor },
        kiosk.auth,
      );
      expect(
        ((await after.json()) as { changes: { type: string; data: { ackBy: string } }[] }).changes,
      ).toMatchObject([{ type: 'help-call', data: { ackBy: '王芳' } }]);
      // Heartbeats keep an idle stream alive.
      let message = await stream.next();
      while (!('comment' in message)) message = await stream.next();
      expect(message).toEqual({ comment: 'heartbeat' });
      await stream.cancel();
    });
  });
});
