import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  centreConfigReader,
  rosterRulesOf,
  timeZoneOf,
} from '../../../src/server/config/centre-config';
import { DEFAULT_TIME_ZONE } from '../../../src/server/lib/centre-day';
import { seedDemoMembers } from '../../../src/server/members/seed';
import { verifyPin } from '../../../src/shared/config/pin';
import type { PinHash } from '../../../src/shared/config/schema';
import { type MemberView, RosterMemberSchema } from '../../../src/shared/members/index';
import { forEachStore } from '../support/stores';
import { counts, membersApi } from './members-api';

const DEMO = join('kiosk-config', 'demo');
const DEMO_CSV = join(DEMO, 'members.csv');
/** The demo centre's canteen and zone, as the server works the roster's tiers out from them. */
const DEMO_RULES = rosterRulesOf(centreConfigReader(DEMO));
/** The demo PINs (the README lists them). */
const DEMO_PINS: Record<string, string> = {
  '10002': '1234',
  '10003': '2580',
  '10007': '1357',
  '10010': '4321',
};

describe('the centre’s time zone', () => {
  it('comes from centre.json, or Asia/Shanghai when the folder has none', () => {
    expect(timeZoneOf(centreConfigReader(DEMO))()).toBe('Asia/Shanghai');
    expect(timeZoneOf(centreConfigReader('no-such-folder'))()).toBe(DEFAULT_TIME_ZONE);
  });
});

forEachStore((_store, makeDb) => {
  describe('demo members', () => {
    it('are imported once into an empty register, every row good', async () => {
      const db = await makeDb();
      const now = new Date('2026-11-24T08:00:00.000Z');
      const result = await seedDemoMembers(db, DEMO_CSV, DEMO_RULES, now);
      expect(result).toMatchObject({ imported: 12, updated: 0, unchanged: 0, errors: [] });
      const before = await counts(db);
      expect(before).toMatchObject({ members: 12, changes: 12 });
      expect(await seedDemoMembers(db, DEMO_CSV, DEMO_RULES, now)).toBeNull();
      expect(await counts(db)).toEqual(before);
      expect(await seedDemoMembers(db, 'kiosk-config/demo/none.csv', DEMO_RULES, now)).toBeNull();

      const api = membersApi(db);
      const admin = await api.admin();
      const { members } = (await (await api.get('/api/members?limit=50', admin)).json()) as {
        members: MemberView[];
      };
      const ages = members.map((m) => m.age);
      expect(Math.max(...ages)).toBe(101);
      for (const decade of [60, 70, 80])
        expect(
          ages.some((age) => age >= decade && age < decade + 10),
          String(decade),
        ).toBe(true);
      const has = (category: string) =>
        members.some((m) => m.categories.some((c) => c === category));
      for (const category of ['low-income', 'extreme-poverty', 'bereaved-parent', 'living-alone'])
        expect(has(category), category).toBe(true);
      expect(members.filter((m) => !m.localHukou)).toHaveLength(1);
      expect(members.filter((m) => m.status === 'expired')).toHaveLength(1);
      expect(members.some((m) => m.disability === 'mild')).toBe(true);
      expect(members.some((m) => m.disability === 'total')).toBe(true);
      expect(
        members
          .filter((m) => m.hasPin)
          .map((m) => m.cardNumber)
          .sort(),
      ).toEqual(Object.keys(DEMO_PINS).sort());

      for (const [card, pin] of Object.entries(DEMO_PINS)) {
        const row = await db
          .selectFrom('members')
          .select('pin_hash')
          .where('card_number', '=', card)
          .executeTakeFirstOrThrow();
        expect(await verifyPin(pin, JSON.parse(row.pin_hash ?? 'null') as PinHash), card).toBe(
          true,
        );
      }
      const tierToday = new Map<string, string | null>();
      for (const change of await db
        .selectFrom('changes')
        .selectAll()
        .where('type', '=', 'member')
        .execute()) {
        const item = v.parse(RosterMemberSchema, JSON.parse(change.data ?? ''));
        expect(item.tiers.from).toBe('2026-11-24');
        tierToday.set(item.name, item.tiers.days[0] ?? null);
      }
      // The README's demo table: the tier each member's lunch is priced by, made on the server.
      expect(Object.fromEntries(tierToday)).toEqual({
        李秀英: 'a',
        王建国: 'a',
        张桂兰: 'b',
        刘德明: 'c',
        陈淑芬: 'a',
        杨国强: null, // not local 户籍
        赵玉兰: 'a',
        黄志华: null, // membership expired
        周兰芳: 'a',
        吴长林: 'c',
        孙美华: 'b',
        马福生: 'a',
      });
    });
  });
});
