/**
 * Class mode and the presenter screen on the server (issue #15 items 3 and 4): a kiosk's
 * `class.progress` entries move its seat in the class; L3 lights the seat ("needs a volunteer")
 * until the learner moves on or the trainer marks it handled; each change reaches the presenter
 * consoles as `class.seat` on the event stream; the presenter feed names kiosks, never members;
 * only the class's trainer and admins may read it.
 */
import { describe, expect, it } from 'vitest';
import { eventFor } from '../../../src/server/events/events.routes';
import type { ClassSeat, Presenter } from '../../../src/shared/classes/presenter';
import { uuidv7 } from '../../../src/shared/sync/index';
import { sseStream } from '../help/help-api';
import { forEachStore } from '../support/stores';
import { addSession, type ClassesCentre, classesCentre } from './classes-api';

/**
 * The next `class.seat` published on the centre's bus that fits `match` (the bus is told after
 * each push is answered, so an earlier push's event may still be on its way).
 */
function nextSeat(c: ClassesCentre, match: Partial<ClassSeat>): Promise<ClassSeat> {
  return new Promise((resolve) => {
    const stop = c.api.events.subscribe((event) => {
      if (event.type !== 'class.seat') return;
      if (!Object.entries(match).every(([k, v]) => event.seat[k as keyof ClassSeat] === v)) return;
      stop();
      resolve(event.seat);
    });
  });
}

async function read(c: ClassesCentre, sessionId: string, auth: Record<string, string>) {
  const res = await c.api.get(`/api/classes/sessions/${sessionId}/presenter`, auth);
  return { status: res.status, body: (await res.json()) as Presenter };
}

forEachStore((_store, makeDb) => {
  describe('class mode and the presenter screen', () => {
    it('moves a kiosk’s seat, lights it at L3 and clears it when the learner moves on or the trainer goes', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const sessionId = await addSession(c, c.trainer.auth);
      const at = (step: number, level: number) => ({
        sessionId,
        lessonId: 'video-call',
        step,
        steps: 6,
        level,
      });

      expect((await read(c, sessionId, c.trainer.auth)).body.seats).toEqual([]);
      const first = nextSeat(c, { step: 0 });
      expect(await c.api.push(c.kiosk, 'class.progress', at(0, 0))).toMatchObject({
        status: 'accepted',
      });
      expect(await first).toMatchObject({ kiosk: '大厅 1', step: 0, needsVolunteer: false });

      // Three misses: L1, L2, then L3 lights the seat.
      await c.api.push(c.kiosk, 'class.progress', at(1, 1));
      await c.api.push(c.kiosk, 'class.progress', at(1, 2));
      const lit = nextSeat(c, { level: 3 });
      const oldId = uuidv7();
      await c.api.push(c.kiosk, 'class.progress', at(1, 3));
      expect(await lit).toMatchObject({ step: 1, level: 3, needsVolunteer: true });
      const { status, body } = await read(c, sessionId, c.trainer.auth);
      expect(status).toBe(200);
      expect(body.session).toMatchObject({ id: sessionId, lessonIds: ['video-call'] });
      expect(body.seats).toEqual([
        expect.objectContaining({
          kioskId: c.kiosk.kioskId,
          kiosk: '大厅 1',
          place: '一楼大厅',
          step: 1,
          steps: 6,
          level: 3,
          needsVolunteer: true,
        }),
      ]);

      // The learner does the step: the light goes out.
      const movedOn = nextSeat(c, { step: 2 });
      await c.api.push(c.kiosk, 'class.progress', at(2, 0));
      expect(await movedOn).toMatchObject({ step: 2, needsVolunteer: false });

      // An entry made earlier and replayed late never moves the seat back.
      expect(await c.api.push(c.kiosk, 'class.progress', at(1, 3), { id: oldId })).toMatchObject({
        status: 'accepted',
      });
      expect((await read(c, sessionId, c.trainer.auth)).body.seats[0]).toMatchObject({
        step: 2,
        needsVolunteer: false,
      });

      // L3 again, and this time the trainer goes to the seat.
      await c.api.push(c.kiosk, 'class.progress', at(2, 3));
      const handledEvent = nextSeat(c, { step: 2, level: 3, needsVolunteer: false });
      const handled = await c.api.post(
        `/api/classes/sessions/${sessionId}/seats/${c.kiosk.kioskId}/handled`,
        undefined,
        c.trainer.auth,
      );
      expect(handled.status).toBe(200);
      expect(((await handled.json()) as { seat: ClassSeat }).seat).toMatchObject({
        level: 3,
        needsVolunteer: false,
      });
      expect(await handledEvent).toMatchObject({ level: 3, needsVolunteer: false });
      // A second kiosk in the class has its own seat.
      const hall2 = await c.api.enroll(c.admin.auth, '大厅 2', '二楼活动室');
      await c.api.push(hall2, 'class.progress', at(0, 0));
      const both = (await read(c, sessionId, c.admin.auth)).body;
      expect(both.seats.map((s) => s.kiosk).sort()).toEqual(['大厅 1', '大厅 2']);

      // A room-wide screen: no member's name or id anywhere in what it is sent.
      await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm1', sessionId });
      const text = JSON.stringify(both);
      for (const secret of ['李秀英', 'm1', '13800000001', '陈老师', '小林'])
        expect(text).not.toContain(secret);
    });

    it('refuses a progress entry for a session that does not exist, in words', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const refused = await c.api.push(c.kiosk, 'class.progress', {
        sessionId: 'no-such-session',
        lessonId: 'video-call',
        step: 0,
        steps: 6,
        level: 0,
      });
      expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'no_such_class' } });
      expect(await db.selectFrom('class_seats').selectAll().execute()).toEqual([]);
    });

    it('lets only the class’s trainer and admins present it', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const sessionId = await addSession(c, c.trainer.auth);
      await c.api.push(c.kiosk, 'class.progress', {
        sessionId,
        lessonId: 'video-call',
        step: 0,
        steps: 6,
        level: 3,
      });
      const path = `/api/classes/sessions/${sessionId}/presenter`;
      const handled = `/api/classes/sessions/${sessionId}/seats/${c.kiosk.kioskId}/handled`;
      const tries: [string, Record<string, string>, number][] = [
        ['admin', c.admin.auth, 200],
        ['the class’s trainer', c.trainer.auth, 200],
        ['another trainer', c.other.auth, 403],
        ['the desk', c.staff.auth, 403],
        ['the kitchen', c.kitchen.auth, 403],
        // A kiosk's device token is no staff session: the elders' side never reads this.
        ['a kiosk', c.kiosk.auth, 401],
        ['nobody signed in', {}, 401],
      ];
      for (const [who, auth, expected] of tries) {
        expect({ who, status: (await c.api.get(path, auth)).status }).toEqual({
          who,
          status: expected,
        });
        expect({ who, status: (await c.api.post(handled, undefined, auth)).status }).toEqual({
          who,
          status: expected,
        });
      }
      expect((await c.api.get('/api/classes/sessions/nope/presenter', c.admin.auth)).status).toBe(
        404,
      );

      // The stream: a trainer's console hears seats, the desk's and the kitchen's never do.
      const seat = (await read(c, sessionId, c.admin.auth)).body.seats[0] as ClassSeat;
      const event = { type: 'class.seat' as const, seat };
      expect(eventFor('trainer', event)).toBe(event);
      expect(eventFor('admin', event)).toBe(event);
      expect(eventFor('staff', event)).toBeNull();
      expect(eventFor('kitchen', event)).toBeNull();
      const stream = sseStream(await c.api.get('/api/events', c.trainer.auth));
      await stream.nextOf('ready');
      await c.api.push(c.kiosk, 'class.progress', {
        sessionId,
        lessonId: 'video-call',
        step: 1,
        steps: 6,
        level: 0,
      });
      const heard = await stream.nextOf('class.seat');
      expect(heard.data).toMatchObject({ seat: { kiosk: '大厅 1', step: 1 } });
      await stream.cancel();
    });
  });
});
