/**
 * Every API route the fuzz attacks, with what makes a request to it certainly wrong. One entry
 * per route: adding a route to the API means adding one line here (or a few for its bad fields).
 *
 * Each request the generator makes carries at least one *fatal* defect the route must refuse
 * (bad credentials, a body that is not JSON, a field that breaks the schema, an id that does not
 * exist…) and may carry harmless extras on top. So every answer must be a 4xx and nothing may be
 * written: a 2xx means a defect was let through, a 5xx means the server broke.
 */
import { MAX_BATCH, MAX_PAYLOAD_BYTES, MAX_STRING } from '../../../src/shared/sync/index';
import { classRoutes } from './class-routes';
import type { Random } from './random';

/** What the generator needs to build requests that get past what it does not mean to break. */
export interface FuzzContext {
  /** An enrolled kiosk and its device token. */
  kioskId: string;
  kioskToken: string;
  /** `nx_session=…` of a signed-in admin. */
  adminCookie: string;
  /** `nx_session=…` of a signed-in account that is not an admin. */
  staffCookie: string;
  /** An entry kind the server applies, so a valid entry would really write. */
  entryKind: string;
}

/** In a list of bad values: leave the field out altogether. */
export const MISSING = Symbol('missing');
export type BadValue = unknown;

/** Who may call a route: the fuzz breaks that credential as one of its fatal defects. */
export type RouteAuth = 'kiosk' | 'admin' | 'staff' | 'none';

export interface FuzzRoute {
  /** Shown in failures, e.g. "POST /api/sync/push". */
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The path, already with a bad :id when the route has one (the id itself is then fatal). */
  path: (r: Random) => string;
  /** True when `path` always names something that does not exist (a fatal defect by itself). */
  pathIsFatal?: boolean;
  auth: RouteAuth;
  /**
   * The JSON body, as the route would accept it where the fuzz knows the shape (routes with a
   * JSON body only; `{}` where only credentials, syntax and bytes are attacked).
   */
  body?: (r: Random, ctx: FuzzContext) => Record<string, unknown>;
  /** For each field, values that make any body invalid; MISSING leaves the field out. */
  badFields?: (r: Random, ctx: FuzzContext) => Record<string, readonly BadValue[]>;
  /** True when the route refuses bytes that are not UTF-8 (instead of decoding them to U+FFFD). */
  strictUtf8?: boolean;
  /** Query strings (without "?") the route must refuse. */
  badQueries?: readonly string[];
  /**
   * Odd query strings a read-only route may answer either way (an empty page is fine), as long
   * as it never fails with a 5xx: text with NUL, cursors that decode to odd text.
   */
  oddQueries?: readonly string[];
}

/** Non-text values: wrong for every text field. */
const NOT_TEXT: readonly BadValue[] = [null, 0, -1.5, true, [], ['x'], {}, { a: 1 }];
const REQUIRED_TEXT: readonly BadValue[] = [MISSING, ...NOT_TEXT];

/** Ids that name nothing (random UUIDs, junk, attempts at escaping the path or the SQL). */
function unknownId(r: Random): string {
  return r.pick([
    r.uuid(),
    r.text(26),
    'x'.repeat(300),
    '%00',
    '%E0%A4%A',
    '..%2F..%2Fetc',
    "1'%20or%20'1'='1",
    '%F0%9F%92%A5',
    '0',
  ]);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Paging query values every paged list must refuse. */
const BAD_PAGING: readonly string[] = [
  'limit=0',
  'limit=201',
  'limit=-1',
  'limit=abc',
  'limit=1.5',
  'limit=99999',
  'limit=%00',
  'limit=',
  `cursor=${'c'.repeat(501)}`,
  'cursor=%%%',
  'cursor=not-a-cursor',
  `cursor=${base64url({ at: 1 })}`,
  `cursor=${base64url(['only one'])}`,
];

/** Cursors that decode to a well-formed position holding text no database column should meet. */
const ODD_CURSORS: readonly string[] = [
  `cursor=${base64url(['\u0000', 'x'])}`,
  `cursor=${base64url(['2026-11-24T08:00:00.000Z', 'a\u0000b'])}`,
  `cursor=${base64url(['\ud800', '\udfff'])}`,
  `cursor=${base64url(['', ''])}`,
];

/** A kiosk entry the server would apply. */
export function validEntry(r: Random, ctx: FuzzContext): Record<string, unknown> {
  return {
    id: r.uuid(),
    kind: ctx.entryKind,
    payload: { text: r.pick(['午饭', 'help', r.text(r.int(40))]) },
    kioskTime: '2026-11-24T16:00:00.000+08:00',
    kioskId: ctx.kioskId,
    ...(r.chance(0.3) ? { attempt: r.int(5) } : {}),
  };
}

/** Values that make one entry's envelope invalid, so the whole batch is refused. */
function badEntryFields(r: Random): Record<string, readonly BadValue[]> {
  const deep = (n: number): unknown => (n === 0 ? 1 : [deep(n - 1)]);
  return {
    id: [MISSING, null, 7, '', 'x', r.uuid().toUpperCase(), '0193b1de-4a3c-4f21-9a4e-5c6d7e8f9a0b'],
    kind: [MISSING, null, 7, '', 'Meal.Book', 'meal..book', '.x', 'k'.repeat(65), 'a b'],
    payload: [
      MISSING,
      { text: '\ud800 lone' },
      { text: 'y'.repeat(MAX_STRING + 1) },
      { deep: deep(9) },
      { big: Array.from({ length: 10 }, () => 'z'.repeat(MAX_PAYLOAD_BYTES / 10)) },
      { '\udc00': 1 },
    ],
    kioskTime: [
      MISSING,
      null,
      0,
      'now',
      '2026-11-24',
      '2026-02-30T10:00:00+08:00',
      '2026-11-24T10:00',
    ],
    kioskId: [MISSING, null, 7, '', 'a b', 'k'.repeat(65), '\u0000'],
    attempt: [-1, 1.5, '1', null, true],
  };
}

/** The routes under /api. Add a line here when the API gains a route. */
export const FUZZ_ROUTES: readonly FuzzRoute[] = [
  {
    name: 'POST /api/sync/push',
    method: 'POST',
    path: () => '/api/sync/push',
    auth: 'kiosk',
    strictUtf8: true,
    body: (r, ctx) => ({
      kioskId: ctx.kioskId,
      ...(r.chance(0.5) ? { sentAt: '2026-11-24T16:00:01.000+08:00' } : {}),
      entries: Array.from({ length: 1 + r.int(5) }, () => validEntry(r, ctx)),
    }),
    badFields: (r, ctx) => {
      const entries = () => Array.from({ length: 1 + r.int(4) }, () => validEntry(r, ctx));
      // One entry broken in one field, among good ones: the batch is refused whole.
      const oneBroken = () => {
        const list = entries();
        const bad = badEntryFields(r);
        const field = r.pick(Object.keys(bad));
        const value = r.pick(bad[field] ?? []);
        const victim = { ...list[r.int(list.length)] };
        if (value === MISSING) delete victim[field];
        else victim[field] = value;
        list.splice(r.int(list.length + 1), 0, victim);
        return list;
      };
      const duplicated = () => {
        const list = entries();
        const twin = list[r.int(list.length)] as Record<string, unknown>;
        list.splice(
          r.int(list.length + 1),
          0,
          r.chance(0.5) ? twin : { ...validEntry(r, ctx), id: twin.id },
        );
        return list;
      };
      return {
        kioskId: [
          ...REQUIRED_TEXT,
          '',
          'a b',
          'k'.repeat(65),
          'another-kiosk',
          `${ctx.kioskId}\u0000`,
        ],
        sentAt: [null, 5, 'yesterday', '2026-13-01T00:00:00Z', '2026-11-24T10:00:00'],
        entries: [
          MISSING,
          null,
          'many',
          {},
          [],
          [null],
          [[]],
          Array.from({ length: MAX_BATCH + 1 + r.int(50) }, () => validEntry(r, ctx)),
          oneBroken(),
          duplicated(),
        ],
      };
    },
  },
  {
    name: 'POST /api/sync/pull',
    method: 'POST',
    path: () => '/api/sync/pull',
    auth: 'kiosk',
    strictUtf8: true,
    body: (r, ctx) => ({ kioskId: ctx.kioskId, cursor: r.chance(0.5) ? null : r.text(20) }),
    badFields: (_, ctx) => ({
      kioskId: [...REQUIRED_TEXT, '', 'a b', 'another-kiosk', `${ctx.kioskId}\u0000`],
      cursor: [MISSING, 0, true, [], {}, 'c'.repeat(201)],
    }),
  },
  {
    name: 'POST /api/kiosk/identify',
    method: 'POST',
    path: () => '/api/kiosk/identify',
    auth: 'kiosk',
    strictUtf8: true,
    body: (r) => ({ card: r.text(8, '0123456789'), pin: r.text(4, '0123456789') }),
    badFields: () => ({
      card: [...REQUIRED_TEXT, '', '1'.repeat(41)],
      pin: [...REQUIRED_TEXT, '', '123', '12345', 'abcd', '１２３４'],
    }),
  },
  // The proof is the subsidies feature's to check (tests/server/subsidies): here only
  // credentials, syntax and bytes.
  {
    name: 'POST /api/kiosk/my-subsidies',
    method: 'POST',
    path: () => '/api/kiosk/my-subsidies',
    auth: 'kiosk',
    strictUtf8: true,
    body: () => ({}),
  },
  {
    name: 'POST /api/kiosk/lesson-progress',
    method: 'POST',
    path: () => '/api/kiosk/lesson-progress',
    auth: 'kiosk',
    strictUtf8: true,
    // A proof that opens with no key of this server: even a whole body is refused (403).
    body: (r) => ({
      memberId: r.text(6),
      proof: { session: '01890a5d-ac96-774b-bcce-b302099a8057', sealed: 'AAAA' },
    }),
    badFields: () => ({
      memberId: [...REQUIRED_TEXT, '', 'm'.repeat(65)],
      proof: [MISSING, null, 1, 'proof', [], {}, { session: 'x', sealed: 'AAAA' }],
    }),
  },
  {
    name: 'POST /api/kiosks/enroll',
    method: 'POST',
    path: () => '/api/kiosks/enroll',
    auth: 'none',
    strictUtf8: true,
    body: (r) => ({ code: r.text(8, '0123456789'), appVersion: '1.0.0' }),
    badFields: () => ({
      code: [
        ...REQUIRED_TEXT,
        '',
        '1234567',
        '123456789',
        'abcdefgh',
        '1'.repeat(41),
        '１２３４５６７８',
      ],
      appVersion: [...REQUIRED_TEXT, '', 'v'.repeat(65), '1.0\u0000', '1.0\n'],
    }),
  },
  {
    name: 'POST /api/kiosks/move',
    method: 'POST',
    path: () => '/api/kiosks/move',
    auth: 'none',
    strictUtf8: true,
    body: (r) => ({ kioskId: r.text(26, '0123456789abcdef'), token: r.text(43, 'abcXYZ_-') }),
    badFields: () => ({
      kioskId: [...REQUIRED_TEXT, 'k'.repeat(65)],
      token: [...REQUIRED_TEXT, 't'.repeat(101)],
    }),
  },
  {
    name: 'POST /api/kiosks/enrollment-codes',
    method: 'POST',
    path: () => '/api/kiosks/enrollment-codes',
    auth: 'admin',
    strictUtf8: true,
    body: (r) => ({ name: `大厅 ${r.int(100)}`, ...(r.chance(0.5) ? { location: '一楼' } : {}) }),
    badFields: () => ({
      name: [...REQUIRED_TEXT, '', '   ', 'n'.repeat(61), 'a\u0000b', 'a\nb', 'a\u007fb'],
      location: [...NOT_TEXT, 'l'.repeat(101), 'a\tb'],
    }),
  },
  {
    name: 'GET /api/kiosks',
    method: 'GET',
    path: () => '/api/kiosks',
    auth: 'admin',
    badQueries: ['format=xml', 'format=', 'format=CSV', 'format=%00'],
  },
  {
    name: 'POST /api/kiosks/:id/revoke',
    method: 'POST',
    path: (r) => `/api/kiosks/${unknownId(r)}/revoke`,
    pathIsFatal: true,
    auth: 'admin',
  },
  {
    name: 'GET /api/sync/rejections',
    method: 'GET',
    path: () => '/api/sync/rejections',
    auth: 'staff',
    badQueries: BAD_PAGING,
    oddQueries: ODD_CURSORS,
  },
  {
    name: 'POST /api/staff/login',
    method: 'POST',
    path: () => '/api/staff/login',
    auth: 'none',
    body: () => ({ username: 'nobody', password: 'not the password' }),
    badFields: () => ({
      username: [...REQUIRED_TEXT, '', '   ', 'u'.repeat(65)],
      password: [...REQUIRED_TEXT, '', 'p'.repeat(201)],
    }),
  },
  {
    name: 'GET /api/staff/me',
    method: 'GET',
    path: () => '/api/staff/me',
    auth: 'staff',
  },
  {
    name: 'POST /api/staff/me/password',
    method: 'POST',
    path: () => '/api/staff/me/password',
    auth: 'staff',
    body: () => ({ currentPassword: 'not the password', newPassword: 'a brand new password' }),
    badFields: () => ({
      currentPassword: [...REQUIRED_TEXT, 'p'.repeat(201)],
      newPassword: [...REQUIRED_TEXT, '', 'short', 'p'.repeat(201)],
    }),
  },
  {
    name: 'GET /api/staff/accounts',
    method: 'GET',
    path: () => '/api/staff/accounts',
    auth: 'admin',
  },
  {
    name: 'POST /api/staff/accounts',
    method: 'POST',
    path: () => '/api/staff/accounts',
    auth: 'admin',
    body: (r) => ({ name: '王芳', username: `fuzz${r.int(1000)}`, role: 'staff' }),
    badFields: () => ({
      name: [...REQUIRED_TEXT, '', '  ', 'n'.repeat(51), 'a\u0000b'],
      username: [...REQUIRED_TEXT, 'ab', 'u'.repeat(33), 'Bad Name', '-abc', 'wang@fang'],
      role: [MISSING, null, 5, '', 'boss', ['admin']],
      password: [...NOT_TEXT, 'short', 'p'.repeat(201)],
    }),
  },
  ...(['disable', 'enable'] as const).map(
    (action): FuzzRoute => ({
      name: `POST /api/staff/accounts/:id/${action}`,
      method: 'POST',
      path: (r) => `/api/staff/accounts/${unknownId(r)}/${action}`,
      pathIsFatal: true,
      auth: 'admin',
    }),
  ),
  {
    name: 'POST /api/staff/accounts/:id/reset-password',
    method: 'POST',
    path: (r) => `/api/staff/accounts/${unknownId(r)}/reset-password`,
    pathIsFatal: true,
    auth: 'admin',
    body: () => ({ password: 'a brand new password' }),
    badFields: () => ({ password: [...NOT_TEXT, 'short', 'p'.repeat(201)] }),
  },
  {
    name: 'GET /api/audit',
    method: 'GET',
    path: () => '/api/audit',
    auth: 'admin',
    badQueries: [
      ...BAD_PAGING,
      'from=yesterday',
      'from=2026-13-45',
      'to=2026-02-30T25:61',
      'to=%ZZ',
      'from=2026-11-24T08:00:00%2B99:99',
      `action=${'a'.repeat(101)}`,
      `subjectId=${'s'.repeat(101)}`,
      'format=xml',
      'format=csv%00',
    ],
    oddQueries: [
      ...ODD_CURSORS,
      'action=%00',
      'subjectId=a%00b',
      'actorId=%F0%9F%92%A5',
      'subjectType=%ED%A0%80',
      'from=0001-01-01&to=9999-12-31',
    ],
  },
  {
    name: 'GET /api/members',
    method: 'GET',
    path: () => '/api/members',
    auth: 'staff',
    badQueries: [...BAD_PAGING, 'category=x', 'status=gone', 'format=xml', `q=${'q'.repeat(51)}`],
    oddQueries: [...ODD_CURSORS, 'q=%00', 'q=%ED%A0%80', 'q=%25%5F', "q='%20or%201=1--"],
  },
  {
    name: 'GET /api/members/:id',
    method: 'GET',
    path: (r) => `/api/members/${unknownId(r)}`,
    pathIsFatal: true,
    auth: 'staff',
  },
  {
    name: 'GET /api/subsidies/members/:id',
    method: 'GET',
    path: (r) => `/api/subsidies/members/${unknownId(r)}`,
    pathIsFatal: true,
    auth: 'staff',
  },
  {
    name: 'PUT /api/subsidies/members/:id',
    method: 'PUT',
    path: (r) => `/api/subsidies/members/${unknownId(r)}`,
    pathIsFatal: true,
    auth: 'admin',
    strictUtf8: true,
    body: () => ({}),
  },
  {
    name: 'GET /api/subsidies/outreach/eligible',
    method: 'GET',
    path: () => '/api/subsidies/outreach/eligible',
    auth: 'staff',
    badQueries: ['format=xml', 'format=', 'format=CSV', 'format=%00'],
  },
  {
    name: 'GET /api/subsidies/outreach/birthdays',
    method: 'GET',
    path: () => '/api/subsidies/outreach/birthdays',
    auth: 'staff',
    badQueries: ['format=xml', 'format=', 'format=CSV', 'format=%00'],
  },
  {
    name: 'GET /api/members/:id/id-number',
    method: 'GET',
    path: (r) => `/api/members/${unknownId(r)}/id-number`,
    pathIsFatal: true,
    auth: 'admin',
    badQueries: ['reveal=2', 'reveal=yes', 'reveal=%00'],
  },
  {
    name: 'PUT /api/members/:id/id-number',
    method: 'PUT',
    path: (r) => `/api/members/${unknownId(r)}/id-number`,
    pathIsFatal: true,
    auth: 'admin',
    strictUtf8: true,
    body: () => ({ idNumber: '11010519491231002X' }),
    badFields: () => ({
      idNumber: [MISSING, 0, true, [], {}, '', '11010519491231002', '110105194912310021'],
    }),
  },
  {
    name: 'GET /api/subsidies/members/:id/history',
    method: 'GET',
    path: (r) => `/api/subsidies/members/${unknownId(r)}/history`,
    pathIsFatal: true,
    auth: 'staff',
  },
  {
    name: 'POST /api/subsidies/members/:id/history',
    method: 'POST',
    path: (r) => `/api/subsidies/members/${unknownId(r)}/history`,
    pathIsFatal: true,
    auth: 'admin',
    strictUtf8: true,
    body: () => ({
      kind: 'payment',
      programmeId: 'qinghe-old-age',
      month: '2026-11',
      fen: 8000,
      reason: null,
    }),
    badFields: () => ({
      kind: [...REQUIRED_TEXT, 'gift'],
      month: [...REQUIRED_TEXT, '2026-13', '26-11'],
      fen: [MISSING, null, '80', -1, 1.5, 1e9],
      reason: [MISSING, 0, 'bored'],
    }),
  },
  {
    name: 'GET /api/subsidies/members/:id/applications',
    method: 'GET',
    path: (r) => `/api/subsidies/members/${unknownId(r)}/applications`,
    pathIsFatal: true,
    auth: 'staff',
  },
  {
    name: 'POST /api/subsidies/members/:id/applications',
    method: 'POST',
    path: (r) => `/api/subsidies/members/${unknownId(r)}/applications`,
    pathIsFatal: true,
    auth: 'admin',
    strictUtf8: true,
    body: () => ({ programmeId: 'qinghe-old-age', appliedOn: '2026-11-20', note: '带了户口本' }),
    badFields: () => ({
      programmeId: [...REQUIRED_TEXT, '', 'Moon Pension'],
      appliedOn: [...REQUIRED_TEXT, '2026-02-30', '26-11-20'],
      note: [null, 0, true, [], 'x'.repeat(201)],
    }),
  },
  {
    name: 'PATCH /api/subsidies/members/:id/applications/:applicationId',
    method: 'PATCH',
    path: (r) => `/api/subsidies/members/${unknownId(r)}/applications/${unknownId(r)}`,
    pathIsFatal: true,
    auth: 'admin',
    strictUtf8: true,
    body: () => ({ status: 'approved', decidedOn: '2026-11-25', reason: '' }),
    badFields: () => ({
      status: [...REQUIRED_TEXT, 'applied', 'maybe'],
      decidedOn: [...REQUIRED_TEXT, '2026-13-01', '25/11/2026'],
      reason: [null, 0, true, [], 'x'.repeat(201)],
    }),
  },
  {
    name: 'GET /api/members/:id/lessons',
    method: 'GET',
    path: (r) => `/api/members/${unknownId(r)}/lessons`,
    pathIsFatal: true,
    auth: 'staff',
  },
  // The member schemas belong to the members feature: here only credentials, syntax and bytes.
  {
    name: 'POST /api/members',
    method: 'POST',
    path: () => '/api/members',
    auth: 'admin',
    strictUtf8: true,
    body: () => ({}),
  },
  {
    name: 'PATCH /api/members/:id',
    method: 'PATCH',
    path: (r) => `/api/members/${unknownId(r)}`,
    pathIsFatal: true,
    auth: 'admin',
    strictUtf8: true,
    body: () => ({}),
  },
  {
    name: 'POST /api/subsidies/imports',
    method: 'POST',
    path: () => '/api/subsidies/imports',
    auth: 'staff',
    badQueries: [
      'list=added',
      'asOf=2026-11',
      'list=moon&asOf=2026-11',
      'list=added&asOf=2026-13',
      'list=added&asOf=2026-11&dryRun=yes',
      'list=%00&asOf=%00',
    ],
  },
  {
    name: 'GET /api/subsidies/queue',
    method: 'GET',
    path: () => '/api/subsidies/queue',
    auth: 'staff',
  },
  {
    name: 'GET /api/subsidies/report',
    method: 'GET',
    path: () => '/api/subsidies/report',
    auth: 'staff',
    badQueries: ['', 'month=2026-13', 'month=2026-1', 'month=%00', 'month=2026-11-01'],
  },
  {
    name: 'POST /api/subsidies/queue/:id/match',
    method: 'POST',
    path: (r) => `/api/subsidies/queue/${unknownId(r)}/match`,
    pathIsFatal: true,
    auth: 'staff',
    strictUtf8: true,
    body: () => ({ memberId: 'm1' }),
    badFields: () => ({ memberId: [...REQUIRED_TEXT, '', 'x'.repeat(65)] }),
  },
  {
    name: 'POST /api/members/import',
    method: 'POST',
    path: () => '/api/members/import',
    auth: 'admin',
    badQueries: ['dryRun=2', 'dryRun=yes', 'dryRun=', 'dryRun=%00'],
  },
  { name: 'GET /api/dashboard', method: 'GET', path: () => '/api/dashboard', auth: 'staff' },
  {
    name: 'GET /api/config/current',
    method: 'GET',
    path: () => '/api/config/current',
    auth: 'staff',
  },
  {
    name: 'GET /api/config/versions',
    method: 'GET',
    path: () => '/api/config/versions',
    auth: 'staff',
    badQueries: ['page=0', 'page=-1', 'page=1.5', 'page=abc', 'page=', 'page=%00'],
  },
  {
    name: 'GET /api/config/versions/:number',
    method: 'GET',
    path: (r) => `/api/config/versions/${r.pick(['999999', '0', 'abc', '-1', '1.5'])}`,
    pathIsFatal: true,
    auth: 'staff',
  },
  {
    name: 'GET /api/config/versions/:number/diff',
    method: 'GET',
    path: () => '/api/config/versions/1/diff',
    auth: 'staff',
    badQueries: ['against=0', 'against=abc', 'against=', 'against=999999', 'against=%00'],
  },
  {
    name: 'POST /api/config/versions',
    method: 'POST',
    path: () => '/api/config/versions',
    auth: 'admin',
    strictUtf8: true,
    // Never a whole valid config, so nothing here may publish.
    body: (r) => ({
      files: { 'centre.json': r.pick(['{}', '[]', r.text(20)]) },
      note: '新值班电话',
      basedOn: 1,
    }),
    badFields: () => ({
      files: [MISSING, null, 5, 'centre.json', [], { 'centre.json': 5 }, { '../x.json': '{}' }],
      note: [5, [], 'n'.repeat(501), 'a\u0007b'],
      basedOn: [MISSING, null, '1', -1, 1.5],
    }),
  },
  {
    name: 'POST /api/config/versions/:number/restore',
    method: 'POST',
    path: (r) => `/api/config/versions/${r.pick(['999999', '0', 'abc'])}/restore`,
    pathIsFatal: true,
    auth: 'admin',
    strictUtf8: true,
    body: () => ({ note: '恢复' }),
    badFields: () => ({ note: [5, [], 'n'.repeat(501)] }),
  },
  {
    name: 'POST /api/config/meals',
    method: 'POST',
    path: () => '/api/config/meals',
    auth: 'staff',
    strictUtf8: true,
    body: (r) => ({ meals: r.pick(['{}', '[]', r.text(20)]), note: '周五菜单', basedOn: 1 }),
    badFields: () => ({
      meals: [MISSING, null, 5, [], {}],
      basedOn: [MISSING, null, '1', -1, 1.5],
      files: [{ 'centre.json': '{}' }],
    }),
  },
  {
    name: 'PUT /api/kiosks/:id/settings',
    method: 'PUT',
    path: (r) => `/api/kiosks/${unknownId(r)}/settings`,
    pathIsFatal: true,
    auth: 'admin',
    strictUtf8: true,
    body: () => ({ name: '一楼大厅', location: '一楼', orientation: null, jobs: null }),
    badFields: () => ({
      name: [...REQUIRED_TEXT, '', 'n'.repeat(200)],
      orientation: ['sideways', 5],
      jobs: [[], ['dance'], ['meals', 'meals'], 'meals'],
    }),
  },
  { name: 'GET /api/photos', method: 'GET', path: () => '/api/photos', auth: 'staff' },
  { name: 'POST /api/photos', method: 'POST', path: () => '/api/photos', auth: 'staff' },
  { name: 'GET /api/events', method: 'GET', path: () => '/api/events', auth: 'staff' },
  { name: 'GET /api/sync/live', method: 'GET', path: () => '/api/sync/live', auth: 'kiosk' },
  {
    name: 'GET /api/help/calls',
    method: 'GET',
    path: () => '/api/help/calls',
    auth: 'staff',
    badQueries: [
      'active=0',
      'active=yes',
      'active=%00',
      'from=2026-11-01',
      'to=2026-11-01',
      'from=2026-11-30&to=2026-11-01',
      'from=2026-02-30&to=2026-03-01',
      'from=2024-01-01&to=2026-01-01',
      'active=1&from=2026-11-01&to=2026-11-02',
      'from=%ED%A0%80&to=2026-11-01',
    ],
  },
  {
    name: 'POST /api/help/calls/:id/ack',
    method: 'POST',
    path: (r) => `/api/help/calls/${unknownId(r)}/ack`,
    pathIsFatal: true,
    auth: 'staff',
  },
  {
    name: 'POST /api/help/calls/:id/resolve',
    method: 'POST',
    path: (r) => `/api/help/calls/${unknownId(r)}/resolve`,
    pathIsFatal: true,
    auth: 'staff',
    strictUtf8: true,
    body: (r) => (r.chance(0.5) ? { note: '已处理' } : {}),
    badFields: () => ({ note: [...NOT_TEXT.filter((x) => x !== null), '', '  ', 'n'.repeat(501)] }),
  },
  {
    name: 'POST /api/help/calls/:id/false-alarm',
    method: 'POST',
    path: (r) => `/api/help/calls/${unknownId(r)}/false-alarm`,
    pathIsFatal: true,
    auth: 'staff',
    strictUtf8: true,
    body: () => ({ reason: '误按' }),
    badFields: () => ({ reason: [...REQUIRED_TEXT, '', '   ', 'r'.repeat(501)] }),
  },
  {
    name: 'GET /api/help/calls/:id/escalations',
    method: 'GET',
    path: (r) => `/api/help/calls/${unknownId(r)}/escalations`,
    pathIsFatal: true,
    auth: 'staff',
  },
  {
    name: 'GET /api/help/requests',
    method: 'GET',
    path: () => '/api/help/requests',
    auth: 'staff',
    badQueries: [
      'status=open',
      'status=',
      'status=%00',
      'page=0',
      'page=-1',
      'page=1.5',
      'page=abc',
      'page=9999999',
      `memberId=${'m'.repeat(65)}`,
      'memberId=',
    ],
    oddQueries: ['memberId=%00', 'memberId=%ED%A0%80', "memberId='%20or%201=1--", 'page=99999'],
  },
  {
    name: 'GET /api/help/requests/:id',
    method: 'GET',
    path: (r) => `/api/help/requests/${unknownId(r)}`,
    pathIsFatal: true,
    auth: 'staff',
  },
  {
    name: 'POST /api/help/requests/:id/assign',
    method: 'POST',
    path: (r) => `/api/help/requests/${unknownId(r)}/assign`,
    pathIsFatal: true,
    auth: 'staff',
    strictUtf8: true,
    body: (r) => ({
      staffId: r.uuid(),
      plan: r.chance(0.5) ? null : { day: '2026-11-26', part: 'morning' },
    }),
    badFields: (r) => ({
      staffId: [...REQUIRED_TEXT, '', 's'.repeat(65)],
      plan: [
        'tomorrow',
        5,
        [],
        {},
        { day: 'tomorrow', part: null },
        { day: '2026-11-26', part: 'noon' },
        { day: '2026-02-30', part: null },
        { day: r.text(5) },
      ],
    }),
  },
  {
    name: 'POST /api/help/requests/:id/status',
    method: 'POST',
    path: (r) => `/api/help/requests/${unknownId(r)}/status`,
    pathIsFatal: true,
    auth: 'staff',
    strictUtf8: true,
    body: (r) => ({ status: r.pick(['assigned', 'in-progress', 'done', 'cancelled']) }),
    badFields: () => ({ status: [MISSING, null, 5, '', 'open', 'Done', ['done']] }),
  },
  {
    name: 'POST /api/help/requests/:id/notes',
    method: 'POST',
    path: (r) => `/api/help/requests/${unknownId(r)}/notes`,
    pathIsFatal: true,
    auth: 'staff',
    strictUtf8: true,
    body: () => ({ text: '已电话联系' }),
    badFields: () => ({ text: [...REQUIRED_TEXT, '', '   ', 't'.repeat(1001)] }),
  },
  ...(['report', 'report.csv'] as const).map(
    (name): FuzzRoute => ({
      name: `GET /api/help/${name}`,
      method: 'GET',
      path: () => `/api/help/${name}`,
      auth: 'admin',
      badQueries: [
        'month=2026-13',
        'month=2026-00',
        'month=26-11',
        'month=2026-1',
        'month=',
        'month=%00',
        'month=2026-11-01',
        'format=csv',
      ],
    }),
  ),
  ...classRoutes(unknownId),
];
