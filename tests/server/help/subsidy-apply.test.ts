/**
 * 帮我申请 on the server (issue #13 item 3): a `subsidy.apply` entry becomes one service request
 * in the console's queue carrying the programme and the documents to bring — applied once for a
 * repeated entry id, joined while the member's request for that programme is still open, never a
 * call (nothing rings), and handled like any request.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../../../src/server/events/bus';
import type { HelpCallView, ServiceRequestView } from '../../../src/shared/help/api-types';
import type { MemberRequests } from '../../../src/shared/help/changes';
import { uuidv7 } from '../../../src/shared/sync/index';
import { proofFor } from '../support/proof';
import { forEachStore } from '../support/stores';
import { demoSubsidies, helpCentre } from './help-api';

const APPLY = { memberId: 'm1', programmeId: 'qinghe-old-age' };
const DOCUMENTS = ['身份证', '户口簿', '本人银行卡'];

forEachStore((_store, makeDb) => {
  async function centre() {
    const db = await makeDb();
    const centre = await helpCentre(db, { subsidies: demoSubsidies() });
    const queue = async (auth = centre.staff.auth) => {
      const res = await centre.api.get('/api/help/requests', auth);
      expect(res.status).toBe(200);
      return ((await res.json()) as { requests: ServiceRequestView[]; total: number }).requests;
    };
    return { db, ...centre, queue };
  }

  describe('subsidy.apply', () => {
    it('makes one request for an entry pushed twice, with the programme and its documents in the queue', async () => {
      const { db, api, kiosk, staff, queue } = await centre();
      const heard: ServerEvent[] = [];
      api.events.subscribe((e) => heard.push(e));
      const id = uuidv7();
      const proof = await proofFor(db, kiosk, 'm1', id);
      const first = await api.push(kiosk, 'subsidy.apply', APPLY, { id, proof });
      const again = await api.push(kiosk, 'subsidy.apply', APPLY, { id, proof });
      expect(first).toMatchObject({ status: 'accepted', record: { requestId: id } });
      expect(again).toEqual(first);

      const listed = await queue();
      expect(listed).toHaveLength(1);
      const view = listed[0] as ServiceRequestView;
      expect(view).toMatchObject({
        id,
        category: 'subsidy-apply',
        complaint: false,
        status: 'new',
        when: null,
        where: null,
        member: { id: 'm1', name: '李秀英' },
        programme: { id: 'qinghe-old-age', name: { 'zh-Hans': '高龄津贴' } },
      });
      expect(view.programme?.documents.map((d) => d['zh-Hans'])).toEqual(DOCUMENTS);
      expect(view.programme?.documents[0]?.en).toBe('ID card');

      // The consoles hear of it as a request, and no call was opened: nothing rings.
      await vi.waitFor(() => expect(heard.some((e) => e.type === 'help.request')).toBe(true));
      expect(heard.some((e) => e.type === 'help.call')).toBe(false);
      const calls = await api.get('/api/help/calls?active=1', staff.auth);
      expect(((await calls.json()) as { calls: HelpCallView[] }).calls).toEqual([]);

      // The member's kiosks list it, named by its programme.
      const mine = (await api.feed(kiosk)).get('member-requests:m1') as MemberRequests;
      expect(mine.requests).toMatchObject([
        { id, category: 'subsidy-apply', programmeId: 'qinghe-old-age', status: 'new' },
      ]);
    });

    it('joins a second tap for the same programme while the request is open, and makes a new one once it is done', async () => {
      const { api, kiosk, staff, queue } = await centre();
      const first = await api.push(kiosk, 'subsidy.apply', APPLY);
      const requestId = (first as { record: { requestId: string } }).record.requestId;
      const second = await api.push(kiosk, 'subsidy.apply', APPLY);
      expect(second).toMatchObject({ status: 'accepted', record: { requestId, joined: true } });
      // Another programme is a request of its own.
      const other = await api.push(kiosk, 'subsidy.apply', {
        memberId: 'm1',
        programmeId: 'service-subsidy',
      });
      expect(other).toMatchObject({ status: 'accepted', record: { joined: false } });
      expect(await queue()).toHaveLength(2);

      // Staff handle it like any request: assign, plan, finish.
      const assigned = await api.post(
        `/api/help/requests/${requestId}/assign`,
        { staffId: staff.id, plan: { day: '2026-11-26', part: 'morning' } },
        staff.auth,
      );
      expect(assigned.status).toBe(200);
      expect(await assigned.json()).toMatchObject({
        status: 'assigned',
        assignee: { id: staff.id, name: '王芳' },
        programme: { id: 'qinghe-old-age' },
      });
      const done = await api.post(
        `/api/help/requests/${requestId}/status`,
        { status: 'done' },
        staff.auth,
      );
      expect(done.status).toBe(200);
      const later = await api.push(kiosk, 'subsidy.apply', APPLY);
      expect(later).toMatchObject({ status: 'accepted', record: { joined: false } });
      expect(await queue()).toHaveLength(3);
    });

    it('refuses a programme the centre does not have and a member it does not know, in the elder’s words', async () => {
      const { api, kiosk, queue } = await centre();
      const unknown = await api.push(kiosk, 'subsidy.apply', {
        memberId: 'm1',
        programmeId: 'moon-pension',
      });
      expect(unknown).toMatchObject({
        status: 'rejected',
        reason: { code: 'unknown_category', detail: expect.stringMatching(/moon-pension/) },
      });
      if (unknown.status === 'rejected') expect(unknown.reason.message['zh-Hans']).toBeTruthy();
      const nobody = await api.push(kiosk, 'subsidy.apply', {
        memberId: 'nobody',
        programmeId: 'qinghe-old-age',
      });
      expect(nobody).toMatchObject({ status: 'rejected' });
      const bad = await api.push(kiosk, 'subsidy.apply', { memberId: 'm1', programmeId: 'A B' });
      expect(bad).toMatchObject({ status: 'rejected', reason: { code: 'invalid_payload' } });
      expect(await queue()).toEqual([]);
    });

    it('is refused without the proof of the member’s card', async () => {
      const { api, kiosk, queue } = await centre();
      const result = await api.push(kiosk, 'subsidy.apply', APPLY, { proof: null });
      expect(result).toMatchObject({ status: 'rejected', reason: { code: 'no_proof' } });
      expect(await queue()).toEqual([]);
    });

    it('is refused when the centre has no subsidies.json', async () => {
      const db = await makeDb();
      const { api, kiosk } = await helpCentre(db);
      const result = await api.push(kiosk, 'subsidy.apply', APPLY);
      expect(result).toMatchObject({ status: 'rejected', reason: { code: 'unknown_category' } });
    });
  });
});
