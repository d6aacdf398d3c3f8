/**
 * A member's subsidy applications (issue #13 item 4), on both stores: the desk enters one for a
 * programme of subsidies.json and then the bureau's answer — approved, or refused with a reason in
 * words — each audited; an unknown programme, a refusal without a reason and deciding twice are
 * refused in words and change nothing; the kitchen and trainers are refused.
 */
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { centreConfigReader } from '../../../src/server/config/centre-config';
import type { Database } from '../../../src/server/db/schema';
import type { Application } from '../../../src/shared/subsidies/applications-api';
import { type Headers, membersApi } from '../members/members-api';
import { forEachStore } from '../support/stores';

const DEMO = join('kiosk-config', 'demo');

async function audited(db: Kysely<Database>, action: string) {
  return db
    .selectFrom('audit_log')
    .select(['details', 'actor_label'])
    .where('action', '=', action)
    .execute();
}

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = membersApi(db, { centre: centreConfigReader(DEMO) });
    const admin = await api.admin();
    const wang = await api.create(admin);
    const staff = await api.login('desk1', 'staff');
    const base = `/api/subsidies/members/${wang.id}/applications`;
    const list = async (who: Headers = staff) => {
      const res = await api.get(base, who);
      expect(res.status).toBe(200);
      return ((await res.json()) as { applications: Application[] }).applications;
    };
    const add = (body: unknown, who: Headers = staff, path = base) => api.post(path, body, who);
    const decide = (id: string, body: unknown, who: Headers = staff) =>
      api.patch(`${base}/${id}`, body, who);
    return { db, api, admin, staff, wang, base, list, add, decide };
  }

  describe('a member’s subsidy applications', () => {
    it('are entered and approved by the desk, newest first, each step audited', async () => {
      const { db, list, add, decide } = await setup();
      expect(await list()).toEqual([]);
      const first = await add({ programmeId: 'qinghe-old-age', appliedOn: '2026-10-08' });
      expect(first.status).toBe(201);
      const second = await add({
        programmeId: 'home-adaptation',
        appliedOn: '2026-11-20',
        note: '  带了户口本  ',
      });
      expect(second.status).toBe(201);
      const applications = ((await second.json()) as { applications: Application[] }).applications;
      expect(applications.map((a) => [a.programmeId, a.appliedOn, a.status, a.note, a.by])).toEqual(
        [
          ['home-adaptation', '2026-11-20', 'applied', '带了户口本', 'desk1'],
          ['qinghe-old-age', '2026-10-08', 'applied', null, 'desk1'],
        ],
      );
      const qinghe = applications[1] as Application;
      const approved = await decide(qinghe.id, { status: 'approved', decidedOn: '2026-11-02' });
      expect(approved.status).toBe(200);
      expect((await list())[1]).toEqual({
        ...qinghe,
        status: 'approved',
        decidedOn: '2026-11-02',
        reason: null,
      });
      expect((await audited(db, 'subsidy.application_added')).length).toBe(2);
      const decisions = await audited(db, 'subsidy.application_decided');
      expect(decisions).toHaveLength(1);
      expect(JSON.parse(String(decisions[0]?.details))).toMatchObject({
        name: '王建国',
        programme: 'qinghe-old-age',
        decision: 'approved',
        day: '2026-11-02',
      });
    });

    it('keeps a refusal’s reason, and never takes one without it', async () => {
      const { db, list, add, decide } = await setup();
      await add({ programmeId: 'service-subsidy', appliedOn: '2026-11-01' });
      const [open] = await list();
      const id = (open as Application).id;
      for (const reason of [undefined, '', '   ']) {
        const res = await decide(id, { status: 'refused', decidedOn: '2026-11-15', reason });
        expect(res.status).toBe(400);
        expect(JSON.stringify(await res.json())).toMatch(/A refusal needs its reason/);
      }
      expect((await list())[0]?.status).toBe('applied');
      const refused = await decide(id, {
        status: 'refused',
        decidedOn: '2026-11-15',
        reason: '家庭收入高于低保标准',
      });
      expect(refused.status).toBe(200);
      expect((await list())[0]).toMatchObject({
        status: 'refused',
        decidedOn: '2026-11-15',
        reason: '家庭收入高于低保标准',
      });
      const [entry] = await audited(db, 'subsidy.application_decided');
      expect(JSON.parse(String(entry?.details))).toMatchObject({
        decision: 'refused',
        reason: '家庭收入高于低保标准',
      });
    });

    it('is decided once: a second decision is refused in words and changes nothing', async () => {
      const { db, list, add, decide, admin } = await setup();
      await add({ programmeId: 'qinghe-old-age', appliedOn: '2026-10-08' });
      const id = ((await list())[0] as Application).id;
      expect((await decide(id, { status: 'approved', decidedOn: '2026-11-02' })).status).toBe(200);
      const again = await decide(
        id,
        { status: 'refused', decidedOn: '2026-11-03', reason: '改了主意' },
        admin,
      );
      expect(again.status).toBe(409);
      expect(await again.json()).toMatchObject({ error: { code: 'already_decided' } });
      expect((await list())[0]).toMatchObject({ status: 'approved', reason: null });
      expect(await audited(db, 'subsidy.application_decided')).toHaveLength(1);
    });

    it('says in words what is wrong with an entry, and writes nothing', async () => {
      const { db, base, api, admin, list, add, decide } = await setup();
      const good = { programmeId: 'qinghe-old-age', appliedOn: '2026-10-08' };
      const cases: [unknown, number, RegExp][] = [
        [
          { ...good, programmeId: 'moon-pension' },
          400,
          /no programme .*moon-pension.*choose one from the list/,
        ],
        [{ ...good, programmeId: '' }, 400, /Choose a programme/],
        [{ ...good, appliedOn: '2026-02-30' }, 400, /not a day of the calendar/],
        [{ ...good, appliedOn: '8/10/2026' }, 400, /date like 2026-11-25/],
        [{ ...good, note: 'x'.repeat(201) }, 400, /at most 200 characters/],
      ];
      for (const [body, status, words] of cases) {
        const res = await add(body);
        expect(res.status, JSON.stringify(body)).toBe(status);
        expect(JSON.stringify(await res.json())).toMatch(words);
      }
      expect((await add(good, admin, '/api/subsidies/members/nobody/applications')).status).toBe(
        404,
      );
      expect((await api.get('/api/subsidies/members/nobody/applications', admin)).status).toBe(404);
      expect(await list()).toEqual([]);
      expect(await audited(db, 'subsidy.application_added')).toHaveLength(0);

      await add(good);
      const id = ((await list())[0] as Application).id;
      const early = await decide(id, { status: 'approved', decidedOn: '2026-10-01' });
      expect(early.status).toBe(400);
      expect(JSON.stringify(await early.json())).toMatch(/before the day they applied/);
      expect((await decide('nope', { status: 'approved', decidedOn: '2026-11-01' })).status).toBe(
        404,
      );
      expect(
        (await api.patch(`${base}/${id}`, { status: 'applied', decidedOn: '2026-11-01' }, admin))
          .status,
      ).toBe(400);
      expect((await list())[0]?.status).toBe('applied');
    });

    it('is the desk’s: the kitchen and trainers are refused', async () => {
      const { api, list, add, decide } = await setup();
      await add({ programmeId: 'qinghe-old-age', appliedOn: '2026-10-08' });
      const id = ((await list())[0] as Application).id;
      for (const role of ['kitchen', 'trainer'] as const) {
        const who = await api.login(`${role}1`, role);
        expect((await api.get('/api/subsidies/members/x/applications', who)).status).toBe(403);
        expect(
          (await add({ programmeId: 'service-subsidy', appliedOn: '2026-10-09' }, who)).status,
        ).toBe(403);
        expect(
          (await decide(id, { status: 'approved', decidedOn: '2026-11-02' }, who)).status,
        ).toBe(403);
      }
      expect(await list()).toEqual([
        expect.objectContaining({ programmeId: 'qinghe-old-age', status: 'applied' }),
      ]);
    });
  });
});
