/**
 * The subsidy register at the desk (issue #13 item 3): what a member receives per programme,
 * replaced as a whole, checked with words a person can act on, refused for a programme the
 * centre does not have, and audited with before and after.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centreConfigReader } from '../../../src/server/config/centre-config';
import { membersApi } from '../members/members-api';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';
import { putReceipts } from './register-api';

const DEMO = join('kiosk-config', 'demo');

const receipt = {
  programmeId: 'qinghe-old-age',
  fen: 8000,
  since: '2025-07',
  suspendedFrom: null,
  suspendedTo: null,
};

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = membersApi(db, { centre: centreConfigReader(DEMO) });
    const admin = await api.admin();
    const member = await api.create(admin, { birthDate: '1940-03-02' });
    return { db, api, admin, member };
  }

  describe('the subsidy register', () => {
    it('stores, reads back and replaces what a member receives, audited', async () => {
      const { db, api, admin, member } = await setup();
      const staff = await api.login('desk1', 'staff');
      const first = await putReceipts(api, staff, member.id, [receipt]);
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ receipts: [receipt] });
      const held = { ...receipt, suspendedFrom: '2026-05', suspendedTo: '2026-07' };
      const care = { ...receipt, programmeId: 'disability-care', fen: 10000, since: '2026-01' };
      expect((await putReceipts(api, staff, member.id, [held, care])).status).toBe(200);
      const read = await api.get(`/api/subsidies/members/${member.id}`, admin);
      expect(read.status).toBe(200);
      expect(await read.json()).toEqual({ receipts: [care, held] });
      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'subject_id', 'details'])
        .where('action', '=', 'member.subsidies_changed')
        .execute();
      expect(audit).toHaveLength(2);
      expect(audit[1]?.subject_id).toBe(member.id);
      expect(JSON.parse(audit[1]?.details ?? '{}')).toMatchObject({
        before: [receipt],
        after: [held, care],
      });
    });

    it('says in words what is wrong, and changes nothing', async () => {
      const { api, admin, member } = await setup();
      const cases: [unknown, RegExp][] = [
        [{ ...receipt, fen: 0 }, /more than 0/],
        [{ ...receipt, fen: 12.5 }, /whole fen/],
        [{ ...receipt, fen: 20_000_000 }, /at most ¥100,000/],
        [{ ...receipt, since: '2026-13' }, /month like 2026-01/],
        [{ ...receipt, suspendedTo: '2026-05' }, /held from before/],
        [{ ...receipt, suspendedFrom: '2026-05', suspendedTo: '2026-04' }, /cannot be before/],
        [{ ...receipt, suspendedFrom: '2025-01' }, /before the first month/],
      ];
      for (const [bad, words] of cases) {
        const res = await putReceipts(api, admin, member.id, [bad]);
        expect(res.status, JSON.stringify(bad)).toBe(400);
        expect(JSON.stringify(await res.json())).toMatch(words);
      }
      const twice = await putReceipts(api, admin, member.id, [receipt, receipt]);
      expect(twice.status).toBe(400);
      const unknown = await putReceipts(api, admin, member.id, [
        { ...receipt, programmeId: 'moon-pension' },
      ]);
      expect(unknown.status).toBe(400);
      expect(((await unknown.json()) as ErrorJson).error.message).toMatch(/moon-pension/);
      const read = await api.get(`/api/subsidies/members/${member.id}`, admin);
      expect(await read.json()).toEqual({ receipts: [] });
    });

    it('answers 404 for a member who is not there', async () => {
      const { api, admin } = await setup();
      const res = await putReceipts(api, admin, 'no-such-member', [receipt]);
      expect(res.status).toBe(404);
      expect((await api.get('/api/subsidies/members/no-such-member', admin)).status).toBe(404);
    });
  });
});
