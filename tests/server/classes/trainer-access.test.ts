/**
 * A trainer's learners are the members checked in to their classes (issue #15 item 1): the trainer
 * sees their names and lesson records, never the register or its contacts, and not a colleague's
 * class; the kitchen and the desk do not run classes.
 */
import { describe, expect, it } from 'vitest';
import { forEachStore } from '../support/stores';
import { addSession, classesCentre } from './classes-api';

forEachStore((_store, makeDb) => {
  describe('trainers and the register', () => {
    it('shows a trainer their learners’ progress, never the register’s contacts', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const mine = await addSession(c, c.trainer.auth);
      const theirs = await addSession(c, c.other.auth, { trainerId: c.other.id });
      await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm1', sessionId: mine });
      await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm2', sessionId: theirs });
      await c.api.push(c.kiosk, 'lesson.progress', {
        memberId: 'm1',
        lessonId: 'video-call',
        mode: 'practice',
        steps: 6,
        stepsDone: 3,
        highestHint: 1,
        errors: 0,
        seconds: 90,
        checkScore: null,
        finished: false,
      });

      const res = await c.api.get('/api/classes/learners', c.trainer.auth);
      expect(res.status).toBe(200);
      const text = await res.text();
      const { learners } = JSON.parse(text) as { learners: unknown[] };
      expect(learners).toEqual([
        {
          id: 'm1',
          name: '李秀英',
          community: null,
          sessions: 1,
          lessons: [expect.objectContaining({ lessonId: 'video-call', completed: false })],
        },
      ]);
      // m1's phone, address, emergency contact: nowhere in the answer.
      for (const secret of ['13800000001', '13900000002', '李强', '长青路'])
        expect(text).not.toContain(secret);

      for (const path of [
        '/api/members',
        '/api/members/m1',
        '/api/members/m1/lessons',
        '/api/members/m1/community',
        '/api/members?format=csv',
      ])
        expect((await c.api.get(path, c.trainer.auth)).status).toBe(403);
      // A colleague's class: neither its list nor a check-in by hand.
      expect((await c.api.get(`/api/classes/sessions/${theirs}`, c.trainer.auth)).status).toBe(403);
      const foreign = await c.api.post(
        `/api/classes/sessions/${theirs}/checkins`,
        { memberId: 'm1' },
        c.trainer.auth,
      );
      expect(foreign.status).toBe(403);
      // The admin sees every learner.
      const all = (await (await c.api.get('/api/classes/learners', c.admin.auth)).json()) as {
        learners: { id: string }[];
      };
      expect(all.learners.map((l) => l.id).sort()).toEqual(['m1', 'm2']);
    });

    it('finds members to check in by name only, and keeps classes from the kitchen and the desk', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const res = await c.api.get(
        `/api/classes/picks?q=${encodeURIComponent('李')}`,
        c.trainer.auth,
      );
      expect(await res.json()).toEqual({
        trainers: expect.arrayContaining([{ id: c.trainer.id, name: '陈老师' }]),
        volunteers: [{ id: c.volunteerId, name: '小林' }],
        members: [{ id: 'm1', name: '李秀英' }],
      });
      for (const who of [c.kitchen, c.staff]) {
        expect((await c.api.get('/api/classes/sessions', who.auth)).status).toBe(403);
        expect((await c.api.get('/api/classes/report?year=2026', who.auth)).status).toBe(403);
      }
      // A trainer adds only sessions they teach.
      const forOther = await c.api.post(
        '/api/classes/sessions',
        {
          courseId: null,
          lessonIds: ['video-call'],
          date: '2026-11-25',
          start: '09:30',
          end: '11:00',
          venue: '二楼活动室',
          trainerId: c.other.id,
          kind: 'class',
          capacity: 12,
        },
        c.trainer.auth,
      );
      expect(forOther.status).toBe(403);
    });

    it('lets the desk set a member’s community from the centre’s list only', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const set = (community: string | null) =>
        c.api.post('/api/members/m1/community', { community }, c.staff.auth);
      expect((await set('fenglin')).status).toBe(200);
      expect(await (await c.api.get('/api/members/m1/community', c.staff.auth)).json()).toEqual({
        community: 'fenglin',
      });
      expect((await set('atlantis')).status).toBe(400);
      expect((await set(null)).status).toBe(200);
      expect(
        (await c.api.post('/api/members/m1/community', { community: 'fenglin' }, c.trainer.auth))
          .status,
      ).toBe(403);
    });
  });
});
