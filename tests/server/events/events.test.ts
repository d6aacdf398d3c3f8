import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { EventBus, type ServerEvent } from '../../../src/server/events/bus';
import { publishAfterChange } from '../../../src/server/events/events.routes';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';
import { liveApi, sseReader } from './live-api';

describe('EventBus', () => {
  it('hands each event to every listener until it unsubscribes, despite one that throws', () => {
    const errors: unknown[] = [];
    const bus = new EventBus((error) => errors.push(error));
    const heard: string[] = [];
    const stop = bus.subscribe((e) => heard.push(`a:${e.type}`));
    bus.subscribe(() => {
      throw new Error('broken listener');
    });
    bus.subscribe((e) => heard.push(`b:${e.type}`));
    bus.publish({ type: 'members.changed' });
    stop();
    bus.publish({ type: 'kiosks.changed' });
    expect(heard).toEqual(['a:members.changed', 'b:members.changed', 'b:kiosks.changed']);
    expect(errors).toHaveLength(2);
    expect(bus.listenerCount).toBe(2);
  });

  it('unsubscribes one subscription of the same function at a time', () => {
    const bus = new EventBus();
    const heard: ServerEvent[] = [];
    const listener = (e: ServerEvent) => heard.push(e);
    const first = bus.subscribe(listener);
    bus.subscribe(listener);
    first();
    first();
    bus.publish({ type: 'kiosks.changed' });
    expect(heard).toHaveLength(1);
  });
});

describe('publishAfterChange', () => {
  function app(bus: EventBus) {
    return new Hono()
      .use(
        '/members/*',
        publishAfterChange(bus, 'members.changed', (u) => u.searchParams.has('dry')),
      )
      .get('/members', (c) => c.json({}))
      .post('/members', (c) => c.json({}, 201))
      .post('/members/bad', (c) => c.json({}, 409))
      .post('/members/import', (c) => c.json({}));
  }

  it('publishes after a change that succeeded, not after a read, a refusal or a dry run', async () => {
    const bus = new EventBus();
    const heard: string[] = [];
    bus.subscribe((e) => heard.push(e.type));
    const a = app(bus);
    await a.request('/members');
    await a.request('/members/bad', { method: 'POST' });
    await a.request('/members/import?dry=1', { method: 'POST' });
    expect(heard).toEqual([]);
    await a.request('/members', { method: 'POST' });
    await a.request('/members/import', { method: 'POST' });
    expect(heard).toEqual(['members.changed', 'members.changed']);
  });
});

forEachStore((_store, makeDb) => {
  describe('GET /api/events', () => {
    it('needs a signed-in staff member', async () => {
      const api = liveApi(await makeDb());
      const res = await api.get('/api/events');
      expect(res.status).toBe(401);
      expect(((await res.json()) as ErrorJson).error.code).toBe('not_logged_in');
      expect(api.events.listenerCount).toBe(0);
    });

    it('streams a push as kiosk.seen and sync.pushed, to any staff role', async () => {
      const api = liveApi(await makeDb());
      const admin = await api.signIn();
      const kiosk = await api.enroll(admin);
      const staff = await api.signIn('wangfang', 'staff');

      const res = await api.get('/api/events', staff);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const stream = sseReader(res);
      expect(await stream.nextEvent()).toEqual({ event: 'ready', data: {} });

      api.clock.advance(5 * 60 * 1000);
      const pushed = await api.push(kiosk, ['one', 'no', 'two'], {
        'x-kiosk-outbox-length': '4',
        'x-kiosk-last-error': encodeURIComponent('连不上中心的服务器'),
      });
      expect(pushed.status).toBe(200);
      expect(await stream.nextEvent()).toEqual({
        event: 'kiosk.seen',
        data: {
          type: 'kiosk.seen',
          kioskId: kiosk.kioskId,
          lastSeenAt: '2026-11-24T08:05:00.000Z',
          outboxLength: 4,
          lastError: '连不上中心的服务器',
        },
      });
      expect(await stream.nextEvent()).toEqual({
        event: 'sync.pushed',
        data: { type: 'sync.pushed', kioskId: kiosk.kioskId, accepted: 2, rejected: 1 },
      });

      // A kiosk that says nothing new keeps what it reported before.
      await api.push(kiosk, ['three']);
      expect(await stream.nextEvent()).toMatchObject({
        event: 'kiosk.seen',
        data: { outboxLength: 4, lastError: '连不上中心的服务器' },
      });
      await stream.cancel();
    });

    it('tells every open console that the kiosk list changed on enroll and revoke', async () => {
      const api = liveApi(await makeDb());
      const admin = await api.signIn();
      const one = sseReader(await api.get('/api/events', admin));
      const two = sseReader(await api.get('/api/events', admin));
      await one.nextEvent();
      await two.nextEvent();
      const kiosk = await api.enroll(admin);
      expect((await one.nextEvent()).event).toBe('kiosks.changed');
      expect((await two.nextEvent()).event).toBe('kiosks.changed');
      const revoked = await api.post(`/api/kiosks/${kiosk.kioskId}/revoke`, undefined, admin);
      expect(revoked.status).toBe(200);
      expect((await one.nextEvent()).event).toBe('kiosks.changed');
      await one.cancel();
      await two.cancel();
    });

    it('unsubscribes when the console disconnects, leaving no listener behind', async () => {
      const api = liveApi(await makeDb());
      const admin = await api.signIn();
      const streams = [];
      for (let i = 0; i < 3; i++) {
        const stream = sseReader(await api.get('/api/events', admin));
        await stream.nextEvent();
        streams.push(stream);
      }
      expect(api.events.listenerCount).toBe(3);
      await streams[0]?.cancel();
      await vi.waitFor(() => expect(api.events.listenerCount).toBe(2));
      await streams[1]?.cancel();
      await streams[2]?.cancel();
      await vi.waitFor(() => expect(api.events.listenerCount).toBe(0));
      // Publishing to nobody is harmless.
      api.events.publish({ type: 'members.changed' });
    });

    it('sends a heartbeat comment while nothing happens', async () => {
      const api = liveApi(await makeDb(), { eventsHeartbeatMs: 20 });
      const admin = await api.signIn();
      const stream = sseReader(await api.get('/api/events', admin));
      expect(await stream.next()).toMatchObject({ event: 'ready' });
      expect(await stream.next()).toEqual({ comment: 'heartbeat' });
      await stream.cancel();
      await vi.waitFor(() => expect(api.events.listenerCount).toBe(0));
    });
  });
});
