/**
 * Learners' lesson records (contracts and why in src/shared/lessons/progress-api.ts):
 * POST /api/kiosk/lesson-progress for the kiosk and session that identified the member (device
 * token), GET /api/members/:id/lessons for the register's desk in the console (`members.read`).
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { KioskLessonProgressApi, type MemberLessonsApi } from '../../shared/lessons/progress-api';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { jsonBody } from '../http/validate';
import { currentKiosk, type KioskEnv, requireKiosk, strictUtf8 } from '../kiosks/kiosk.middleware';
import { requirePermission, type StaffEnv } from '../staff/session.middleware';
import { memberLessons, readLessonProgress } from './lesson-progress.service';

export function lessonProgressRoutes({ db, clock, events }: ApiDeps & EventDeps) {
  return new Hono<KioskEnv>().post(
    '/lesson-progress',
    requireKiosk(db, clock, events),
    strictUtf8(),
    jsonBody(KioskLessonProgressApi.read.body),
    async (c) => {
      const { memberId, proof } = c.req.valid('json');
      const lessons = await readLessonProgress(db, currentKiosk(c).id, memberId, proof, clock());
      return c.json({ lessons } satisfies Reply<typeof KioskLessonProgressApi.read>, 200);
    },
  );
}

/** Mounted under /api/members, beside the register's own routes. */
export function memberLessonsRoutes({ db }: ApiDeps) {
  return new Hono<StaffEnv>().get('/:id/lessons', requirePermission('members.read'), async (c) => {
    const lessons = await memberLessons(db, c.req.param('id'));
    return c.json({ lessons } satisfies Reply<typeof MemberLessonsApi.list>, 200);
  });
}
