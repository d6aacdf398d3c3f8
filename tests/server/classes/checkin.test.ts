/**
 * Check-in (issue #15 item 2): one per class session and learner, however it comes — the same
 * entry pushed again, a second tap (a new entry), a second kiosk, the console after the kiosk —;
 * a walk-in guest counts once by phone; a session a kiosk does not know is refused in words.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/shared/sync/index';
import { proofFor } from '../support/proof';
import { forEachStore } from '../support/stores';
import { addSession, classesCentre } from './classes-api';

forEachStore((_store, makeDb) => {
  describe('class check-in', () => {
    it('counts a learner once: repeat entry, second tap, second kiosk, then the console', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const sessionId = await addSession(c, c.trainer.auth);
      const id = uuidv7();
      const proof = await proofFor(db, c.kiosk, 'm1', id);
      const payload = { memberId: 'm1', sessionId };
      const first = await c.api.push(c.kiosk, 'class.checkin', payload, { id, proof });
      const replay = await c.api.push(c.kiosk, 'class.checkin', payload, { id, proof });
      const secondTap = await c.api.push(c.kiosk, 'class.checkin', payload);
      const hall2 = await c.api.enroll(c.admin.auth, '大厅 2');
      const secondKiosk = await c.api.push(hall2, 'class.checkin', payload);
      for (const result of [first, replay, secondTap, secondKiosk])
        expect(result).toMatchObject({ status: 'accepted' });

      const byHand = await c.api.post(
        `/api/classes/sessions/${sessionId}/checkins`,
        { memberId: 'm1' },
        c.trainer.auth,
      );
      expect(byHand.status).toBe(200);
      const answer = (await byHand.json()) as {
        added: boolean;
        detail: { attendees: { name: string; method: string; kiosk: string | null }[] };
      };
      expect(answer.added).toBe(false);
      expect(answer.detail.attendees).toEqual([
        expect.objectContaining({ name: '李秀英', method: 'card', kiosk: '大厅 1', by: null }),
      ]);
      expect(await db.selectFrom('class_checkins').selectAll().execute()).toHaveLength(1);
    });

    it('counts once when the trainer checked someone in before their card reached the server', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const sessionId = await addSession(c, c.trainer.auth);
      const byHand = await c.api.post(
        `/api/classes/sessions/${sessionId}/checkins`,
        { memberId: 'm1' },
        c.trainer.auth,
      );
      expect(byHand.status).toBe(201);
      // The card tapped offline earlier arrives now: accepted, and nothing more is counted.
      const late = await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm1', sessionId });
      expect(late).toMatchObject({ status: 'accepted' });
      const rows = await db.selectFrom('class_checkins').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ method: 'console', by_name: '陈老师' });
    });

    it('notes who checked someone in by hand, and counts a walk-in guest once by phone', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const first = await addSession(c, c.trainer.auth);
      const second = await addSession(c, c.trainer.auth, { date: '2026-11-26' });
      const hand = await c.api.post(
        `/api/classes/sessions/${first}/checkins`,
        { memberId: 'm2' },
        c.trainer.auth,
      );
      expect(hand.status).toBe(201);
      const guest = (sessionId: string, phone: string) =>
        c.api.post(
          `/api/classes/sessions/${sessionId}/guests`,
          { name: '赵阿姨', phone },
          c.trainer.auth,
        );
      expect((await guest(first, '139 0000 1111')).status).toBe(201);
      expect((await guest(first, '13900001111')).status).toBe(200);
      expect((await guest(second, '139-0000-1111')).status).toBe(201);
      const detail = (await (
        await c.api.get(`/api/classes/sessions/${first}`, c.trainer.auth)
      ).json()) as {
        attendees: { name: string; method: string; by: string | null; guest: boolean }[];
      };
      expect(detail.attendees).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: '会员m2',
            method: 'console',
            by: '陈老师',
            guest: false,
          }),
          expect.objectContaining({ name: '赵阿姨', method: 'guest', by: '陈老师', guest: true }),
        ]),
      );
      expect(await db.selectFrom('class_guests').selectAll().execute()).toHaveLength(1);
      const report = (await (
        await c.api.get('/api/classes/report?year=2026', c.admin.auth)
      ).json()) as {
        personTimes: number;
        uniqueLearners: number;
      };
      expect(report).toMatchObject({ personTimes: 3, uniqueLearners: 2 });
    });

    it('refuses a check-in for a session nobody made, and one without the card’s proof', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const sessionId = await addSession(c, c.trainer.auth);
      const unknown = await c.api.push(c.kiosk, 'class.checkin', {
        memberId: 'm1',
        sessionId: 'no-such-session',
      });
      expect(unknown).toMatchObject({ status: 'rejected', reason: { code: 'no_such_class' } });
      const noProof = await c.api.push(
        c.kiosk,
        'class.checkin',
        { memberId: 'm1', sessionId },
        { proof: null },
      );
      expect(noProof).toMatchObject({ status: 'rejected', reason: { code: 'no_proof' } });
      expect(await db.selectFrom('class_checkins').selectAll().execute()).toEqual([]);
    });

    it('publishes each day’s sessions to kiosks without anyone’s name', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const sessionId = await addSession(c, c.trainer.auth, {
        volunteers: [{ personId: c.volunteerId, hours: 1.5 }],
      });
      const later = await addSession(c, c.trainer.auth, { start: '14:00', end: '15:30' });
      const feed = await c.api.feed(c.kiosk);
      expect(feed.get('class-day:2026-11-25')).toEqual({
        date: '2026-11-25',
        sessions: [
          {
            id: sessionId,
            date: '2026-11-25',
            start: '09:30',
            end: '11:00',
            lessonIds: ['video-call'],
            venue: '二楼活动室',
            kind: 'class',
          },
          expect.objectContaining({ id: later, start: '14:00' }),
        ],
      });
      expect(JSON.stringify([...feed.values()])).not.toContain('小林');
    });
  });
});
