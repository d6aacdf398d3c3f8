/**
 * The outreach lists (issue #13 item 4) on both stores, over the demo centre's subsidies.json on
 * 2026-12-05 (Shanghai): members the rules say could get a programme the register has nothing
 * for, with the engine's reasons; members reaching an age edge in the next three months (until
 * 2027-03-05, that day included); each as CSV for Excel; and the desk's only.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centreConfigReader } from '../../../src/server/config/centre-config';
import type { BirthdayLine, EligibleLine } from '../../../src/shared/subsidies/outreach-api';
import { membersApi } from '../members/members-api';
import { forEachStore } from '../support/stores';
import { putReceipts } from './register-api';

const DEMO = join('kiosk-config', 'demo');
/** Midday on 2026-12-05 in Shanghai. */
const NOW = new Date('2026-12-05T04:00:00.000Z');

const receipt = (programmeId: string) => ({
  programmeId,
  fen: 3000,
  since: '2020-01',
  suspendedFrom: null,
  suspendedTo: null,
});

forEachStore((_store, makeDb) => {
  async function setup(now = NOW) {
    const db = await makeDb();
    const api = membersApi(db, { centre: centreConfigReader(DEMO), clock: () => now });
    const admin = await api.admin();
    let card = 20000;
    const add = (name: string, birthDate: string, more: Record<string, unknown> = {}) =>
      api.create(admin, {
        cardNumber: String(++card),
        name,
        birthDate,
        phone: '13800000000',
        ...more,
      });
    return { db, api, admin, add };
  }

  const eligible = async (api: Awaited<ReturnType<typeof setup>>['api'], who: object) => {
    const res = await api.get('/api/subsidies/outreach/eligible', who as Record<string, string>);
    expect(res.status).toBe(200);
    return (await res.json()) as { day: string; lines: EligibleLine[] };
  };
  const birthdays = async (api: Awaited<ReturnType<typeof setup>>['api'], who: object) => {
    const res = await api.get('/api/subsidies/outreach/birthdays', who as Record<string, string>);
    expect(res.status).toBe(200);
    return (await res.json()) as {
      day: string;
      until: string;
      ages: number[];
      lines: BirthdayLine[];
    };
  };

  describe('outreach: eligible by the rules, not receiving', () => {
    it('lists each programme the rules pay and the register lacks, with the reasons', async () => {
      const { api, admin, add } = await setup();
      const old = await add('甲老人', '1940-03-02', { address: '枫林街道 3 号' });
      const recorded = await add('乙老人', '1940-03-02');
      await add('丙老人', '1936-01-01', { localHukou: false });
      const poor = await add('丁老人', '1956-06-01', {
        categories: ['low-income'],
        disability: 'moderate',
      });
      const young = await add('戊老人', '1960-01-01');
      // Recorded under the city's rule for the same benefit: not asked to register again.
      expect((await putReceipts(api, admin, recorded.id, [receipt('city-old-age')])).status).toBe(
        200,
      );
      const staff = await api.login('desk1', 'staff');
      const list = await eligible(api, staff);
      expect(list.day).toBe('2026-12-05');
      const of = (id: string) => list.lines.filter((l) => l.memberId === id);

      expect(of(old.id)).toEqual([
        {
          memberId: old.id,
          name: '甲老人',
          cardNumber: old.cardNumber,
          phone: '13800000000',
          address: '枫林街道 3 号',
          birthDate: '1940-03-02',
          age: 86,
          programmeId: 'qinghe-old-age',
          fen: 8000,
          startMonth: null,
          reasons: [{ code: 'local-met' }, { code: 'age-met', age: 86, min: 85, max: 89 }],
        },
      ]);
      expect(of(recorded.id)).toEqual([]);
      expect(list.lines.filter((l) => l.name === '丙老人')).toEqual([]);
      expect(of(young.id)).toEqual([]);
      // 低保 and moderately disabled at 70: the service subsidy, the care subsidy and the grant.
      expect(of(poor.id).map((l) => [l.programmeId, l.fen])).toEqual([
        ['service-subsidy', 10000],
        ['disability-care', 10000],
        ['home-adaptation', 500000],
      ]);
      expect(of(poor.id)[0]?.reasons).toContainEqual({
        code: 'category-met',
        categories: ['low-income'],
      });
    });

    it('names a member whose 80th birthday has come, and the month payment starts', async () => {
      const { api, admin, add } = await setup();
      const today = await add('今天满八十', '1946-12-05');
      const november = await add('上月满八十', '1946-11-20');
      const list = await eligible(api, admin);
      expect(list.lines.find((l) => l.memberId === today.id)).toMatchObject({
        programmeId: 'qinghe-old-age',
        fen: 5000,
        startMonth: '2027-01',
      });
      expect(list.lines.find((l) => l.memberId === november.id)).toMatchObject({
        programmeId: 'qinghe-old-age',
        fen: 5000,
        startMonth: null,
      });
    });

    it('answers CSV for Excel: a BOM, Chinese headers, the reasons in words', async () => {
      const { api, admin, add } = await setup();
      await add('甲老人', '1940-03-02');
      const res = await api.get('/api/subsidies/outreach/eligible?format=csv', admin);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes).split('\r\n');
      expect(lines[0]).toBe(
        '卡号,姓名,电话,住址,出生日期,年龄,可以领的补贴,金额（元）,为什么可以领,要带的材料,去哪里办',
      );
      expect(lines[1]).toContain('甲老人,13800000000,,1940-03-02,86,高龄津贴（区级）,每月 80');
      expect(lines[1]).toContain('本地户籍；85–89 周岁');
      expect(lines[1]).toContain('身份证、户口簿、本人银行卡');
    });
  });

  describe('outreach: birthdays in the next three months', () => {
    it('takes a birthday exactly three months out, not one day past, and today', async () => {
      const { api, admin, add } = await setup();
      const edge = await add('三个月整', '1947-03-05');
      await add('多一天', '1947-03-06');
      const today = await add('今天生日', '1946-12-05');
      await add('上个月', '1946-11-20');
      const ninety = await add('快九十', '1937-01-10');
      const list = await birthdays(api, admin);
      expect(list.day).toBe('2026-12-05');
      expect(list.until).toBe('2027-03-05');
      // The programmes' own age edges: the service subsidy's 60 and 80, the allowance's bands.
      expect(list.ages).toEqual([60, 80, 85, 90, 100]);
      expect(list.lines.map((l) => [l.name, l.turns, l.birthday, l.startMonth, l.fen])).toEqual([
        ['今天生日', 80, '2026-12-05', '2027-01', 5000],
        ['快九十', 90, '2027-01-10', '2027-02', 20000],
        ['三个月整', 80, '2027-03-05', '2027-04', 5000],
      ]);
      expect(list.lines[2]).toMatchObject({
        memberId: edge.id,
        programmeId: 'qinghe-old-age',
        age: 79,
        reasons: [{ code: 'local-met' }, { code: 'age-met', age: 80, min: 80, max: 84 }],
      });
      expect(list.lines[0]?.memberId).toBe(today.id);
      expect(list.lines[1]?.memberId).toBe(ninety.id);
    });

    it('leaves out who already receives the benefit, and who the rules do not pay', async () => {
      const { api, admin, add } = await setup();
      const recorded = await add('已登记', '1937-01-10');
      await putReceipts(api, admin, recorded.id, [receipt('qinghe-old-age')]);
      await add('外地户籍', '1947-01-10', { localHukou: false });
      const february = await add('二月底', '1947-02-28');
      const list = await birthdays(api, admin);
      expect(list.lines.map((l) => l.memberId)).toEqual([february.id]);
      const res = await api.get('/api/subsidies/outreach/birthdays?format=csv', admin);
      const rows = (await res.text()).split('\r\n');
      expect(rows[0]).toContain('满周岁,生日（登记截止）,补贴');
      expect(rows[1]).toContain('二月底,13800000000,,1947-02-28,79,80,2027-02-28,高龄津贴（区级）');
    });

    it('counts a 29 February birthday on 1 March in a year without one', async () => {
      // Born 1944-02-29: 85 on 2029-03-01. Listed when the window ends that day, not a day sooner.
      for (const [now, listed] of [
        ['2028-12-01T04:00:00.000Z', true],
        ['2028-11-30T04:00:00.000Z', false],
      ] as const) {
        const { api, admin, add } = await setup(new Date(now));
        await add('闰日生', '1944-02-29');
        const list = await birthdays(api, admin);
        expect(list.lines.map((l) => [l.turns, l.birthday, l.startMonth])).toEqual(
          listed ? [[85, '2029-03-01', '2029-03']] : [],
        );
      }
    });
  });

  describe('outreach: who may see it', () => {
    it('refuses a trainer and the kitchen (the lists carry phones)', async () => {
      const { api } = await setup();
      for (const role of ['trainer', 'kitchen'] as const) {
        const who = await api.login(`x-${role}`, role);
        for (const path of ['eligible', 'birthdays', 'eligible?format=csv'])
          expect((await api.get(`/api/subsidies/outreach/${path}`, who)).status).toBe(403);
      }
    });
  });
});
