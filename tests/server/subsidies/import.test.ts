/**
 * Importing the bureau's monthly lists (issue #13 items 4 and 5), on both stores: a good file is
 * matched by ID number; every bad line is named with its number and reason and nothing is
 * written; importing the same file again changes nothing; a GB18030 file reads the same; a row
 * whose ID number matches no member waits in the queue until the desk matches it (the member's
 * record then keeps the number) or dismisses it; trainers and the kitchen are refused.
 */
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { centreConfigReader } from '../../../src/server/config/centre-config';
import type { Database } from '../../../src/server/db/schema';
import type { QueueRow } from '../../../src/shared/subsidies/import-api';
import { membersApi } from '../members/members-api';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';
import { IDS, imported, importList, setIdNumber } from './import-api';

const DEMO = join('kiosk-config', 'demo');

const ADDED = `身份证号,姓名,项目,起始月份,月金额
${IDS.wang},王建国,高龄津贴,2026-10,80
${IDS.stranger},赵大海,qinghe-old-age,2026-10,50
`;

async function tableCounts(db: Kysely<Database>) {
  const count = async (
    table: 'subsidy_records' | 'subsidy_imports' | 'audit_log' | 'member_subsidies',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );
  return {
    records: await count('subsidy_records'),
    imports: await count('subsidy_imports'),
    audit: await count('audit_log'),
    receipts: await count('member_subsidies'),
  };
}

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = membersApi(db, { centre: centreConfigReader(DEMO) });
    const admin = await api.admin();
    const wang = await api.create(admin, { birthDate: '1944-10-01' });
    const li = await api.create(admin, {
      cardNumber: '10002',
      name: '李秀英',
      birthDate: '1944-01-01',
    });
    await setIdNumber(api, admin, wang.id, IDS.wang);
    const receipts = async (memberId: string) =>
      (
        (await (await api.get(`/api/subsidies/members/${memberId}`, admin)).json()) as {
          receipts: unknown[];
        }
      ).receipts;
    const queue = async () =>
      (await (await api.get('/api/subsidies/queue', admin)).json()) as {
        rows: QueueRow[];
        total: number;
      };
    return { db, api, admin, wang, li, receipts, queue };
  }

  describe('importing the bureau’s lists', () => {
    it('matches a good file by ID number, records the month it is as of, and queues the rest', async () => {
      const { api, admin, wang, receipts, queue } = await setup();
      const staff = await api.login('desk1', 'staff');
      const report = await imported(api, staff, 'added', '2026-10', ADDED);
      expect(report).toMatchObject({
        list: 'added',
        asOf: '2026-10',
        encoding: 'utf-8',
        rows: 2,
        matched: 1,
        waiting: 1,
        unchanged: 0,
        errors: [],
        written: true,
      });
      // 高龄津贴 names the city's and the district's rule: the district's, the most local, is paid.
      expect(await receipts(wang.id)).toEqual([
        {
          programmeId: 'qinghe-old-age',
          fen: 8000,
          since: '2026-10',
          suspendedFrom: null,
          suspendedTo: null,
        },
      ]);
      const lists = await (await api.get('/api/subsidies/imports', admin)).json();
      expect(lists).toMatchObject({
        current: { added: '2026-10' },
        imports: [{ list: 'added', asOf: '2026-10', by: 'desk1', rows: 2, matched: 1, waiting: 1 }],
      });
      const waiting = await queue();
      expect(waiting.total).toBe(1);
      expect(waiting.rows[0]).toMatchObject({
        kind: 'start',
        idNumber: '310112********4563',
        name: '赵大海',
        programmeId: 'qinghe-old-age',
        month: '2026-10',
        fen: 5000,
        asOf: '2026-10',
        line: 3,
      });
    });

    it('names every bad line with its number and reason, and writes nothing', async () => {
      const { db, api, admin } = await setup();
      const before = await tableCounts(db);
      const file = `身份证号,姓名,项目,月份,金额
${IDS.wang},王建国,高龄津贴,2026-10,80
110105194912310021,王建国,高龄津贴,2026-10,80
${IDS.li},李秀英,月亮补贴,2026-13,8o
1.10105E+17,张三,高龄津贴,2026-10,80
${IDS.li},李秀英,高龄津贴,2026-10,
`;
      const report = await imported(api, admin, 'payments', '2026-10', file);
      expect(report.written).toBe(false);
      expect(report.rows).toBe(5);
      const said = report.errors.map((e) => `${e.line} ${e.field}: ${e.message}`);
      expect(said).toEqual([
        expect.stringMatching(/^3 idNumber: .*does not match/),
        expect.stringMatching(/^4 programme: "月亮补贴" is not one of the centre's programmes/),
        expect.stringMatching(/^4 month: "2026-13" is not a month/),
        expect.stringMatching(/^4 amount: "8o" is not an amount in yuan/),
        expect.stringMatching(/^5 idNumber: Excel has turned the ID number into "1.10105E\+17"/),
        expect.stringMatching(/^6 amount: "" is not an amount/),
      ]);
      // Line 2 was good, but a file with a bad line is not half-imported.
      expect(await tableCounts(db)).toEqual(before);
      const missing = await importList(api, admin, 'stopped', '2026-10', '身份证号,姓名,项目\n');
      expect(missing.status).toBe(400);
      expect(((await missing.json()) as ErrorJson).error.message).toMatch(
        /missing: 停止月份, 停止原因/,
      );
    });

    it('changes nothing when the same file is imported again', async () => {
      const { db, api, admin, wang, receipts } = await setup();
      await imported(api, admin, 'added', '2026-10', ADDED);
      const payments = `身份证号,姓名,项目,月份,金额\n${IDS.wang},王建国,qinghe-old-age,2026-10,80\n${IDS.wang},王建国,qinghe-old-age,2026-10,80\n`;
      // Two equal rows in one file are two payments (a back-pay segment can repeat an amount).
      expect(await imported(api, admin, 'payments', '2026-10', payments)).toMatchObject({
        matched: 2,
        written: true,
      });
      const before = await tableCounts(db);
      const shown = await receipts(wang.id);
      const again = await imported(api, admin, 'added', '2026-10', ADDED);
      expect(again).toMatchObject({
        rows: 2,
        matched: 0,
        waiting: 0,
        unchanged: 2,
        written: false,
      });
      expect(await imported(api, admin, 'payments', '2026-10', payments)).toMatchObject({
        unchanged: 2,
        written: false,
      });
      expect(await tableCounts(db)).toEqual(before);
      expect(await receipts(wang.id)).toEqual(shown);
    });

    it('reads a GB18030 file as Excel on a Chinese Windows saves it', async () => {
      const { api, admin } = await setup();
      // 身份证号,姓名,项目,月份,金额 / 11010519491231002X,王建国,高龄津贴,2026-10,80 in GB18030.
      const gb = Uint8Array.from(
        Buffer.from(
          'c9edb7ddd6a4bac52cd0d5c3fb2ccfeec4bf2cd4c2b7dd2cbdf0b6ee0a3131303130353139343931323331303032582ccdf5bda8b9fa2cb8dfc1e4bdf2ccf92c323032362d31302c38300a',
          'hex',
        ),
      );
      const report = await imported(api, admin, 'payments', '2026-10', gb, {
        type: 'application/vnd.ms-excel',
      });
      expect(report).toMatchObject({
        encoding: 'gb18030',
        rows: 1,
        matched: 1,
        errors: [],
        written: true,
      });
    });

    it('queues unmatched ID numbers until the desk matches them to a member, or dismisses them', async () => {
      const { api, admin, li, receipts, queue } = await setup();
      const file = `身份证号,姓名,项目,起始月份,月金额
${IDS.li},李秀英,qinghe-old-age,2026-09,80
${IDS.zhang},张桂兰,qinghe-old-age,2026-09,200
`;
      expect(await imported(api, admin, 'added', '2026-09', file)).toMatchObject({ waiting: 2 });
      const stops = `身份证号,姓名,项目,停止月份,停止原因\n${IDS.li},李秀英,qinghe-old-age,2026-11,未按时认证\n`;
      expect(await imported(api, admin, 'stopped', '2026-11', stops)).toMatchObject({ waiting: 1 });
      const rows = (await queue()).rows;
      expect(rows).toHaveLength(3);
      const liRow = rows.find((r) => r.name === '李秀英');
      const zhangRow = rows.find((r) => r.name === '张桂兰');
      if (!liRow || !zhangRow) throw new Error('rows missing from the queue');

      const match = (rowId: string, memberId: string) =>
        api.post(`/api/subsidies/queue/${rowId}/match`, { memberId }, admin);
      const matched = await match(liRow.id, li.id);
      expect(matched.status).toBe(200);
      // Every waiting row of that ID number went to her: the start, then the missed check's hold.
      expect(await matched.json()).toEqual({ rows: 2 });
      expect(await receipts(li.id)).toEqual([
        {
          programmeId: 'qinghe-old-age',
          fen: 8000,
          since: '2026-09',
          suspendedFrom: '2026-11',
          suspendedTo: null,
        },
      ]);
      const idNumber = await (await api.get(`/api/members/${li.id}/id-number`, admin)).json();
      expect(idNumber).toEqual({ idNumber: '110101********1233', masked: true });
      // Next month's list finds her by herself.
      const back = `身份证号,姓名,项目,起始月份,月金额\n${IDS.li},李秀英,qinghe-old-age,2026-12,80\n`;
      expect(await imported(api, admin, 'added', '2026-12', back)).toMatchObject({ matched: 1 });
      expect(await receipts(li.id)).toEqual([
        {
          programmeId: 'qinghe-old-age',
          fen: 8000,
          since: '2026-09',
          suspendedFrom: '2026-11',
          suspendedTo: '2026-11',
        },
      ]);
      // A row matched already is not waiting any more; another member cannot take her number.
      expect((await match(liRow.id, li.id)).status).toBe(404);
      const taken = await match(zhangRow.id, li.id);
      expect(taken.status).toBe(409);

      const dismissed = await api.post(`/api/subsidies/queue/${zhangRow.id}/dismiss`, {}, admin);
      expect(await dismissed.json()).toEqual({ rows: 1 });
      expect((await queue()).total).toBe(0);
      const later = `身份证号,姓名,项目,月份,金额\n${IDS.zhang},张桂兰,qinghe-old-age,2026-12,200\n`;
      expect(await imported(api, admin, 'payments', '2026-12', later)).toMatchObject({
        waiting: 0,
        setAside: 1,
        written: true,
      });
      expect((await queue()).total).toBe(0);
    });

    it('gives each member their history from the lists, with the month each list was as of, and the voucher balance', async () => {
      const { api, admin, wang, receipts } = await setup();
      await imported(api, admin, 'added', '2026-10', ADDED);
      const stops = `身份证号,姓名,项目,停止月份,停止原因\n${IDS.wang},王建国,qinghe-old-age,2026-12,户籍迁出\n`;
      await imported(api, admin, 'stopped', '2026-12', stops);
      const vouchers = `身份证号,姓名,项目,月份,类型,金额
${IDS.wang},王建国,disability-care,2026-11,发放,800
${IDS.wang},王建国,disability-care,2026-11,使用,120.50
`;
      await imported(api, admin, 'vouchers', '2026-11', vouchers);
      const res = await api.get(`/api/subsidies/members/${wang.id}/history`, admin);
      expect(res.status).toBe(200);
      const history = (await res.json()) as { records: unknown[]; vouchers: unknown[] };
      expect(history.records).toEqual([
        {
          kind: 'stop',
          programmeId: 'qinghe-old-age',
          month: '2026-12',
          fen: 0,
          reason: 'moved',
          asOf: '2026-12',
        },
        expect.objectContaining({ kind: 'voucher-use', fen: 12050, asOf: '2026-11' }),
        expect.objectContaining({ kind: 'voucher-issue', fen: 80000, asOf: '2026-11' }),
        {
          kind: 'start',
          programmeId: 'qinghe-old-age',
          month: '2026-10',
          fen: 8000,
          reason: null,
          asOf: '2026-10',
        },
      ]);
      expect(history.vouchers).toEqual([{ programmeId: 'disability-care', balanceFen: 67950 }]);
      // 户籍 moved: no longer received.
      expect(await receipts(wang.id)).toEqual([]);
      const trainer = await api.login('coach1', 'trainer');
      expect((await api.get(`/api/subsidies/members/${wang.id}/history`, trainer)).status).toBe(
        403,
      );
      expect((await api.get('/api/subsidies/members/nobody/history', admin)).status).toBe(404);
    });

    it('takes records the desk enters on the member page, checked, audited and in the history', async () => {
      const { db, api, admin, li, receipts } = await setup();
      const add = (who: Record<string, string>, body: unknown, id = li.id) =>
        api.post(`/api/subsidies/members/${id}/history`, body, who);
      const staff = await api.login('desk1', 'staff');
      const start = {
        kind: 'start',
        programmeId: 'qinghe-old-age',
        month: '2026-08',
        fen: 8000,
        reason: null,
      };
      expect((await add(staff, start)).status).toBe(201);
      const paid = await add(staff, { ...start, kind: 'payment', month: '2026-09' });
      expect(paid.status).toBe(201);
      expect(((await paid.json()) as { records: unknown[] }).records).toEqual([
        {
          kind: 'payment',
          programmeId: 'qinghe-old-age',
          month: '2026-09',
          fen: 8000,
          reason: null,
          asOf: null,
        },
        {
          kind: 'start',
          programmeId: 'qinghe-old-age',
          month: '2026-08',
          fen: 8000,
          reason: null,
          asOf: null,
        },
      ]);
      expect(await receipts(li.id)).toEqual([
        {
          programmeId: 'qinghe-old-age',
          fen: 8000,
          since: '2026-08',
          suspendedFrom: null,
          suspendedTo: null,
        },
      ]);
      const cases: [unknown, number, RegExp][] = [
        [{ ...start, kind: 'stop', fen: 0 }, 400, /A stop needs its reason/],
        [{ ...start, reason: 'death' }, 400, /only a stop has one/],
        [{ ...start, fen: 0 }, 400, /more than 0/],
        [{ ...start, fen: 12.5 }, 400, /whole fen/],
        [{ ...start, month: '2026-13' }, 400, /month like 2026-11/],
        [{ ...start, programmeId: 'moon-pension' }, 400, /moon-pension/],
      ];
      for (const [body, status, words] of cases) {
        const res = await add(admin, body);
        expect(res.status, JSON.stringify(body)).toBe(status);
        expect(JSON.stringify(await res.json())).toMatch(words);
      }
      expect((await add(admin, start, 'nobody')).status).toBe(404);
      const trainer = await api.login('coach1', 'trainer');
      expect((await add(trainer, start)).status).toBe(403);
      const death = await add(admin, {
        ...start,
        kind: 'stop',
        month: '2026-10',
        fen: 0,
        reason: 'death',
      });
      expect(death.status).toBe(201);
      expect(await receipts(li.id)).toEqual([]);
      const audit = await db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'subsidy.record_entered')
        .execute();
      expect(audit).toHaveLength(3);
    });

    it('is the desk’s: the kitchen and trainers are refused', async () => {
      const { api, queue } = await setup();
      for (const role of ['kitchen', 'trainer'] as const) {
        const who = await api.login(`${role}1`, role);
        expect((await importList(api, who, 'added', '2026-10', ADDED)).status).toBe(403);
        expect((await api.get('/api/subsidies/queue', who)).status).toBe(403);
        expect((await api.get('/api/subsidies/imports', who)).status).toBe(403);
      }
      expect((await queue()).total).toBe(0);
    });
  });
});
