/** Service requests: the service.request / service.cancel appliers and the console's queue. */
import { describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../../src/server/events/bus';
import type { ServiceRequestView } from '../../../src/shared/help/api-types';
import type { MemberRequests } from '../../../src/shared/help/changes';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';
import { type HelpApi, helpCentre } from './help-api';

const CLEANING = { memberId: 'm1', category: 'cleaning', when: 'tomorrow', where: 'home' };

async function requestId(api: HelpApi, kiosk: Parameters<HelpApi['push']>[0], payload: unknown) {
  const result = await api.push(kiosk, 'service.request', payload);
  if (result.status !== 'accepted') throw new Error(JSON.stringify(result));
  return (result.record as { requestId: string }).requestId;
}

forEachStore((_store, makeDb) => {
  describe('service.request', () => {
    it('stores a request, lists it for the member’s kiosks and tells the consoles', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      const heard: ServerEvent[] = [];
      api.events.subscribe((e) => heard.push(e));
      const id = await requestId(api, kiosk, CLEANING);
      const mine = (await api.feed(kiosk)).get('member-requests:m1') as MemberRequests;
      expect(mine.requests).toEqual([
        {
          id,
          category: 'cleaning',
          when: 'tomorrow',
          where: 'home',
          status: 'new',
          assignee: null,
          plan: null,
          createdAt: '2026-11-25T02:00:00.000Z',
          updatedAt: '2026-11-25T02:00:00.000Z',
        },
      ]);
      await vi.waitFor(() => expect(heard.some((e) => e.type === 'help.request')).toBe(true));
      const res = await api.get(`/api/help/requests/${id}`, staff.auth);
      const view = (await res.json()) as ServiceRequestView;
      expect(view).toMatchObject({
        id,
        category: 'cleaning',
        complaint: false,
        kioskId: kiosk.kioskId,
        status: 'new',
        member: { id: 'm1', name: '李秀英' },
        notes: [],
      });
      expect(heard.find((e) => e.type === 'help.request')).toMatchObject({ request: view });
    });

    it('refuses what the category does not allow, in the elder’s words', async () => {
      const db = await makeDb();
      const { api, kiosk } = await helpCentre(db);
      const refused = async (payload: Record<string, unknown>, code: string, detail: RegExp) => {
        const result = await api.push(kiosk, 'service.request', { ...CLEANING, ...payload });
        expect(result).toMatchObject({
          status: 'rejected',
          reason: { code, detail: expect.stringMatching(detail) },
        });
        if (result.status === 'rejected') expect(result.reason.message['zh-Hans']).toBeTruthy();
      };
      await refused({ category: 'gardening' }, 'unknown_category', /gardening/);
      await refused({ memberId: null }, 'invalid_payload', /memberId/);
      await refused({ when: null }, 'invalid_payload', /when.*missing/);
      await refused({ where: null }, 'invalid_payload', /where.*missing/);
      await refused(
        { category: 'medical-escort', where: 'home' },
        'invalid_payload',
        /does not ask where/,
      );
      await refused(
        { category: 'advice', when: 'today', where: null },
        'invalid_payload',
        /does not ask when/,
      );
      await refused({ memberId: 'nobody' }, 'unknown_card', /no member/);
      expect(await db.selectFrom('service_requests').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('help_events').selectAll().execute()).toEqual([]);
    });

    it('a complaint may be anonymous, and is marked for admins', async () => {
      const db = await makeDb();
      const { api, admin, kiosk } = await helpCentre(db);
      const id = await requestId(api, kiosk, {
        memberId: null,
        category: 'complaint',
        when: null,
        where: null,
      });
      const res = await api.get(`/api/help/requests/${id}`, admin.auth);
      expect(await res.json()).toMatchObject({ complaint: true, member: null, status: 'new' });
    });

    it('without help.json every category is unknown', async () => {
      const db = await makeDb();
      const { api, kiosk } = await helpCentre(db, { help: undefined });
      expect(await api.push(kiosk, 'service.request', CLEANING)).toMatchObject({
        status: 'rejected',
        reason: { code: 'unknown_category' },
      });
    });
  });

  describe('service.cancel', () => {
    it('the elder cancels their own request before work starts; not after, not another’s', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      const first = await requestId(api, kiosk, CLEANING);
      const second = await requestId(api, kiosk, CLEANING);
      const cancel = (memberId: string, id: string) =>
        api.push(kiosk, 'service.cancel', { memberId, requestId: id });

      expect(await cancel('m2', first)).toMatchObject({
        status: 'rejected',
        reason: { code: 'no_such_request' },
      });
      expect(await cancel('m1', 'no-such-id')).toMatchObject({
        status: 'rejected',
        reason: { code: 'no_such_request' },
      });
      expect(await cancel('m1', first)).toMatchObject({
        status: 'accepted',
        record: { requestId: first },
      });
      expect(await cancel('m1', first)).toMatchObject({ status: 'accepted' });

      await api.post(
        `/api/help/requests/${second}/assign`,
        { staffId: staff.id, plan: null },
        staff.auth,
      );
      await api.post(`/api/help/requests/${second}/status`, { status: 'in-progress' }, staff.auth);
      expect(await cancel('m1', second)).toMatchObject({
        status: 'rejected',
        reason: { code: 'request_started' },
      });

      const mine = (await api.feed(kiosk)).get('member-requests:m1') as MemberRequests;
      expect(mine.requests.map((r) => [r.id, r.status])).toEqual([
        [second, 'in-progress'],
        [first, 'cancelled'],
      ]);
    });
  });

  describe('the console’s queue', () => {
    it('assign → in progress → done, each told to the elder’s kiosk, with notes and audit', async () => {
      const db = await makeDb();
      const { api, admin, staff, kiosk } = await helpCentre(db);
      const id = await requestId(api, kiosk, CLEANING);
      const assign = (body: unknown) =>
        api.post(`/api/help/requests/${id}/assign`, body, admin.auth);

      const unknown = await assign({ staffId: 'nobody', plan: null });
      expect(unknown.status).toBe(400);
      expect(((await unknown.json()) as ErrorJson).error.message).toBe(
        'There is no staff account with this staffId.',
      );
      const bad = await assign({ staffId: staff.id, plan: { day: 'tomorrow', part: 'noon' } });
      expect(bad.status).toBe(400);
      const disabledId = (await api.signIn('gone', 'staff', '离职员工')).id;
      await db
        .updateTable('staff_accounts')
        .set({ disabled: 1 })
        .where('id', '=', disabledId)
        .execute();
      const disabled = await assign({ staffId: disabledId, plan: null });
      expect(disabled.status).toBe(400);
      expect(((await disabled.json()) as ErrorJson).error.message).toMatch(
        /离职员工's account is disabled/,
      );

      api.clock.advance(60_000);
      const ok = await assign({ staffId: staff.id, plan: { day: '2026-11-26', part: 'morning' } });
      expect(await ok.json()).toMatchObject({
        status: 'assigned',
        assignee: { id: staff.id, name: '王芳' },
        plan: { day: '2026-11-26', part: 'morning' },
        updatedAt: '2026-11-25T02:01:00.000Z',
      });
      const told = (await api.feed(kiosk)).get('member-requests:m1') as MemberRequests;
      expect(told.requests[0]).toMatchObject({
        status: 'assigned',
        assignee: '王芳',
        plan: { day: '2026-11-26', part: 'morning' },
      });

      const status = (s: string) =>
        api.post(`/api/help/requests/${id}/status`, { status: s }, staff.auth);
      expect((await status('new')).status).toBe(409);
      expect((await status('finished')).status).toBe(400);
      expect(await (await status('in-progress')).json()).toMatchObject({ status: 'in-progress' });
      expect((await status('in-progress')).status).toBe(200);

      expect(
        (await api.post(`/api/help/requests/${id}/notes`, { text: '  ' }, staff.auth)).status,
      ).toBe(400);
      const noted = await api.post(
        `/api/help/requests/${id}/notes`,
        { text: '带了拖把和清洁剂' },
        staff.auth,
      );
      expect(((await noted.json()) as ServiceRequestView).notes).toMatchObject([
        { by: { id: staff.id, name: '王芳' }, text: '带了拖把和清洁剂' },
      ]);
      expect(await (await status('done')).json()).toMatchObject({ status: 'done' });
      expect((await api.feed(kiosk)).get('member-requests:m1')).toMatchObject({
        requests: [{ status: 'done', assignee: '王芳' }],
      });
      const closed = await status('cancelled');
      expect(closed.status).toBe(409);
      expect(((await closed.json()) as ErrorJson).error.message).toBe(
        'A request that is done cannot become cancelled.',
      );
      expect((await assign({ staffId: staff.id, plan: null })).status).toBe(409);

      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'subject_id'])
        .where('action', 'like', 'help.%')
        .orderBy('at')
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        'help.assigned',
        'help.status_changed',
        'help.noted',
        'help.status_changed',
      ]);
      expect(audit.every((a) => a.subject_id === id)).toBe(true);
    });

    it('lists by status and member, a page at a time, with a total', async () => {
      const db = await makeDb();
      const { api, staff, kiosk } = await helpCentre(db);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        api.clock.advance(1000);
        ids.push(await requestId(api, kiosk, i === 2 ? { ...CLEANING, memberId: 'm2' } : CLEANING));
      }
      await api.post(`/api/help/requests/${ids[0]}/status`, { status: 'in-progress' }, staff.auth);
      const list = async (q: string) =>
        (await (await api.get(`/api/help/requests?${q}`, staff.auth)).json()) as {
          requests: ServiceRequestView[];
          total: number;
        };
      expect((await list('')).requests.map((r) => r.id)).toEqual([ids[2], ids[1], ids[0]]);
      expect(await list('status=new')).toMatchObject({ total: 2 });
      expect((await list('memberId=m2')).requests.map((r) => r.id)).toEqual([ids[2]]);
      expect(await list('page=2')).toMatchObject({ requests: [], total: 3 });
      for (const q of ['status=open', 'page=0', 'page=x', 'page=-1'])
        expect((await api.get(`/api/help/requests?${q}`, staff.auth)).status).toBe(400);
      expect((await api.get('/api/help/requests/nope', staff.auth)).status).toBe(404);
    });

    it('complaints reach admins only: hidden from other roles in lists, details and changes', async () => {
      const db = await makeDb();
      const { api, admin, staff, kiosk } = await helpCentre(db);
      const complaint = await requestId(api, kiosk, {
        memberId: 'm1',
        category: 'complaint',
        when: null,
        where: null,
      });
      const plain = await requestId(api, kiosk, CLEANING);
      const ids = async (auth: Record<string, string>) =>
        (await (await api.get('/api/help/requests', auth)).json()) as {
          requests: ServiceRequestView[];
          total: number;
        };
      expect(await ids(staff.auth)).toMatchObject({ total: 1, requests: [{ id: plain }] });
      expect((await ids(admin.auth)).total).toBe(2);
      const hidden = await api.get(`/api/help/requests/${complaint}`, staff.auth);
      expect(hidden.status).toBe(404);
      expect(((await hidden.json()) as ErrorJson).error.message).toBe(
        'There is no service request with this id.',
      );
      for (const [path, body] of [
        ['assign', { staffId: staff.id, plan: null }],
        ['status', { status: 'done' }],
        ['notes', { text: '看到了' }],
      ] as const)
        expect(
          (await api.post(`/api/help/requests/${complaint}/${path}`, body, staff.auth)).status,
        ).toBe(404);
      expect(
        (await api.post(`/api/help/requests/${complaint}/notes`, { text: '已回电' }, admin.auth))
          .status,
      ).toBe(200);
    });
  });

  describe('the report', () => {
    it('counts calls by day and outcome, response times, and requests; admins only; CSV', async () => {
      const db = await makeDb();
      const { api, admin, staff, kiosk } = await helpCentre(db);
      // Three real calls (acked after 10 s, 30 s and 50 s), one cancelled, one false alarm.
      const answered: string[] = [];
      for (const wait of [10, 30, 50]) {
        const r = await api.push(kiosk, 'help.call', { memberId: null, cancelled: false });
        const id = (r as { record: { callId: string } }).record.callId;
        api.clock.advance(wait * 1000);
        await api.post(`/api/help/calls/${id}/ack`, undefined, staff.auth);
        api.clock.advance(60_000);
        await api.post(`/api/help/calls/${id}/resolve`, {}, staff.auth);
        answered.push(id);
      }
      await api.push(kiosk, 'help.call', { memberId: null, cancelled: true });
      const fa = await api.push(kiosk, 'help.call', { memberId: null, cancelled: false });
      await api.post(
        `/api/help/calls/${(fa as { record: { callId: string } }).record.callId}/false-alarm`,
        { reason: '误按' },
        staff.auth,
      );
      await requestId(api, kiosk, CLEANING);
      await requestId(api, kiosk, {
        memberId: null,
        category: 'complaint',
        when: null,
        where: null,
      });

      expect((await api.get('/api/help/report?month=2026-11', staff.auth)).status).toBe(403);
      for (const month of ['2026-13', '26-11', '2026-1', ''])
        expect((await api.get(`/api/help/report?month=${month}`, admin.auth)).status).toBe(400);
      const report = await (await api.get('/api/help/report?month=2026-11', admin.auth)).json();
      expect(report).toMatchObject({
        month: '2026-11',
        acknowledge: { count: 3, medianSeconds: 30, p90Seconds: 50 },
        resolve: { count: 3, medianSeconds: 90, p90Seconds: 110 },
        requests: [
          { category: 'cleaning', status: 'new', count: 1 },
          { category: 'complaint', status: 'new', count: 1 },
        ],
      });
      const days = (report as { days: { day: string }[] }).days;
      expect(days).toHaveLength(30);
      expect(days.find((d) => d.day === '2026-11-25')).toEqual({
        day: '2026-11-25',
        calls: 4,
        cancelledInWindow: 1,
        falseAlarms: 1,
        escalated: 0,
      });
      const csv = await api.get('/api/help/report.csv?month=2026-11', admin.auth);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await csv.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
      const text = new TextDecoder().decode(bytes);
      expect(text.startsWith('日期,紧急呼叫,倒计时内取消,误报,已升级\r\n')).toBe(true);
      expect(text).toContain('2026-11-25,4,1,1,0\r\n');
      expect(text).toContain('接警,3,30,50\r\n');
      expect(text).toContain('助洁打扫,新请求,1\r\n');
      expect((await api.get('/api/help/report.csv?month=2026-11', staff.auth)).status).toBe(403);
    });
  });
});
