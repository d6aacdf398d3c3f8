/**
 * The fuzz's entries for /api/classes and a member's community (issue #15), in the form of
 * routes.ts: each request carries at least one defect the route must refuse, and nothing may be
 * written. Valid-looking bodies name a trainer, course or session that may not exist; the fatal
 * defect is what the fuzz adds on top. Every route with a body refuses bytes that are not UTF-8
 * (strictUtf8), so no title or name is saved as replacement characters.
 */
import type { Random } from './random';
import { type BadValue, type FuzzRoute, MISSING } from './routes';

/**
 * Called while routes.ts builds its list (MISSING is defined by then: this module and routes.ts
 * import each other).
 */
export function classRoutes(unknownId: (r: Random) => string): FuzzRoute[] {
  const NOT_TEXT: readonly BadValue[] = [null, 0, -1.5, true, [], ['x'], {}, { a: 1 }];
  const REQUIRED_TEXT: readonly BadValue[] = [MISSING, ...NOT_TEXT];
  const BAD_DAYS: readonly BadValue[] = [...REQUIRED_TEXT, '2026-02-30', '26-11-25', '2026/11/25'];
  const BAD_TIMES: readonly BadValue[] = [...REQUIRED_TEXT, '24:00', '9:30', '09:60', '0930'];
  const BAD_LESSONS: readonly BadValue[] = [MISSING, null, 'video-call', [], ['Video Call'], [1]];
  const BAD_PLACES: readonly BadValue[] = [MISSING, null, '12', 0, -1, 1.5, 201];
  const BAD_YEARS = ['year=26', 'year=', 'year=%00', 'year=2026-01', 'month=2026'];
  const BAD_MONTHS = ['month=2026-13', 'month=2026-00', 'month=2026', 'month=', 'month=%00'];

  const session = () => ({
    lessonIds: ['video-call'],
    date: '2026-11-25',
    start: '09:30',
    end: '11:00',
    venue: '二楼活动室',
    capacity: 12,
  });
  const sessionBad = () => ({
    lessonIds: BAD_LESSONS,
    date: BAD_DAYS,
    start: BAD_TIMES,
    end: [...BAD_TIMES, '09:00'],
    venue: [...REQUIRED_TEXT, '', '   ', 'v'.repeat(41)],
    capacity: BAD_PLACES,
  });

  const onSession = (r: Random, rest = '') => `/api/classes/sessions/${unknownId(r)}${rest}`;
  return [
    {
      name: 'GET /api/classes/courses',
      method: 'GET',
      path: () => '/api/classes/courses',
      auth: 'admin',
    },
    {
      name: 'POST /api/classes/courses',
      method: 'POST',
      path: () => '/api/classes/courses',
      auth: 'admin',
      strictUtf8: true,
      body: () => ({
        title: '学用智能手机',
        schedule: '每周二上午，8 次',
        lessonIds: ['video-call'],
      }),
      badFields: () => ({
        title: [...REQUIRED_TEXT, '', '  ', 't'.repeat(41)],
        schedule: [null, 0, [], 's'.repeat(61)],
        lessonIds: BAD_LESSONS,
      }),
    },
    {
      name: 'GET /api/classes/sessions',
      method: 'GET',
      path: () => '/api/classes/sessions',
      auth: 'admin',
      badQueries: ['from=2026-13-01', 'to=yesterday', 'from=%00', 'from=2026-02-30'],
    },
    {
      name: 'POST /api/classes/sessions',
      method: 'POST',
      path: () => '/api/classes/sessions',
      auth: 'admin',
      strictUtf8: true,
      body: () => ({ courseId: null, trainerId: 'no-such-trainer', kind: 'class', ...session() }),
      badFields: () => ({
        ...sessionBad(),
        kind: [...REQUIRED_TEXT, 'lecture'],
        trainerId: [...REQUIRED_TEXT, ''],
        volunteers: [null, 'x', [{ personId: '', hours: 1 }], [{ personId: 'p', hours: 0.3 }]],
      }),
    },
    {
      name: 'GET /api/classes/sessions/:id',
      method: 'GET',
      path: (r) => onSession(r),
      pathIsFatal: true,
      auth: 'admin',
    },
    {
      name: 'PATCH /api/classes/sessions/:id',
      method: 'PATCH',
      path: (r) => onSession(r),
      pathIsFatal: true,
      auth: 'admin',
      strictUtf8: true,
      body: session,
      badFields: sessionBad,
    },
    {
      name: 'DELETE /api/classes/sessions/:id',
      method: 'DELETE',
      path: (r) => onSession(r),
      pathIsFatal: true,
      auth: 'admin',
    },
    {
      name: 'POST /api/classes/sessions/:id/cancel',
      method: 'POST',
      path: (r) => onSession(r, '/cancel'),
      pathIsFatal: true,
      auth: 'admin',
      strictUtf8: true,
      body: () => ({ reason: '老师生病' }),
      badFields: () => ({ reason: [...REQUIRED_TEXT, '', '  ', 'r'.repeat(201)] }),
    },
    {
      name: 'POST /api/classes/sessions/:id/checkins',
      method: 'POST',
      path: (r) => onSession(r, '/checkins'),
      pathIsFatal: true,
      auth: 'admin',
      strictUtf8: true,
      body: () => ({ memberId: 'm1' }),
      badFields: () => ({ memberId: [...REQUIRED_TEXT, ''] }),
    },
    {
      name: 'POST /api/classes/sessions/:id/guests',
      method: 'POST',
      path: (r) => onSession(r, '/guests'),
      pathIsFatal: true,
      auth: 'admin',
      strictUtf8: true,
      body: () => ({ name: '王阿姨', phone: '139 0000 0001' }),
      badFields: () => ({
        name: [...REQUIRED_TEXT, ''],
        phone: [...REQUIRED_TEXT, '', '12', 'call me', '1'.repeat(21)],
      }),
    },
    {
      name: 'GET /api/classes/sessions/:id/presenter',
      method: 'GET',
      path: (r) => onSession(r, '/presenter'),
      pathIsFatal: true,
      auth: 'admin',
    },
    {
      name: 'POST /api/classes/sessions/:id/seats/:kioskId/handled',
      method: 'POST',
      path: (r) => onSession(r, `/seats/${unknownId(r)}/handled`),
      pathIsFatal: true,
      auth: 'admin',
    },
    {
      name: 'GET /api/classes/picks',
      method: 'GET',
      path: () => '/api/classes/picks',
      auth: 'admin',
      badQueries: [`q=${'李'.repeat(51)}`],
    },
    {
      name: 'GET /api/classes/learners',
      method: 'GET',
      path: () => '/api/classes/learners',
      auth: 'admin',
    },
    {
      name: 'GET /api/classes/learners/:id',
      method: 'GET',
      path: (r) => `/api/classes/learners/${unknownId(r)}`,
      pathIsFatal: true,
      auth: 'admin',
    },
    {
      name: 'GET /api/classes/learners/:id/certificate',
      method: 'GET',
      path: (r) => `/api/classes/learners/${unknownId(r)}/certificate?course=${unknownId(r)}`,
      pathIsFatal: true,
      auth: 'admin',
    },
    {
      name: 'GET /api/classes/courses/:id/completion',
      method: 'GET',
      path: (r) => `/api/classes/courses/${unknownId(r)}/completion`,
      pathIsFatal: true,
      auth: 'admin',
    },
    ...(['report', 'report.csv'] as const).map(
      (name): FuzzRoute => ({
        name: `GET /api/classes/${name}`,
        method: 'GET',
        path: () => `/api/classes/${name}`,
        auth: 'admin',
        badQueries: BAD_YEARS,
      }),
    ),
    {
      name: 'GET /api/classes/sign-in',
      method: 'GET',
      path: () => '/api/classes/sign-in',
      auth: 'admin',
      badQueries: BAD_MONTHS,
    },
    {
      name: 'GET /api/members/:id/community',
      method: 'GET',
      path: (r) => `/api/members/${unknownId(r)}/community`,
      pathIsFatal: true,
      auth: 'staff',
    },
    {
      name: 'POST /api/members/:id/community',
      method: 'POST',
      path: (r) => `/api/members/${unknownId(r)}/community`,
      pathIsFatal: true,
      auth: 'staff',
      strictUtf8: true,
      body: () => ({ community: 'changqing' }),
      badFields: () => ({ community: [MISSING, 0, true, [], {}, 'c'.repeat(41)] }),
    },
  ];
}
