import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { verifyPin } from '../../../src/shared/config/pin';
import type { PinHash } from '../../../src/shared/config/schema';
import { type MemberView, RosterMemberSchema } from '../../../src/shared/members/index';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';
import { counts, membersApi } from './members-api';

interface ImportJson {
  imported: number;
  updated: number;
  unchanged: number;
  errors: { line: number; field?: string; message: string }[];
  ignoredColumns: string[];
  encoding: string;
}

const HEADER =
  '卡号,姓名,出生日期,电话,住址,本地户籍,类别,失能等级,紧急联系人,紧急联系电话,关系,有效期至,备注,PIN';
const GOOD = [
  HEADER,
  '10001,王建国,1944-10-01,139 0571 1002,长青路 20 号,是,低保,,王丽,139 0571 2002,女儿,2027-12-31,,7395',
  '10002,李秀英,1925/3/8,,"长青路 18 号院, 1 栋",是,"特困、独居",半失能,,,,,"百岁老人，""耳背""",',
  '1000 3,张桂兰,1941年6月15日,0571-8765 1003,,否,空巢 失独,失能,,,,20251231,,',
].join('\r\n');

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = membersApi(db);
    const admin = await api.admin();
    return { db, api, admin };
  }
  const resultOf = async (res: Response) => {
    expect(res.status).toBe(200);
    return (await res.json()) as ImportJson;
  };
  const list = async (api: ReturnType<typeof membersApi>, headers: Record<string, string>) =>
    ((await (await api.get('/api/members', headers)).json()) as { members: MemberView[] }).members;
  const memberByCard = async (
    api: ReturnType<typeof membersApi>,
    headers: Record<string, string>,
    card: string,
  ) => (await list(api, headers)).find((m) => m.cardNumber === card);

  describe('a good file', () => {
    it('imports every row with the bureau’s words, audited and published', async () => {
      const { db, api, admin } = await setup();
      const before = await counts(db);
      const result = await resultOf(await api.importCsv(`\uFEFF${GOOD}\r\n`, admin));
      expect(result).toEqual({
        imported: 3,
        updated: 0,
        unchanged: 0,
        errors: [],
        ignoredColumns: [],
        encoding: 'utf-8',
      });
      const after = await counts(db);
      expect(after).toEqual({
        members: before.members + 3,
        audit: before.audit + 3,
        changes: before.changes + 3,
      });

      expect(await memberByCard(api, admin, '10001')).toMatchObject({
        name: '王建国',
        phone: '139 0571 1002',
        categories: ['low-income'],
        disability: 'none',
        hasPin: true,
        emergencyContact: { name: '王丽', phone: '139 0571 2002', relation: '女儿' },
        validUntil: '2027-12-31',
        status: 'active',
      });
      expect(await memberByCard(api, admin, '10002')).toMatchObject({
        name: '李秀英',
        birthDate: '1925-03-08',
        age: 101,
        address: '长青路 18 号院, 1 栋',
        categories: ['extreme-poverty', 'living-alone'],
        disability: 'mild',
        notes: '百岁老人，"耳背"',
        emergencyContact: null,
        hasPin: false,
      });
      expect(await memberByCard(api, admin, '10003')).toMatchObject({
        birthDate: '1941-06-15',
        localHukou: false,
        categories: ['bereaved-parent', 'empty-nest'],
        disability: 'total',
        validUntil: '2025-12-31',
        status: 'expired',
      });

      const [pinRow] = await db
        .selectFrom('members')
        .select('pin_hash')
        .where('card_number', '=', '10001')
        .execute();
      expect(await verifyPin('7395', JSON.parse(pinRow?.pin_hash ?? 'null') as PinHash)).toBe(true);
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'member.created')
        .execute();
      expect(audit.map((a) => JSON.parse(a.details).source)).toEqual([
        'import',
        'import',
        'import',
      ]);
      for (const a of audit) expect(a.details).not.toContain('7395');
      const changes = await db
        .selectFrom('changes')
        .selectAll()
        .where('type', '=', 'member')
        .execute();
      for (const change of changes)
        expect(v.safeParse(RosterMemberSchema, JSON.parse(change.data ?? '')).success).toBe(true);
    });

    it('changes nothing when the same file comes again: no writes, no audit, no changes', async () => {
      const { db, api, admin } = await setup();
      await resultOf(await api.importCsv(GOOD, admin));
      const rows = await db.selectFrom('members').selectAll().orderBy('id').execute();
      const feed = await db.selectFrom('changes').selectAll().orderBy('seq').execute();
      const before = await counts(db);
      api.clock.advance(60_000);

      const dry = await resultOf(await api.importCsv(GOOD, admin, '?dryRun=1'));
      expect(dry).toMatchObject({ imported: 0, updated: 0, unchanged: 3, errors: [] });
      const again = await resultOf(await api.importCsv(GOOD, admin));
      expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3, errors: [] });
      expect(await counts(db)).toEqual(before);
      expect(await db.selectFrom('members').selectAll().orderBy('id').execute()).toEqual(rows);
      expect(await db.selectFrom('changes').selectAll().orderBy('seq').execute()).toEqual(feed);

      // And the export of the register reads back as unchanged too.
      const exported = await (await api.get('/api/members?format=csv', admin)).arrayBuffer();
      const round = await resultOf(await api.importCsv(new Uint8Array(exported), admin));
      expect(round).toMatchObject({ imported: 0, updated: 0, unchanged: 3, errors: [] });
      // Only the export itself is on the audit log (who took the register, issue #11).
      expect(await counts(db)).toEqual({ ...before, audit: before.audit + 1 });
    });

    it('updates only what a row changes; a column left out keeps its values', async () => {
      const { db, api, admin } = await setup();
      await resultOf(await api.importCsv(GOOD, admin));
      const before = await counts(db);
      const edit = [
        '姓名,卡号,出生日期,本地户籍,有效期至',
        '王建国,10001,1944-10-01,是,2028-12-31',
        '李秀英,10002,1925-03-08,是,',
      ].join('\n');
      const result = await resultOf(await api.importCsv(edit, admin));
      expect(result).toMatchObject({ imported: 0, updated: 1, unchanged: 1, errors: [] });
      expect(await counts(db)).toEqual({
        members: before.members,
        audit: before.audit + 1,
        changes: before.changes,
      });
      expect(await memberByCard(api, admin, '10001')).toMatchObject({
        validUntil: '2028-12-31',
        phone: '139 0571 1002',
        categories: ['low-income'],
        hasPin: true,
      });
      const [audit] = await db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'member.updated')
        .execute();
      expect(JSON.parse(audit?.details ?? '')).toMatchObject({
        changed: ['validUntil'],
        source: 'import',
      });

      // A new PIN is a change; an empty PIN cell keeps the PIN.
      const pins = [
        '卡号,姓名,出生日期,本地户籍,PIN',
        '10001,王建国,1944-10-01,是,',
        '10002,李秀英,1925-03-08,是,2468',
      ].join('\n');
      expect(await resultOf(await api.importCsv(pins, admin))).toMatchObject({
        updated: 1,
        unchanged: 1,
      });
      expect((await memberByCard(api, admin, '10001'))?.hasPin).toBe(true);
      expect((await memberByCard(api, admin, '10002'))?.hasPin).toBe(true);
    });

    it('reads English column names, GB18030 files and ignores columns it does not use', async () => {
      const { api, admin } = await setup();
      const english = [
        'Card Number,Name,Birth date,Local hukou,Categories,序号,Valid until',
        '20001,Li Ming,1950-01-20,yes,low-income,1,',
      ].join('\n');
      expect(await resultOf(await api.importCsv(english, admin))).toMatchObject({
        imported: 1,
        errors: [],
        ignoredColumns: ['序号'],
      });
      expect(await memberByCard(api, admin, '20001')).toMatchObject({
        name: 'Li Ming',
        categories: ['low-income'],
      });

      // 卡号,姓名,出生日期,本地户籍 / 10001,张三,1945-03-08,是 as Excel saves it on a Chinese Windows.
      const gbk = Uint8Array.from(
        Buffer.from(
          'BFA8BAC52CD0D5C3FB2CB3F6C9FAC8D5C6DA2CB1BEB5D8BBA7BCAE0A31303030312CD5C5C8FD2C313934352D30332D30382CCAC70A',
          'hex',
        ),
      );
      expect(new TextDecoder('gb18030').decode(gbk)).toBe(
        '卡号,姓名,出生日期,本地户籍\n10001,张三,1945-03-08,是\n',
      );
      const result = await resultOf(
        await api.importCsv(gbk, admin, '', 'application/vnd.ms-excel'),
      );
      expect(result).toMatchObject({ imported: 1, errors: [], encoding: 'gb18030' });
      expect((await memberByCard(api, admin, '10001'))?.name).toBe('张三');
    });

    it('with dryRun=1 says what it would do and writes nothing', async () => {
      const { db, api, admin } = await setup();
      await resultOf(await api.importCsv(GOOD.split('\r\n').slice(0, 2).join('\n'), admin));
      const before = await counts(db);
      const changed = GOOD.replace('139 0571 1002', '139 0571 9999');
      const dry = await resultOf(await api.importCsv(changed, admin, '?dryRun=1'));
      expect(dry).toMatchObject({ imported: 2, updated: 1, unchanged: 0, errors: [] });
      expect(await counts(db)).toEqual(before);
      expect((await memberByCard(api, admin, '10001'))?.phone).toBe('139 0571 1002');
      expect((await api.importCsv(GOOD, admin, '?dryRun=maybe')).status).toBe(400);
    });
  });

  describe('bad rows', () => {
    it('imports the good rows and reports each bad one by line, leaving no trace of it', async () => {
      const { db, api, admin } = await setup();
      const file = [
        '卡号,姓名,出生日期,电话,本地户籍,类别,失能等级,紧急联系人,紧急联系电话',
        '10001,王建国,1944-10-01,,是,低保,,,', // 2: good
        '10002,李秀英,1945-02-30,,是,,,,', // 3: no such day
        '10003,张桂兰,1941-06-15,,是,富裕,,,', // 4: unknown category
        '10004,,1950-01-20,,是,,,,', // 5: no name
        '10001,王建国,1944-10-01,,是,,,,', // 6: the card again
        '', // an empty line is skipped, not a row
        '10005,陈淑芬,1953-09-09,13905,是,,,,', // 8: phone too short
        '1.10101E+17,赵玉兰,1947-12-12,,是,,,,', // 9: a card Excel turned into a number
        '10006,杨国强,1960-05-05,,也许,,有点,陈刚,', // 10: three problems
        '10007,周兰芳,2027-01-01,,是,,,,', // 11: born in the future
        ',,,,,,,,', // an empty row from Excel is skipped
        '10008,吴长林,1956-07-07,,否,,,,', // 13: good
      ].join('\r\n');
      const before = await counts(db);
      const result = await resultOf(await api.importCsv(file, admin));
      expect(result.imported).toBe(2);
      expect(result.updated).toBe(0);
      expect(result.errors).toEqual([
        { line: 3, field: '出生日期', message: expect.stringMatching(/not a real date/) },
        { line: 4, field: '类别', message: expect.stringMatching(/"富裕" is not a category/) },
        { line: 5, field: '姓名', message: expect.stringMatching(/Enter the member’s name/) },
        { line: 6, field: '卡号', message: expect.stringMatching(/already on line 2/) },
        { line: 8, field: '电话', message: expect.stringMatching(/7 to 20 digits/) },
        {
          line: 9,
          field: '卡号',
          message: expect.stringMatching(/Excel has turned the card number/),
        },
        { line: 10, field: '本地户籍', message: expect.stringMatching(/是.*否/) },
        {
          line: 10,
          field: '失能等级',
          message: expect.stringMatching(/"有点" is not a disability grade/),
        },
        { line: 10, field: '紧急联系电话', message: expect.stringMatching(/phone/) },
        { line: 11, field: '出生日期', message: expect.stringMatching(/future/) },
      ]);
      expect(await counts(db)).toEqual({
        members: before.members + 2,
        audit: before.audit + 2,
        changes: before.changes + 2,
      });
      expect((await list(api, admin)).map((m) => m.cardNumber).sort()).toEqual(['10001', '10008']);
      // The first 10001 row was imported as written: the duplicate's empty category did not win.
      expect((await memberByCard(api, admin, '10001'))?.categories).toEqual(['low-income']);
    });
  });

  describe('files that cannot be read', () => {
    it('answers 4xx in words and writes nothing', async () => {
      const { db, api, admin } = await setup();
      const before = await counts(db);
      const refuse = async (
        body: string | Uint8Array,
        status: number,
        message: RegExp,
        contentType?: string,
      ) => {
        const res = await api.importCsv(body, admin, '', contentType);
        expect(res.status, String(message)).toBe(status);
        const { error } = (await res.json()) as ErrorJson;
        expect(error.message).toMatch(message);
      };
      await refuse('', 400, /empty/);
      await refuse('\uFEFF', 400, /empty/);
      await refuse('姓名,电话\n王建国,1\n', 400, /missing: 卡号, 出生日期, 本地户籍/);
      await refuse('卡号,姓名,姓名,出生日期,本地户籍\n', 400, /same column/);
      await refuse(
        '卡号,姓名,出生日期,本地户籍\n10001,"王建国,1944-10-01,是\n',
        400,
        /never closed/,
      );
      await refuse('卡号,姓名,出生日期,本地户籍\n10001,王"建"国,1944-10-01,是\n', 400, /line 2/);
      await refuse(
        Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
        415,
        /Excel workbook/,
      );
      // Random bytes: not UTF-8, and not text in GB18030 either.
      const garbled = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
      await refuse(garbled, 400, /not readable text/);
      await refuse('{"cardNumber":"10001"}', 415, /text\/csv/, 'application/json');
      // Over the API's 1 MB body limit.
      const huge = `${HEADER}\n${'10001,王建国,1944-10-01,,,是,,,,,,,,\n'.repeat(40_000)}`;
      await refuse(huge, 413, /too large/);
      expect(await counts(db)).toEqual(before);
    });
  });
});
