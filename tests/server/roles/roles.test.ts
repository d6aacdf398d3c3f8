/**
 * Who may do what, route by route (issue #11 finding 6): each role signs in and tries every
 * sensitive route. The expected statuses are written out by hand below — deliberately not derived
 * from src/shared/staff/roles.ts, so a wrong entry in the role map fails here.
 *
 * A 404 on an unknown id or an empty store means the permission check let the request through
 * (the lookup came after it); a 403 means it did not.
 */
import { describe, expect, it } from 'vitest';
import type { HelpCallView } from '../../../src/shared/help/api-types';
import type { StaffRole } from '../../../src/shared/staff/roles';
import { type HelpApi, helpCentre, sseStream } from '../help/help-api';
import { forEachStore } from '../support/stores';

/** What a route is tried with: the centre's ids, and the id of the account trying it. */
interface Ids {
  callA: string;
  callB: string;
  request: string;
  self: string;
}

interface Attempt {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** A body sent as it is, with this content type (the CSV import). */
  raw?: { text: string; type: string };
}

const get = (path: string): Attempt => ({ method: 'GET', path: () => path });

/** Every route tried, by a name that says what it does. */
const ROUTES = {
  'list members': get('/api/members'),
  'export members CSV': get('/api/members?format=csv'),
  'read a member': get('/api/members/m1'),
  'read a member’s lesson progress': get('/api/members/m1/lessons'),
  'add a member': {
    method: 'POST',
    path: () => '/api/members',
    body: () => ({
      cardNumber: '10003',
      name: '孙美华',
      birthDate: '1945-11-30',
      localHukou: true,
    }),
  },
  'edit a member': {
    method: 'PATCH',
    path: () => '/api/members/m1',
    body: () => ({ notes: '爱吃鱼' }),
  },
  'import members (dry run)': {
    method: 'POST',
    path: () => '/api/members/import?dryRun=1',
    raw: { text: '卡号,姓名,出生日期,本地户籍\n10004,刘德明,1950-01-20,是\n', type: 'text/csv' },
  },
  'a member’s ID number (masked)': get('/api/members/m1/id-number'),
  'a member’s whole ID number': get('/api/members/m1/id-number?reveal=1'),
  'set a member’s ID number': {
    method: 'PUT',
    path: () => '/api/members/m1/id-number',
    body: () => ({ idNumber: null }),
  },
  'what a member receives (subsidies)': get('/api/subsidies/members/m1'),
  'import a bureau subsidy list (dry run)': {
    method: 'POST',
    path: () => '/api/subsidies/imports?list=payments&asOf=2026-11&dryRun=1',
    raw: {
      text: '身份证号,姓名,项目,月份,金额\n11010519491231002X,王建国,qinghe-old-age,2026-11,80\n',
      type: 'text/csv',
    },
  },
  'bureau rows waiting for a member': get('/api/subsidies/queue'),
  'subsidy report': get('/api/subsidies/report?month=2026-11'),
  'a member’s subsidy history': get('/api/subsidies/members/m1/history'),
  'a member’s subsidy applications': get('/api/subsidies/members/m1/applications'),
  'list courses': get('/api/classes/courses'),
  'a course’s completion': get('/api/classes/courses/no-such-course/completion'),
  'a learner’s record (not a trainer’s own)': get('/api/classes/learners/m1'),
  'enter a member’s subsidy application': {
    method: 'POST',
    path: () => '/api/subsidies/members/m1/applications',
    body: () => ({ programmeId: 'qinghe-old-age', appliedOn: '2026-11-20' }),
  },
  'change what a member receives': {
    method: 'PUT',
    path: () => '/api/subsidies/members/m1',
    body: () => ({ receipts: [] }),
  },
  'subsidy outreach: eligible, not receiving': get('/api/subsidies/outreach/eligible'),
  'subsidy outreach: birthdays (CSV)': get('/api/subsidies/outreach/birthdays?format=csv'),
  'active calls (the alert)': get('/api/help/calls?active=1'),
  'past calls': get('/api/help/calls?from=2026-11-25&to=2026-11-25'),
  'escalation attempts': {
    method: 'GET',
    path: (ids) => `/api/help/calls/${ids.callA}/escalations`,
  },
  'acknowledge a call': { method: 'POST', path: (ids) => `/api/help/calls/${ids.callA}/ack` },
  'resolve a call': {
    method: 'POST',
    path: (ids) => `/api/help/calls/${ids.callA}/resolve`,
    body: () => ({ note: '已到场，没事' }),
  },
  'call it a false alarm': {
    method: 'POST',
    path: (ids) => `/api/help/calls/${ids.callB}/false-alarm`,
    body: () => ({ reason: '孙子按着玩' }),
  },
  'list service requests': get('/api/help/requests'),
  'read a service request': { method: 'GET', path: (ids) => `/api/help/requests/${ids.request}` },
  'assign a service request': {
    method: 'POST',
    path: (ids) => `/api/help/requests/${ids.request}/assign`,
    body: (ids) => ({ staffId: ids.self, plan: null }),
  },
  'change a request status': {
    method: 'POST',
    path: (ids) => `/api/help/requests/${ids.request}/status`,
    body: () => ({ status: 'in-progress' }),
  },
  'note on a request': {
    method: 'POST',
    path: (ids) => `/api/help/requests/${ids.request}/notes`,
    body: () => ({ text: '已打电话' }),
  },
  'help report': get('/api/help/report?month=2026-11'),
  'kitchen roster': get('/api/meals/roster?day=2026-11-25&sitting=lunch'),
  'mark a meal (unknown booking)': {
    method: 'POST',
    path: () => '/api/meals/bookings/no-such-booking/status',
    body: () => ({ status: 'served' }),
  },
  'absence list (emergency contacts)': get('/api/meals/absent'),
  'meal report': get('/api/meals/report?from=2026-11-01&to=2026-11-30'),
  // No config is stored in this centre: 404 config_none once the permission lets it through.
  'publish meals.json': {
    method: 'POST',
    path: () => '/api/config/meals',
    body: () => ({ meals: '{}', note: '', basedOn: 1 }),
  },
  'meal photos': get('/api/photos'),
  'kiosk refusals': get('/api/sync/rejections'),
  'kiosk fleet': get('/api/kiosks'),
  'staff accounts': get('/api/staff/accounts'),
  'rename an account': {
    method: 'POST',
    path: (ids) => `/api/staff/accounts/${ids.self}/name`,
    body: () => ({ name: '新名字' }),
  },
  'give my own name': {
    method: 'POST',
    path: () => '/api/staff/me/name',
    body: () => ({ name: '我的名字' }),
  },
  'people list (names, phones)': get('/api/people'),
  'add to the people list': {
    method: 'POST',
    path: () => '/api/people',
    body: () => ({ name: '李师傅', kind: 'field-worker' }),
  },
  'who a request can go to': get('/api/help/assignees'),
  'audit log': get('/api/audit'),
  dashboard: get('/api/dashboard'),
  'who am I': get('/api/staff/me'),
} satisfies Record<string, Attempt>;

type Route = keyof typeof ROUTES;

/**
 * The expected answer for each role, by hand. Kitchen: meals only (roster, canteen editor,
 * photos), plus what every console needs. Trainers: nothing of the register, the help queue or
 * the meals. Everyone is rung for an emergency and may acknowledge it.
 */
const EXPECTED: Record<Route, Record<StaffRole, number>> = {
  'list members': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'export members CSV': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'read a member': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'read a member’s lesson progress': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'add a member': { admin: 201, staff: 201, kitchen: 403, trainer: 403 },
  'edit a member': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'import members (dry run)': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  // The desk's, like the register: never the kitchen's or a trainer's; whole only for admins.
  'a member’s ID number (masked)': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'a member’s whole ID number': { admin: 200, staff: 403, kitchen: 403, trainer: 403 },
  'set a member’s ID number': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'what a member receives (subsidies)': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  // This centre has no subsidies.json: 404 no_subsidies once the permission lets it through.
  'import a bureau subsidy list (dry run)': { admin: 404, staff: 404, kitchen: 403, trainer: 403 },
  'bureau rows waiting for a member': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'subsidy report': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'a member’s subsidy history': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'a member’s subsidy applications': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  // Classes are trainers' and admins'; a course that does not exist is 404 once let through.
  'list courses': { admin: 200, staff: 403, kitchen: 403, trainer: 200 },
  'a course’s completion': { admin: 404, staff: 403, kitchen: 403, trainer: 404 },
  // m1 never came to a class of this trainer's: only the admin reads their record.
  'a learner’s record (not a trainer’s own)': {
    admin: 200,
    staff: 403,
    kitchen: 403,
    trainer: 403,
  },
  // This centre has no subsidies.json: 400 unknown_programme once the permission lets it through.
  'enter a member’s subsidy application': { admin: 400, staff: 400, kitchen: 403, trainer: 403 },
  'change what a member receives': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  // Who to call about money, with their phones: the desk's.
  'subsidy outreach: eligible, not receiving': {
    admin: 200,
    staff: 200,
    kitchen: 403,
    trainer: 403,
  },
  'subsidy outreach: birthdays (CSV)': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'active calls (the alert)': { admin: 200, staff: 200, kitchen: 200, trainer: 200 },
  'past calls': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'escalation attempts': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'acknowledge a call': { admin: 200, staff: 200, kitchen: 200, trainer: 200 },
  'resolve a call': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'call it a false alarm': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'list service requests': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'read a service request': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'assign a service request': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'change a request status': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'note on a request': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'help report': { admin: 200, staff: 403, kitchen: 403, trainer: 403 },
  'kitchen roster': { admin: 200, staff: 200, kitchen: 200, trainer: 403 },
  'mark a meal (unknown booking)': { admin: 404, staff: 404, kitchen: 404, trainer: 403 },
  'absence list (emergency contacts)': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'meal report': { admin: 200, staff: 403, kitchen: 403, trainer: 403 },
  'publish meals.json': { admin: 404, staff: 403, kitchen: 404, trainer: 403 },
  'meal photos': { admin: 200, staff: 403, kitchen: 200, trainer: 403 },
  'kiosk refusals': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'kiosk fleet': { admin: 200, staff: 403, kitchen: 403, trainer: 403 },
  'staff accounts': { admin: 200, staff: 403, kitchen: 403, trainer: 403 },
  'rename an account': { admin: 200, staff: 403, kitchen: 403, trainer: 403 },
  'give my own name': { admin: 200, staff: 200, kitchen: 200, trainer: 200 },
  'people list (names, phones)': { admin: 200, staff: 403, kitchen: 403, trainer: 403 },
  'add to the people list': { admin: 201, staff: 403, kitchen: 403, trainer: 403 },
  'who a request can go to': { admin: 200, staff: 200, kitchen: 403, trainer: 403 },
  'audit log': { admin: 200, staff: 403, kitchen: 403, trainer: 403 },
  dashboard: { admin: 200, staff: 200, kitchen: 200, trainer: 200 },
  'who am I': { admin: 200, staff: 200, kitchen: 200, trainer: 200 },
};

const ROLES: StaffRole[] = ['admin', 'staff', 'kitchen', 'trainer'];

async function send(api: HelpApi, attempt: Attempt, ids: Ids, cookie: Record<string, string>) {
  const body = attempt.body?.(ids);
  const headers: Record<string, string> = { ...cookie };
  let payload: string | undefined;
  if (attempt.raw) {
    headers['content-type'] = attempt.raw.type;
    payload = attempt.raw.text;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  return api.app.request(`http://centre.test${attempt.path(ids)}`, {
    method: attempt.method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
  });
}

/** A centre with two open calls (two kiosks), one service request, and `role` signed in. */
async function centreFor(makeDb: () => Promise<Parameters<typeof helpCentre>[0]>, role: StaffRole) {
  const db = await makeDb();
  const centre = await helpCentre(db);
  const { api, admin, kiosk } = centre;
  const other = await api.enroll(admin.auth, '二楼活动室', '二楼');
  const callOf = async (k: typeof kiosk) => {
    const pushed = await api.push(k, 'help.call', { memberId: 'm1', cancelled: false });
    return (pushed as { record: { callId: string } }).record.callId;
  };
  const requested = await api.push(kiosk, 'service.request', {
    memberId: 'm1',
    category: 'cleaning',
    when: 'tomorrow',
    where: 'home',
  });
  const who =
    role === 'admin'
      ? admin
      : role === 'staff'
        ? centre.staff
        : role === 'kitchen'
          ? centre.kitchen
          : await api.signIn('coach1', 'trainer', '周教练');
  const ids: Ids = {
    callA: await callOf(kiosk),
    callB: await callOf(other),
    request: (requested as { record: { requestId: string } }).record.requestId,
    self: who.id,
  };
  return { ...centre, ids, who };
}

forEachStore((_store, makeDb) => {
  describe('roles × routes', () => {
    for (const role of ROLES)
      it(`${role}: each sensitive route answers as the table says`, async () => {
        const { api, ids, who } = await centreFor(makeDb, role);
        const answered: Record<string, number> = {};
        const expected: Record<string, number> = {};
        for (const name of Object.keys(ROUTES) as Route[]) {
          answered[name] = (await send(api, ROUTES[name], ids, who.auth)).status;
          expected[name] = EXPECTED[name][role];
        }
        expect(answered).toEqual(expected);
      });

    it('a refusal names the roles that may; signed out is 401', async () => {
      const { api, ids, who } = await centreFor(makeDb, 'kitchen');
      const res = await send(api, ROUTES['change a request status'], ids, who.auth);
      expect(await res.json()).toEqual({
        error: {
          code: 'wrong_role',
          message: 'Only admin or staff accounts can do this; you are signed in as kitchen.',
        },
      });
      const status = await send(api, ROUTES['read a service request'], ids, {});
      expect(status.status).toBe(401);
    });
  });

  describe('the emergency alert for every role', () => {
    /** The member's details a call carries. */
    const contactsOf = (call: HelpCallView | undefined) => ({
      name: call?.member?.name,
      phone: call?.member?.phone,
      address: call?.member?.address,
      emergencyName: call?.member?.emergencyName,
      emergencyPhone: call?.member?.emergencyPhone,
      emergencyRelation: call?.member?.emergencyRelation,
    });
    const FULL = {
      name: '李秀英',
      phone: '13800000001',
      address: '长青路 1 号',
      emergencyName: '李强',
      emergencyPhone: '13900000002',
      emergencyRelation: '儿子',
    };
    const NAME_ONLY = {
      name: '李秀英',
      phone: null,
      address: null,
      emergencyName: null,
      emergencyPhone: null,
      emergencyRelation: null,
    };

    it('rings kitchen and trainer consoles with the place, without the member’s contacts', async () => {
      const db = await makeDb();
      const { api, staff, kitchen, kiosk } = await helpCentre(db);
      const trainer = await api.signIn('coach1', 'trainer', '周教练');
      const streams = {
        staff: sseStream(await api.get('/api/events', staff.auth)),
        kitchen: sseStream(await api.get('/api/events', kitchen.auth)),
        trainer: sseStream(await api.get('/api/events', trainer.auth)),
      };
      for (const s of Object.values(streams)) await s.nextOf('ready');
      await api.push(kiosk, 'help.call', { memberId: 'm1', cancelled: false });
      const heard = {
        staff: (await streams.staff.nextOf('help.call')).data as HelpCallView,
        kitchen: (await streams.kitchen.nextOf('help.call')).data as HelpCallView,
        trainer: (await streams.trainer.nextOf('help.call')).data as HelpCallView,
      };
      for (const call of Object.values(heard))
        expect(call).toMatchObject({
          kioskName: '大厅 1',
          kioskLocation: '一楼大厅',
          status: 'open',
        });
      expect(contactsOf(heard.staff)).toEqual(FULL);
      expect(contactsOf(heard.kitchen)).toEqual(NAME_ONLY);
      expect(contactsOf(heard.trainer)).toEqual(NAME_ONLY);
      // Not a byte of them anywhere in the event (livesAlone comes from the register too).
      for (const call of [heard.kitchen, heard.trainer]) {
        const text = JSON.stringify(call);
        for (const secret of ['13800000001', '13900000002', '李强', '长青路'])
          expect(text).not.toContain(secret);
        expect(call.member?.livesAlone).toBe(false);
      }

      // The same on the calls route the console reads on (re)connect, and on "I'm on it".
      for (const who of [kitchen, trainer]) {
        const res = await api.get('/api/help/calls?active=1', who.auth);
        const { calls } = (await res.json()) as { calls: HelpCallView[] };
        expect(calls.map(contactsOf)).toEqual([NAME_ONLY]);
      }
      const [call] = (
        (await (await api.get('/api/help/calls?active=1', staff.auth)).json()) as {
          calls: HelpCallView[];
        }
      ).calls;
      expect(contactsOf(call)).toEqual(FULL);
      const ack = await api.post(`/api/help/calls/${call?.id}/ack`, undefined, kitchen.auth);
      expect(ack.status).toBe(200);
      expect(contactsOf((await ack.json()) as HelpCallView)).toEqual(NAME_ONLY);
      // The acknowledgement reaches the desk in full, the kitchen and trainer without contacts.
      const acked = {
        staff: (await streams.staff.nextOf('help.call')).data as HelpCallView,
        trainer: (await streams.trainer.nextOf('help.call')).data as HelpCallView,
      };
      expect(acked.staff).toMatchObject({ status: 'acknowledged', ackBy: { name: '李师傅' } });
      expect(contactsOf(acked.staff)).toEqual(FULL);
      expect(contactsOf(acked.trainer)).toEqual(NAME_ONLY);
      for (const s of Object.values(streams)) await s.cancel();
    });

    it('sends service requests to the desk’s streams only, live and replayed', async () => {
      const db = await makeDb();
      const { api, staff, kitchen, kiosk } = await helpCentre(db);
      const trainer = await api.signIn('coach1', 'trainer', '周教练');
      const desk = sseStream(await api.get('/api/events', staff.auth));
      const cook = sseStream(await api.get('/api/events', kitchen.auth));
      const coach = sseStream(await api.get('/api/events', trainer.auth));
      for (const s of [desk, cook, coach]) await s.nextOf('ready');
      await api.push(kiosk, 'service.request', {
        memberId: 'm1',
        category: 'cleaning',
        when: 'tomorrow',
        where: 'home',
      });
      await api.push(kiosk, 'help.call', { memberId: null, cancelled: false });
      /** The next help event on a stream, past kiosk.seen and sync.pushed. */
      const nextHelp = async (stream: typeof desk) => {
        for (;;) {
          const m = await stream.nextEvent();
          if (m.event.startsWith('help.')) return m;
        }
      };
      expect((await nextHelp(desk)).event).toBe('help.request');
      // The kitchen's and the trainer's next help event is the call: the request never came.
      expect((await nextHelp(cook)).event).toBe('help.call');
      expect((await nextHelp(coach)).event).toBe('help.call');
      for (const s of [desk, cook, coach]) await s.cancel();

      const replay = sseStream(
        await api.get('/api/events', { ...kitchen.auth, 'last-event-id': '0' }),
      );
      await replay.nextOf('ready');
      expect(await nextHelp(replay)).toMatchObject({ event: 'help.call', id: '2' });
      await replay.cancel();
    });
  });
});
