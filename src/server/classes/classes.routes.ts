/**
 * /api/classes (contracts in src/shared/classes/api.ts): courses, sessions, check-in by hand and
 * of walk-in guests, a trainer's learners (`classes.manage`), and the bureau's report, its CSV and
 * the month's sign-in sheet (`classes.report`).
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { ClassesApi } from '../../shared/classes/api';
import { validateLessonFiles } from '../../shared/lessons/validate';
import type { CentreConfigReader } from '../config/centre-config';
import type { ConfigStore } from '../config/config-store';
import type { ApiDeps } from '../http/deps';
import { jsonBody, validQuery } from '../http/validate';
import { strictUtf8 } from '../kiosks/kiosk.middleware';
import { centreToday } from '../lib/centre-day';
import { csvHeaders } from '../lib/csv';
import { actorOf, type StaffPrincipal } from '../staff/login.service';
import { currentStaff, requirePermission, type StaffEnv } from '../staff/session.middleware';
import { classReportCsv } from './classes.csv';
import {
  addCourse,
  addSession,
  checkInByHand,
  checkInGuest,
  learners,
  listCourses,
  listSessions,
  picks,
  sessionDetail,
  type Viewer,
} from './classes.service';
import { classReport, signInSheet } from './classes-report.service';

export const viewerOf = (staff: StaffPrincipal): Viewer => ({
  id: staff.accountId,
  name: staff.name,
  role: staff.role,
  actor: actorOf(staff),
});

const DAY_MS = 24 * 60 * 60 * 1000;

export function classesRoutes(
  { db, clock }: ApiDeps,
  centre: CentreConfigReader | undefined,
  config: ConfigStore,
) {
  const manage = requirePermission('classes.manage');
  const reporting = requirePermission('classes.report');
  const zone = () => centre?.()?.centre.timeZone ?? 'Asia/Shanghai';
  const report = (year: string) => classReport(db, year, centre?.()?.centre.trainingTarget ?? null);
  return new Hono<StaffEnv>()
    .get('/courses', manage, async (c) =>
      c.json({ courses: await listCourses(db) } satisfies Reply<typeof ClassesApi.courses>, 200),
    )
    .post('/courses', manage, strictUtf8(), jsonBody(ClassesApi.addCourse.body), async (c) => {
      const course = await addCourse(db, viewerOf(currentStaff(c)), c.req.valid('json'), clock());
      return c.json({ course } satisfies Reply<typeof ClassesApi.addCourse>, 201);
    })
    .get('/sessions', manage, validQuery(ClassesApi.sessions.query), async (c) => {
      const now = clock();
      const query = c.req.valid('query');
      const from = query.from ?? centreToday(new Date(now.getTime() - 30 * DAY_MS), zone());
      const to = query.to ?? centreToday(new Date(now.getTime() + 90 * DAY_MS), zone());
      return c.json(
        { sessions: await listSessions(db, from, to) } satisfies Reply<typeof ClassesApi.sessions>,
        200,
      );
    })
    .post('/sessions', manage, strictUtf8(), jsonBody(ClassesApi.addSession.body), async (c) => {
      const detail = await addSession(db, viewerOf(currentStaff(c)), c.req.valid('json'), clock());
      return c.json(detail satisfies Reply<typeof ClassesApi.addSession>, 201);
    })
    .get('/sessions/:id', manage, async (c) =>
      c.json(
        (await sessionDetail(db, viewerOf(currentStaff(c)), c.req.param('id'))) satisfies Reply<
          typeof ClassesApi.session
        >,
        200,
      ),
    )
    .post(
      '/sessions/:id/checkins',
      manage,
      strictUtf8(),
      jsonBody(ClassesApi.checkin.body),
      async (c) => {
        const answer = await checkInByHand(
          db,
          viewerOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('json').memberId,
          clock(),
        );
        return c.json(answer satisfies Reply<typeof ClassesApi.checkin>, answer.added ? 201 : 200);
      },
    )
    .post(
      '/sessions/:id/guests',
      manage,
      strictUtf8(),
      jsonBody(ClassesApi.guest.body),
      async (c) => {
        const answer = await checkInGuest(
          db,
          viewerOf(currentStaff(c)),
          c.req.param('id'),
          c.req.valid('json'),
          clock(),
        );
        return c.json(answer satisfies Reply<typeof ClassesApi.guest>, answer.added ? 201 : 200);
      },
    )
    .get('/picks', manage, validQuery(ClassesApi.picks.query), async (c) =>
      c.json(
        (await picks(db, c.req.valid('query').q ?? '')) satisfies Reply<typeof ClassesApi.picks>,
        200,
      ),
    )
    .get('/learners', manage, async (c) =>
      c.json(
        {
          learners: await learners(db, viewerOf(currentStaff(c))),
        } satisfies Reply<typeof ClassesApi.learners>,
        200,
      ),
    )
    .get('/report', reporting, validQuery(ClassesApi.report.query), async (c) =>
      c.json(
        (await report(c.req.valid('query').year)) satisfies Reply<typeof ClassesApi.report>,
        200,
      ),
    )
    .get('/report.csv', reporting, validQuery(ClassesApi.report.query), async (c) => {
      const { year } = c.req.valid('query');
      const current = config.current();
      const titles = new Map(
        validateLessonFiles(current?.files ?? {}).lessons.map((l) => [l.id, l.title['zh-Hans']]),
      );
      const communities = centre?.()?.centre.communities ?? [];
      const communityName = (id: string | null) =>
        id === null
          ? '未填社区或非会员'
          : (communities.find((k) => k.id === id)?.name['zh-Hans'] ?? id);
      return new Response(
        classReportCsv(await report(year), (id) => titles.get(id) ?? id, communityName),
        { status: 200, headers: csvHeaders(`training-${year}.csv`) },
      );
    })
    .get('/sign-in', reporting, validQuery(ClassesApi.signIn.query), async (c) =>
      c.json(
        (await signInSheet(db, c.req.valid('query').month)) satisfies Reply<
          typeof ClassesApi.signIn
        >,
        200,
      ),
    );
}
