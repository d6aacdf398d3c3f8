/**
 * What a kiosk holds about a member (issue #11, src/kiosk/offline/README.md): a real pull, over the
 * demo centre's register and canteen, carries for each member exactly { cardKey, name, hasPin,
 * validUntil, tiers } and nothing of the register's sensitive fields; card numbers only under the
 * centre's card key, which changes when a kiosk is revoked; tiers that follow the centre's day.
 */
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { centreConfigReader } from '../../../src/server/config/centre-config';
import { TIER_DAYS } from '../../../src/shared/meals/index';
import {
  type CardKey,
  CardKeySchema,
  cardKeyOf,
  RosterMemberSchema,
} from '../../../src/shared/members/index';
import type { Change, PullResponse } from '../../../src/shared/sync/index';
import { HOUR } from '../support/api';
import { forEachStore } from '../support/stores';
import { membersApi } from './members-api';

const DEMO = join('kiosk-config', 'demo');
const MEMBERS_CSV = `卡号,姓名,出生日期,电话,住址,本地户籍,类别,失能等级,紧急联系人,紧急联系电话,关系,有效期至,PIN
10001,王建国,1944-11-25,139 0571 1002,长青路 20 号,是,低保;独居,轻度,王丽,139 0571 2002,女儿,2027-12-31,7395
10002,李秀英,1946-11-30,138 1234 5678,长青路 22 号,是,失独,中度,,,,,
10003,杨国强,1960-05-05,137 0000 1111,外地路 1 号,否,空巢,无,,,,,
`;
const DAY = 24 * HOUR;

/** Everything the register holds about these members that a kiosk must never see. */
const SENSITIVE = [
  '1944-11-25',
  '1946-11-30',
  '1960-05-05', // birth dates
  '10001',
  '10002',
  '10003', // card numbers
  '0571',
  '1234 5678',
  '0000 1111', // phones
  '长青路',
  '外地路', // addresses
  '王丽',
  '2002', // emergency contact
  '7395',
  'PBKDF2', // the PIN and its hash
  'low-income',
  'living-alone',
  'bereaved',
  'empty-nest',
  '低保',
  '失独', // categories
  'mild',
  'moderate', // disability
  'birthDate',
  'categories',
  'disability',
  'localHukou',
  'phone',
  'address',
  'emergency',
  '"pin"',
];

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = membersApi(db, { centre: centreConfigReader(DEMO) });
    const admin = await api.admin();
    const res = await api.importCsv(MEMBERS_CSV, admin);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 3, errors: [] });
    const kiosk = await api.enroll(admin);
    const pull = async (cursor: string | null, who = kiosk) => {
      const answer = await api.post('/api/sync/pull', { kioskId: who.kioskId, cursor }, who.auth);
      expect(answer.status).toBe(200);
      return (await answer.json()) as PullResponse;
    };
    return { db, api, admin, kiosk, pull };
  }
  const members = (answer: PullResponse) => answer.changes.filter((c) => c.type === 'member');
  const keyOf = (answer: PullResponse): CardKey | undefined => {
    const change = answer.changes.find((c) => c.type === 'card-key');
    return change && v.parse(CardKeySchema, change.data);
  };
  const byName = (changes: Change[], name: string) =>
    changes.find((c) => (c.data as { name?: string } | undefined)?.name === name);

  describe('the roster a kiosk pulls', () => {
    it('holds exactly cardKey, name, hasPin, validUntil and tiers — no sensitive field anywhere', async () => {
      const { pull } = await setup();
      const answer = await pull(null);
      expect(members(answer)).toHaveLength(3);
      for (const change of members(answer)) {
        expect(Object.keys(change).sort()).toEqual(['data', 'key', 'op', 'type']);
        expect(Object.keys(change.data as object).sort()).toEqual([
          'cardKey',
          'hasPin',
          'name',
          'tiers',
          'validUntil',
        ]);
        const item = v.parse(RosterMemberSchema, change.data);
        expect(Object.keys(item.tiers).sort()).toEqual(['days', 'from']);
        expect(item.tiers.days).toHaveLength(TIER_DAYS);
      }
      // Nothing else in the pull either: the card key is three fields, and nothing more was sent.
      expect(answer.changes.map((c) => c.type).sort()).toEqual([
        'card-key',
        'member',
        'member',
        'member',
      ]);
      expect(Object.keys(keyOf(answer) ?? {}).sort()).toEqual(['id', 'iterations', 'secret']);
      // Hashes, keys and ids are long random strings in which a short word turns up by chance (a
      // cardKey once held "…ed57395e8…", read as the PIN 7395): they are set aside, and every
      // readable value (names, dates, numbers, words) is searched.
      const text = JSON.stringify(answer).replace(/[A-Za-z0-9+/=-]{24,}/g, '#');
      for (const word of SENSITIVE) expect(text, word).not.toContain(word);
    });

    it('finds each card only under the centre card key, the PIN only as "has one"', async () => {
      const { pull } = await setup();
      const answer = await pull(null);
      const key = keyOf(answer);
      if (!key) throw new Error('the pull has no card key');
      expect(atob(key.secret)).toHaveLength(32);
      const wang = v.parse(RosterMemberSchema, byName(members(answer), '王建国')?.data);
      expect(wang.cardKey).toBe(await cardKeyOf('10001', key));
      expect(wang.hasPin).toBe(true);
      expect(wang.validUntil).toBe('2027-12-31');
      // Another key gives another cardKey: without the centre's secret the card is not found.
      expect(await cardKeyOf('10001', { ...key, secret: btoa('x'.repeat(32)) })).not.toBe(
        wang.cardKey,
      );
      const li = v.parse(RosterMemberSchema, byName(members(answer), '李秀英')?.data);
      expect(li.hasPin).toBe(false);
    });

    it('sends tiers the server worked out: a birthday in the window moves the tier that day', async () => {
      const { pull } = await setup();
      const answer = await pull(null);
      const tiers = (name: string) =>
        v.parse(RosterMemberSchema, byName(members(answer), name)?.data).tiers;
      // 2026-11-24 in Shanghai. 王建国 is 低保: tier a every day.
      expect(tiers('王建国')).toEqual({ from: '2026-11-24', days: Array(TIER_DAYS).fill('a') });
      // 李秀英 is 79 until her 80th birthday on 30 November: tier c, then b.
      expect(tiers('李秀英').days).toEqual([...Array(6).fill('c'), ...Array(8).fill('b')]);
      // Not local 户籍: no subsidy, and the kiosk is not told why.
      expect(tiers('杨国强').days).toEqual(Array(TIER_DAYS).fill(null));
    });

    it('moves the tiers on with the centre’s day, once, before the next pull answers', async () => {
      const { api, pull } = await setup();
      const first = await pull(null);
      expect(await pull(first.cursor)).toMatchObject({ changes: [] });
      api.clock.advance(DAY);
      const next = await pull(first.cursor);
      expect(members(next)).toHaveLength(3);
      for (const change of members(next))
        expect(v.parse(RosterMemberSchema, change.data).tiers.from).toBe('2026-11-25');
      expect(await pull(next.cursor)).toMatchObject({ changes: [] });
    });

    it('changes the card key when a kiosk is revoked: every cardKey changes, the revoked copy is stale', async () => {
      const { api, admin, kiosk, pull } = await setup();
      const other = await api.enroll(admin, '大厅 2');
      const before = await pull(null, other);
      const oldKey = keyOf(before);
      const oldCardKeys = new Set(
        members(before).map((c) => (c.data as { cardKey: string }).cardKey),
      );

      const revoked = await api.post(`/api/kiosks/${kiosk.kioskId}/revoke`, undefined, admin);
      expect(revoked.status).toBe(200);
      const refused = await api.post(
        '/api/sync/pull',
        { kioskId: kiosk.kioskId, cursor: before.cursor },
        kiosk.auth,
      );
      expect(refused.status).toBe(401);

      const after = await pull(before.cursor, other);
      const newKey = keyOf(after);
      if (!newKey || !oldKey) throw new Error('a card key is missing');
      expect(newKey.id).not.toBe(oldKey.id);
      expect(newKey.secret).not.toBe(oldKey.secret);
      expect(members(after)).toHaveLength(3);
      const wang = v.parse(RosterMemberSchema, byName(members(after), '王建国')?.data);
      expect(wang.cardKey).toBe(await cardKeyOf('10001', newKey));
      for (const change of members(after))
        expect(oldCardKeys.has((change.data as { cardKey: string }).cardKey)).toBe(false);
      // The card key comes before the members hashed under it.
      expect(after.changes[0]?.type).toBe('card-key');
    });
  });
});
