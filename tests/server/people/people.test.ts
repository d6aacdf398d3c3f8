/**
 * The admin's people list (field workers, volunteers without a console account), and giving a
 * service request to a field worker: the elder's kiosk names them ("李师傅 上门").
 */
import { describe, expect, it } from 'vitest';
import type { MemberRequests } from '../../../src/shared/help/changes';
import type { Person } from '../../../src/shared/people/api';
import { type HelpApi, helpCentre } from '../help/help-api';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';

const CLEANING = { memberId: 'm1', category: 'cleaning', when: 'tomorrow', where: 'home' };

async function requestId(api: HelpApi, kiosk: Parameters<HelpApi['push']>[0]) {
  const result = (await api.push(kiosk, 'service.request', CLEANING)) as {
    record: { requestId: string };
  };
  return result.record.requestId;
}

forEachStore((_store, makeDb) => {
  describe('the people list', () => {
    it('is kept by the admin: add, change, stop; each audited; the desk cannot touch it', async () => {
      const db = await makeDb();
      const { api, admin, staff } = await helpCentre(db);

      const empty = await api.post('/api/people', { name: ' ', kind: 'field-worker' }, admin.auth);
      expect(empty.status).toBe(400);
      expect(((await empty.json()) as ErrorJson).error.fields?.[0]?.path).toBe('name');
      const badPhone = await api.post(
        '/api/people',
        { name: '李师傅', phone: 'call me', kind: 'field-worker' },
        admin.auth,
      );
      expect(badPhone.status).toBe(400);

      const added = await api.post(
        '/api/people',
        { name: ' 李师傅 ', phone: '138 0000 0003', kind: 'field-worker' },
        admin.auth,
      );
      expect(added.status).toBe(201);
      const { person } = (await added.json()) as { person: Person };
      expect(person).toMatchObject({
        name: '李师傅',
        phone: '138 0000 0003',
        kind: 'field-worker',
        active: true,
      });

      const changed = await api.post(
        `/api/people/${person.id}`,
        { name: '李建国师傅', phone: '', kind: 'field-worker', active: false },
        admin.auth,
      );
      expect(((await changed.json()) as { person: Person }).person).toMatchObject({
        name: '李建国师傅',
        phone: '',
        active: false,
      });
      const missing = await api.post(
        '/api/people/nobody',
        { name: '某人', phone: '', kind: 'volunteer', active: true },
        admin.auth,
      );
      expect(missing.status).toBe(404);

      const list = (await (await api.get('/api/people', admin.auth)).json()) as {
        people: Person[];
      };
      expect(list.people.map((p) => p.name)).toEqual(['李建国师傅']);
      expect((await api.get('/api/people', staff.auth)).status).toBe(403);
      expect(
        (await api.post('/api/people', { name: 'x', kind: 'volunteer' }, staff.auth)).status,
      ).toBe(403);

      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('subject_type', '=', 'person')
        .orderBy('id')
        .execute();
      expect(audit.map((a) => [a.action, JSON.parse(a.details)])).toEqual([
        ['person.added', { name: '李师傅', kind: 'field-worker' }],
        [
          'person.changed',
          {
            name: '李建国师傅',
            oldName: '李师傅',
            newName: '李建国师傅',
            phoneChanged: true,
            active: false,
          },
        ],
      ]);
    });
  });

  describe('a request given to a field worker', () => {
    it('names them to the desk and the elder; stopped people and volunteers are refused', async () => {
      const db = await makeDb();
      const { api, admin, staff, kiosk } = await helpCentre(db);
      const add = async (name: string, kind: string) =>
        (
          (await (await api.post('/api/people', { name, kind }, admin.auth)).json()) as {
            person: Person;
          }
        ).person;
      const li = await add('李师傅', 'field-worker');
      const helper = await add('志愿者小周', 'volunteer');
      const gone = await add('老赵', 'field-worker');
      await api.post(
        `/api/people/${gone.id}`,
        { name: '老赵', phone: '', kind: 'field-worker', active: false },
        admin.auth,
      );

      // The desk (not only the admin) sees who it can give a request to, by name.
      const who = (await (await api.get('/api/help/assignees', staff.auth)).json()) as {
        staff: { name: string }[];
        fieldWorkers: { id: string; name: string }[];
      };
      expect(who.fieldWorkers).toEqual([{ id: li.id, name: '李师傅' }]);
      expect(who.staff.map((s) => s.name)).toContain('王芳');

      const id = await requestId(api, kiosk);
      const assign = (body: unknown) =>
        api.post(`/api/help/requests/${id}/assign`, body, staff.auth);
      expect((await assign({ plan: null })).status).toBe(400);
      expect((await assign({ staffId: staff.id, personId: li.id, plan: null })).status).toBe(400);
      const volunteer = await assign({ personId: helper.id, plan: null });
      expect(((await volunteer.json()) as ErrorJson).error.code).toBe('unknown_person');
      const stopped = await assign({ personId: gone.id, plan: null });
      expect(((await stopped.json()) as ErrorJson).error.code).toBe('person_inactive');

      const ok = await assign({ personId: li.id, plan: { day: '2026-11-26', part: 'morning' } });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({
        status: 'assigned',
        assignee: { id: li.id, name: '李师傅', kind: 'person' },
      });
      const told = (await api.feed(kiosk)).get('member-requests:m1') as MemberRequests;
      expect(told.requests[0]).toMatchObject({ status: 'assigned', assignee: '李师傅' });

      // Back to a staff member: the same column, the other list.
      const back = await assign({ staffId: staff.id, plan: null });
      expect(await back.json()).toMatchObject({
        assignee: { id: staff.id, name: '王芳', kind: 'staff' },
      });
    });
  });
});
