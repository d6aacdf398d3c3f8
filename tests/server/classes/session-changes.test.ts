/**
 * Sessions edited, cancelled and deleted (issue #15): a change moves the kiosks' 今天的课 with it;
 * a cancelled session leaves the kiosks' day and the bureau's figures (the report and the month's
 * sign-in sheet) but stays on the console's list with its reason; a session anyone checked in to
 * cannot be deleted; check-ins beyond the places are still recorded; a trainer changes only their
 * own sessions.
 */
import { describe, expect, it } from 'vitest';
import type { ClassReport, ClassSession, SignInSheet } from '../../../src/shared/classes/api';
import { forEachStore } from '../support/stores';
import { addSession, type ClassesCentre, classesCentre } from './classes-api';

function send(
  c: ClassesCentre,
  method: 'PATCH' | 'DELETE',
  path: string,
  auth: Record<string, string>,
  body?: unknown,
) {
  return c.api.app.request(`http://centre.test${path}`, {
    method,
    headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const change = {
  lessonIds: ['scan-to-pay'],
  date: '2026-11-27',
  start: '14:00',
  end: '15:30',
  venue: '一楼大厅',
  capacity: 1,
};

forEachStore((_store, makeDb) => {
  describe('changing class sessions', () => {
    it('moves a session on the kiosks, and takes a cancelled one off them and out of the figures', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const moved = await addSession(c, c.trainer.auth);
      const cancelled = await addSession(c, c.trainer.auth, { start: '14:00', end: '15:30' });
      const kept = await addSession(c, c.trainer.auth, { date: '2026-11-28' });
      for (const sessionId of [cancelled, kept])
        await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm1', sessionId });

      const edited = await send(
        c,
        'PATCH',
        `/api/classes/sessions/${moved}`,
        c.trainer.auth,
        change,
      );
      expect(edited.status).toBe(200);
      expect(((await edited.json()) as { session: ClassSession }).session).toMatchObject({
        ...change,
        cancelled: null,
      });
      const res = await c.api.post(
        `/api/classes/sessions/${cancelled}/cancel`,
        { reason: '老师生病' },
        c.trainer.auth,
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as { session: ClassSession }).session.cancelled).toEqual({
        at: c.api.clock().toISOString(),
        reason: '老师生病',
      });

      // The kiosks: the 25th has nothing left on, the 27th has the moved session.
      const feed = await c.api.feed(c.kiosk);
      expect(feed.get('class-day:2026-11-25')).toEqual({ date: '2026-11-25', sessions: [] });
      expect(feed.get('class-day:2026-11-27')).toEqual({
        date: '2026-11-27',
        sessions: [
          {
            id: moved,
            date: '2026-11-27',
            start: '14:00',
            end: '15:30',
            lessonIds: ['scan-to-pay'],
            venue: '一楼大厅',
            kind: 'class',
          },
        ],
      });

      // The report and the sheet: only the session that was held.
      const report = (await (
        await c.api.get('/api/classes/report?year=2026', c.trainer.auth)
      ).json()) as ClassReport;
      expect([report.sessions, report.personTimes, report.uniqueLearners]).toEqual([1, 1, 1]);
      const sheet = (await (
        await c.api.get('/api/classes/sign-in?month=2026-11', c.trainer.auth)
      ).json()) as SignInSheet;
      expect(sheet.sessions.map((s) => s.session.id).sort()).toEqual([moved, kept].sort());
      // The console's list keeps it, marked.
      const list = (await (await c.api.get('/api/classes/sessions', c.trainer.auth)).json()) as {
        sessions: ClassSession[];
      };
      expect(list.sessions.find((s) => s.id === cancelled)?.cancelled?.reason).toBe('老师生病');

      // No check-in by hand to a cancelled session (a card entry made before the cancel is kept).
      expect(
        (
          await c.api.post(
            `/api/classes/sessions/${cancelled}/checkins`,
            { memberId: 'm2' },
            c.trainer.auth,
          )
        ).status,
      ).toBe(409);
      expect(
        (await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm2', sessionId: cancelled }))
          .status,
      ).toBe('accepted');
      const after = (await (
        await c.api.get('/api/classes/report?year=2026', c.trainer.auth)
      ).json()) as ClassReport;
      expect(after.personTimes).toBe(1);
      // Settled: neither edited nor cancelled again; with a check-in, never deleted.
      expect(
        (await send(c, 'PATCH', `/api/classes/sessions/${cancelled}`, c.trainer.auth, change))
          .status,
      ).toBe(409);
      expect(
        (
          await c.api.post(
            `/api/classes/sessions/${cancelled}/cancel`,
            { reason: '再取消' },
            c.trainer.auth,
          )
        ).status,
      ).toBe(409);
      const kept409 = await send(c, 'DELETE', `/api/classes/sessions/${kept}`, c.admin.auth);
      expect(kept409.status).toBe(409);
      expect(((await kept409.json()) as { error: { code: string } }).error.code).toBe(
        'session_has_checkins',
      );
      // Nobody came to the moved one: it may go.
      expect(
        (await send(c, 'DELETE', `/api/classes/sessions/${moved}`, c.trainer.auth)).status,
      ).toBe(200);
      expect((await c.api.get(`/api/classes/sessions/${moved}`, c.trainer.auth)).status).toBe(404);
      expect((await c.api.feed(c.kiosk)).get('class-day:2026-11-27')).toEqual({
        date: '2026-11-27',
        sessions: [],
      });
      const actions = await db
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'class.session_%')
        .execute();
      expect(actions.map((a) => a.action).sort()).toEqual([
        'class.session_added',
        'class.session_added',
        'class.session_added',
        'class.session_cancelled',
        'class.session_changed',
        'class.session_deleted',
      ]);
    });

    it('records check-ins beyond the places and keeps a trainer to their own sessions', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const id = await addSession(c, c.trainer.auth);
      expect(
        (await send(c, 'PATCH', `/api/classes/sessions/${id}`, c.trainer.auth, change)).status,
      ).toBe(200);
      // One place; two come: both are recorded.
      for (const memberId of ['m1', 'm2'])
        await c.api.push(c.kiosk, 'class.checkin', { memberId, sessionId: id });
      const detail = (await (
        await c.api.get(`/api/classes/sessions/${id}`, c.trainer.auth)
      ).json()) as {
        session: ClassSession;
        attendees: unknown[];
      };
      expect([detail.session.capacity, detail.session.checkedIn, detail.attendees.length]).toEqual([
        1, 2, 2,
      ]);

      for (const attempt of [
        send(c, 'PATCH', `/api/classes/sessions/${id}`, c.other.auth, change),
        c.api.post(`/api/classes/sessions/${id}/cancel`, { reason: '不是我的课' }, c.other.auth),
        send(c, 'DELETE', `/api/classes/sessions/${id}`, c.other.auth),
        send(c, 'DELETE', `/api/classes/sessions/${id}`, c.staff.auth),
      ])
        expect((await attempt).status).toBe(403);
      for (const body of [
        { ...change, end: '13:00' },
        { ...change, capacity: 0 },
        { ...change, venue: ' ' },
        { ...change, lessonIds: [] },
      ])
        expect(
          (await send(c, 'PATCH', `/api/classes/sessions/${id}`, c.trainer.auth, body)).status,
        ).toBe(400);
      expect(
        (await c.api.post(`/api/classes/sessions/${id}/cancel`, { reason: '' }, c.trainer.auth))
          .status,
      ).toBe(400);
    });
  });
});
