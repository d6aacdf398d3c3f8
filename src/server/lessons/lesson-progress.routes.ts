/**
 * POST /api/kiosk/lesson-progress: an identified elder's lesson records for the kiosk and session
 * that identified them (device token; contract and why in src/shared/lessons/progress-api.ts).
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { KioskLessonProgressApi } from '../../shared/lessons/progress-api';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { jsonBody } from '../http/validate';
import { currentKiosk, type KioskEnv, requireKiosk, strictUtf8 } from '../kiosks/kiosk.middleware';
import { readLessonProgress } from './lesson-progress.service';

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
