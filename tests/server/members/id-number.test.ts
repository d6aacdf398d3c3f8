/**
 * Members' ID numbers (issue #13 item 4): checked with words a person can act on, shown masked,
 * whole only to the roles the role map allows (and audited), one member per number, and never in
 * what a kiosk pulls.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centreConfigReader } from '../../../src/server/config/centre-config';
import type { PullResponse } from '../../../src/shared/sync/index';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';
import { membersApi } from './members-api';

const DEMO = join('kiosk-config', 'demo');
/** GB 11643's own example: a real check character (X). */
const ID = '11010519491231002X';

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = membersApi(db, { centre: centreConfigReader(DEMO) });
    const admin = await api.admin();
    const member = await api.create(admin, { birthDate: '1949-12-31' });
    const put = (who: Record<string, string>, idNumber: unknown, id = member.id) =>
      api.raw(`/api/members/${id}/id-number`, {
        method: 'PUT',
        headers: { ...who, 'content-type': 'application/json' },
        body: JSON.stringify({ idNumber }),
      });
    return { db, api, admin, member, put };
  }

  describe('a member’s ID number', () => {
    it('is stored normalised, answered masked, and whole only for an admin, audited', async () => {
      const { db, api, admin, member, put } = await setup();
      const staff = await api.login('desk1', 'staff');
      const saved = await put(staff, ' 110105 19491231 002x ');
      expect(saved.status).toBe(200);
      expect(await saved.json()).toEqual({ idNumber: '110105********002X', masked: true });
      const read = await api.get(`/api/members/${member.id}/id-number`, staff);
      expect(await read.json()).toEqual({ idNumber: '110105********002X', masked: true });
      // The desk sees it masked; revealing it whole is the admin's, and each reveal is recorded.
      expect((await api.get(`/api/members/${member.id}/id-number?reveal=1`, staff)).status).toBe(
        403,
      );
      const whole = await api.get(`/api/members/${member.id}/id-number?reveal=1`, admin);
      expect(await whole.json()).toEqual({ idNumber: ID, masked: false });
      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('action', 'like', 'member.id_number%')
        .orderBy('at')
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        'member.id_number_changed',
        'member.id_number_revealed',
      ]);
      // The audit log is read by people who may not see the number whole.
      expect(audit.map((a) => a.details).join()).not.toContain('19491231');
      // Saving the same number again changes nothing and records nothing.
      expect((await put(staff, ID)).status).toBe(200);
      expect(
        await db
          .selectFrom('audit_log')
          .select('id')
          .where('action', 'like', 'member.id_number%')
          .execute(),
      ).toHaveLength(2);
    });

    it('says in words what is wrong with a number, and keeps what was there', async () => {
      const { api, admin, member, put } = await setup();
      const cases: [string, RegExp][] = [
        ['11010519491231002', /18 characters/],
        ['11010519491231002XX', /18 characters/],
        ['1101051949123100AX', /17 digits and then a digit or X/],
        ['110105194913310021', /birth date/],
        ['110105194912310021', /does not match/],
      ];
      for (const [bad, words] of cases) {
        const res = await put(admin, bad);
        expect(res.status, bad).toBe(400);
        expect(JSON.stringify(await res.json()), bad).toMatch(words);
      }
      const read = await api.get(`/api/members/${member.id}/id-number`, admin);
      expect(await read.json()).toEqual({ idNumber: null, masked: true });
    });

    it('names one member: a second member with the same number is refused, and it can be cleared', async () => {
      const { api, admin, put } = await setup();
      const other = await api.create(admin, { cardNumber: '10002', name: '李秀英' });
      expect((await put(admin, ID)).status).toBe(200);
      const taken = await put(admin, ID, other.id);
      expect(taken.status).toBe(409);
      expect(((await taken.json()) as ErrorJson).error.message).toMatch(/Another member/);
      expect((await put(admin, null)).status).toBe(200);
      expect((await put(admin, ID, other.id)).status).toBe(200);
      expect((await put(admin, ID, 'no-such-member')).status).toBe(404);
    });

    it('is the desk’s only, and never in what a kiosk pulls', async () => {
      const { api, admin, member, put } = await setup();
      expect((await put(admin, ID)).status).toBe(200);
      for (const role of ['kitchen', 'trainer'] as const) {
        const who = await api.login(`${role}1`, role);
        expect((await api.get(`/api/members/${member.id}/id-number`, who)).status).toBe(403);
        expect((await put(who, ID)).status).toBe(403);
      }
      const kiosk = await api.enroll(admin);
      const pull = await api.post(
        '/api/sync/pull',
        { kioskId: kiosk.kioskId, cursor: null },
        kiosk.auth,
      );
      expect(pull.status).toBe(200);
      const answer = (await pull.json()) as PullResponse;
      expect(answer.changes.some((c) => c.type === 'member')).toBe(true);
      const text = JSON.stringify(answer);
      for (const part of ['110105', '19491231', '002X']) expect(text).not.toContain(part);
      // Nor in the register's list or a member's record, which other screens and exports read.
      const list = await (await api.get('/api/members', admin)).text();
      const record = await (await api.get(`/api/members/${member.id}`, admin)).text();
      for (const part of ['19491231', '002X']) {
        expect(list).not.toContain(part);
        expect(record).not.toContain(part);
      }
    });
  });
});
