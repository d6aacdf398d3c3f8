/**
 * Completion per learner × lesson and course certificates (issue #15 item 5). The expected
 * figures are worked out here from the attempts the test sends (the best finished attempt's top
 * hint, misses, time and score; the attempt in progress otherwise), not read back from the
 * server's own fold.
 */
import { describe, expect, it } from 'vitest';
import { centreToday } from '../../../src/server/lib/centre-day';
import type {
  Certificate,
  CompletionRow,
  CourseCompletion,
  LearnerCompletion,
} from '../../../src/shared/classes/completion-api';
import { forEachStore } from '../support/stores';
import { addSession, type ClassesCentre, classesCentre } from './classes-api';

interface Attempt {
  lessonId: string;
  mode: 'guided' | 'practice' | 'check';
  stepsDone: number;
  highestHint: number;
  errors: number;
  seconds: number;
  checkScore: number | null;
  finished: boolean;
}

const STEPS = 6;

function progress(c: ClassesCentre, memberId: string, a: Attempt) {
  return c.api.push(c.kiosk, 'lesson.progress', { memberId, steps: STEPS, ...a });
}

/** What a trainer should read for a lesson, from the attempts in the order they were made. */
function expected(lessonId: string, attempts: readonly Attempt[]): CompletionRow {
  const mine = attempts.filter((a) => a.lessonId === lessonId);
  const finished = mine.filter((a) => a.finished);
  if (finished.length > 0) {
    const checks = finished.filter((a) => a.mode === 'check' && a.checkScore !== null);
    return {
      lessonId,
      state: 'done',
      highestHint: Math.min(...finished.map((a) => a.highestHint)),
      errors: Math.min(...finished.map((a) => a.errors)),
      seconds: Math.min(...finished.map((a) => a.seconds)),
      checkScore: checks.length ? Math.max(...checks.map((a) => a.checkScore ?? 0)) : null,
      unaided: finished.some((a) => a.mode === 'check' && a.highestHint < 2),
    };
  }
  const last = mine.at(-1);
  if (last && last.stepsDone > 0)
    return {
      lessonId,
      state: 'started',
      highestHint: last.highestHint,
      errors: last.errors,
      seconds: last.seconds,
      checkScore: null,
      unaided: false,
    };
  return {
    lessonId,
    state: 'not-started',
    highestHint: null,
    errors: null,
    seconds: null,
    checkScore: null,
    unaided: false,
  };
}

const attempt = (lessonId: string, more: Partial<Attempt>): Attempt => ({
  lessonId,
  mode: 'practice',
  stepsDone: STEPS,
  highestHint: 0,
  errors: 0,
  seconds: 300,
  checkScore: null,
  finished: true,
  ...more,
});

async function course(c: ClassesCentre, lessonIds: string[]): Promise<string> {
  const res = await c.api.post(
    '/api/classes/courses',
    { title: '学用智能手机', schedule: '每周二上午，3 次', lessonIds },
    c.trainer.auth,
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { course: { id: string } }).course.id;
}

forEachStore((_store, makeDb) => {
  describe('completion and certificates', () => {
    it('gives each learner’s figures per lesson, and a certificate only for a finished course', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const lessons = ['big-text-wifi', 'video-call', 'scan-to-pay'];
      const courseId = await course(c, lessons);
      const session = await addSession(c, c.trainer.auth, { lessonIds: lessons });
      await c.api.post(
        '/api/classes/sessions',
        {
          courseId,
          lessonIds: lessons,
          date: '2026-11-26',
          start: '09:30',
          end: '11:00',
          venue: '二楼活动室',
          trainerId: c.trainer.id,
          kind: 'class',
          capacity: 12,
        },
        c.trainer.auth,
      );
      const courseSession = (
        (await (await c.api.get('/api/classes/sessions', c.trainer.auth)).json()) as {
          sessions: { id: string; courseId: string | null }[];
        }
      ).sessions.find((s) => s.courseId === courseId)?.id as string;
      for (const sessionId of [session, courseSession])
        await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm1', sessionId });
      await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm2', sessionId: courseSession });

      // m1: big text twice (hints 3 then 1), video call as a check (score 1 then 2, unaided
      // once), scan to pay begun and left at step 2 with the arrow shown.
      const m1: Attempt[] = [
        attempt('big-text-wifi', { highestHint: 3, errors: 7, seconds: 610 }),
        attempt('big-text-wifi', { highestHint: 1, errors: 2, seconds: 420 }),
        attempt('video-call', { mode: 'check', highestHint: 2, errors: 4, checkScore: 1 }),
        attempt('video-call', {
          mode: 'check',
          highestHint: 0,
          errors: 5,
          seconds: 250,
          checkScore: 2,
        }),
        attempt('scan-to-pay', {
          stepsDone: 2,
          highestHint: 2,
          errors: 3,
          seconds: 95,
          finished: false,
        }),
      ];
      for (const a of m1) await progress(c, 'm1', a);

      const res = await c.api.get('/api/classes/learners/m1', c.trainer.auth);
      expect(res.status).toBe(200);
      const mine = (await res.json()) as LearnerCompletion;
      expect(mine.learner).toEqual({ id: 'm1', name: '李秀英', community: null });
      expect(mine.lessons).toEqual([...lessons].sort().map((id) => expected(id, m1)));
      expect(mine.courses).toEqual([
        expect.objectContaining({
          course: expect.objectContaining({ id: courseId }),
          done: ['big-text-wifi', 'video-call'],
          missing: ['scan-to-pay'],
        }),
      ]);

      // Not finished: refused, saying which lesson is missing.
      const early = await c.api.get(
        `/api/classes/learners/m1/certificate?course=${courseId}`,
        c.trainer.auth,
      );
      expect(early.status).toBe(409);
      const refusal = (await early.json()) as { error: { code: string; message: string } };
      expect(refusal.error.code).toBe('course_unfinished');
      expect(refusal.error.message).toContain('scan-to-pay');

      const last = attempt('scan-to-pay', { highestHint: 2, errors: 3, seconds: 200 });
      m1.push(last);
      await progress(c, 'm1', last);
      const done = await c.api.get(
        `/api/classes/learners/m1/certificate?course=${courseId}`,
        c.trainer.auth,
      );
      expect(done.status).toBe(200);
      const cert = (await done.json()) as Certificate;
      expect(cert).toEqual({
        centre: { 'zh-Hans': '长青社区服务中心', 'zh-Hant': '長青社區服務中心', en: 'Changqing' },
        learnerName: '李秀英',
        course: expect.objectContaining({ id: courseId, lessonIds: lessons }),
        issuedOn: centreToday(c.api.clock(), 'Asia/Shanghai'),
      });

      // The course page: both learners, m2 with nothing begun.
      const page = (await (
        await c.api.get(`/api/classes/courses/${courseId}/completion`, c.trainer.auth)
      ).json()) as CourseCompletion;
      // By name (m2's sorts first); here by id.
      expect(page.learners.map((l) => [l.id, l.finished]).sort()).toEqual([
        ['m1', true],
        ['m2', false],
      ]);
      const byId = (id: string) => page.learners.find((l) => l.id === id)?.lessons;
      expect(byId('m1')).toEqual(lessons.map((id) => expected(id, m1)));
      expect(byId('m2')).toEqual(lessons.map((id) => expected(id, [])));
      expect(
        (await c.api.get(`/api/classes/learners/m2/certificate?course=${courseId}`, c.admin.auth))
          .status,
      ).toBe(409);
      expect(
        (await c.api.get('/api/classes/learners/m1/certificate?course=nope', c.admin.auth)).status,
      ).toBe(404);
    });

    it('keeps a trainer to the learners of their own classes', async () => {
      const db = await makeDb();
      const c = await classesCentre(db);
      const theirs = await addSession(c, c.other.auth, { trainerId: c.other.id });
      await c.api.push(c.kiosk, 'class.checkin', { memberId: 'm2', sessionId: theirs });
      const courseId = await course(c, ['video-call']);

      expect((await c.api.get('/api/classes/learners/m2', c.trainer.auth)).status).toBe(403);
      expect(
        (await c.api.get(`/api/classes/learners/m2/certificate?course=${courseId}`, c.trainer.auth))
          .status,
      ).toBe(403);
      expect((await c.api.get('/api/classes/learners/m2', c.other.auth)).status).toBe(200);
      expect((await c.api.get('/api/classes/learners/m2', c.admin.auth)).status).toBe(200);
      expect((await c.api.get('/api/classes/learners/nobody', c.admin.auth)).status).toBe(404);
      for (const who of [c.kitchen, c.staff])
        expect((await c.api.get('/api/classes/learners/m2', who.auth)).status).toBe(403);
    });
  });
});
