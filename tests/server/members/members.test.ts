import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { verifyPin } from '../../../src/shared/config/pin';
import type { PinHash } from '../../../src/shared/config/schema';
import { cardKeyOf, type MemberView, RosterMemberSchema } from '../../../src/shared/members/index';
import type { ErrorJson } from '../support/api';
import { forEachStore } from '../support/stores';
import { counts, membersApi } from './members-api';

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = membersApi(db);
    const admin = await api.admin();
    return { db, api, admin };
  }
  const memberOf = async (res: Response) => ((await res.json()) as { member: MemberView }).member;
  const errorOf = async (res: Response) => ((await res.json()) as ErrorJson).error;
  const memberAudit = (db: Awaited<ReturnType<typeof setup>>['db']) =>
    db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'like', 'member.%')
      .orderBy('at')
      .orderBy('id')
      .execute();

  describe('creating and reading', () => {
    it('adds a member with age and status on the centre’s day, audited and published', async () => {
      const { db, api, admin } = await setup();
      const res = await api.post(
        '/api/members',
        {
          cardNumber: ' 1000-1 ',
          name: ' 王建国 ',
          birthDate: '1944-11-25',
          phone: '139 0571 1002',
          address: '长青路 20 号',
          localHukou: true,
          categories: ['living-alone', 'low-income', 'low-income'],
          disability: 'mild',
          pin: '7395',
          emergencyContact: { name: '王丽', phone: '139 0571 2002', relation: '女儿' },
          validUntil: '2027-12-31',
          notes: '',
        },
        admin,
      );
      expect(res.status).toBe(201);
      const member = await memberOf(res);
      expect(member).toEqual({
        id: expect.any(String),
        cardNumber: '10001',
        name: '王建国',
        birthDate: '1944-11-25',
        // 2026-11-24 in Shanghai: the 82nd birthday is tomorrow.
        age: 81,
        phone: '139 0571 1002',
        address: '长青路 20 号',
        localHukou: true,
        categories: ['low-income', 'living-alone'],
        disability: 'mild',
        hasPin: true,
        emergencyContact: { name: '王丽', phone: '139 0571 2002', relation: '女儿' },
        validUntil: '2027-12-31',
        status: 'active',
        notes: null,
        createdAt: '2026-11-24T08:00:00.000Z',
        updatedAt: '2026-11-24T08:00:00.000Z',
      });

      const [row] = await db.selectFrom('members').selectAll().execute();
      const hash = JSON.parse(row?.pin_hash ?? 'null') as PinHash;
      expect(await verifyPin('7395', hash)).toBe(true);
      expect(await verifyPin('7396', hash)).toBe(false);

      const audit = await memberAudit(db);
      expect(audit.map((a) => [a.action, a.subject_id])).toEqual([['member.created', member.id]]);
      expect(JSON.parse(audit[0]?.details ?? '')).toEqual({
        cardNumber: '10001',
        name: '王建国',
        hasPin: true,
        source: 'console',
      });

      // The centre's first card key, then the member under it.
      const changes = await db.selectFrom('changes').selectAll().orderBy('seq').execute();
      expect(changes.map((c) => [c.type, c.key, c.op])).toEqual([
        ['card-key', 'centre', 'put'],
        ['member', member.id, 'put'],
      ]);
      const key = JSON.parse(changes[0]?.data ?? '');
      const roster = v.parse(RosterMemberSchema, JSON.parse(changes[1]?.data ?? ''));
      // No canteen in this test centre: no subsidy tier on any day.
      expect(roster).toEqual({
        cardKey: await cardKeyOf('10001', key),
        name: '王建国',
        hasPin: true,
        validUntil: '2027-12-31',
        tiers: { from: '2026-11-24', days: Array.from({ length: 14 }, () => null) },
      });
      // The roster carries no contact details and no card number.
      expect(changes[1]?.data).not.toContain('10001');
      expect(changes[1]?.data).not.toContain('0571');
    });

    it('reads one member, and says so in words when the id is unknown', async () => {
      const { api, admin } = await setup();
      const made = await api.create(admin);
      const res = await api.get(`/api/members/${made.id}`, admin);
      expect(res.status).toBe(200);
      expect(await memberOf(res)).toEqual(made);
      expect(made).toMatchObject({
        phone: null,
        categories: [],
        disability: 'none',
        hasPin: false,
        emergencyContact: null,
        validUntil: null,
        status: 'active',
      });

      const missing = await api.get('/api/members/no-such-member', admin);
      expect(missing.status).toBe(404);
      const error = await errorOf(missing);
      expect(error.code).toBe('member_not_found');
      expect(error.message).toMatch(/no member with this id/);
    });

    it('refuses a card number in use with 409 card_taken, in any spelling', async () => {
      const { db, api, admin } = await setup();
      await api.create(admin, { cardNumber: '10001' });
      const before = await counts(db);
      const res = await api.post(
        '/api/members',
        { cardNumber: '1000 1', name: '李秀英', birthDate: '1925-03-08', localHukou: true },
        admin,
      );
      expect(res.status).toBe(409);
      const error = await errorOf(res);
      expect(error.code).toBe('card_taken');
      expect(error.message).toContain('10001');
      expect(await counts(db)).toEqual(before);
    });

    it('checks every field and answers what is wrong in plain words', async () => {
      const { db, api, admin } = await setup();
      const before = await counts(db);
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ cardNumber: '12' }, 'cardNumber', /4 to 24 digits or letters/],
        [{ cardNumber: '10001!' }, 'cardNumber', /4 to 24 digits or letters/],
        [{ name: '   ' }, 'name', /Enter the member’s name/],
        [{ name: '王'.repeat(51) }, 'name', /at most 50/],
        [{ birthDate: '2026-11-25' }, 'birthDate', /cannot be in the future/],
        [{ birthDate: '1899-12-31' }, 'birthDate', /before 1900/],
        [{ birthDate: '1945-02-30' }, 'birthDate', /not a real date/],
        [{ birthDate: '8 March 1945' }, 'birthDate', /like 1945-03-08/],
        [{ phone: 'call me' }, 'phone', /7 to 20 digits/],
        [{ phone: '12345' }, 'phone', /7 to 20 digits/],
        [{ categories: ['rich'] }, 'categories.0', /must be one of/],
        [{ disability: 'some' }, 'disability', /must be one of/],
        [{ pin: '12345' }, 'pin', /exactly 4 digits/],
        [{ pin: 1234 }, 'pin', /4 digits/],
        [{ localHukou: '是' }, 'localHukou', /true or false/],
        [{ emergencyContact: { name: '王丽' } }, 'emergencyContact.phone', /phone/],
        [{ validUntil: '2027-13-01' }, 'validUntil', /not a real date/],
        [{ nickname: '老王' }, 'nickname', /not a member field/],
      ];
      for (const [change, path, message] of cases) {
        const res = await api.post(
          '/api/members',
          {
            cardNumber: '10001',
            name: '王建国',
            birthDate: '1944-10-01',
            localHukou: true,
            ...change,
          },
          admin,
        );
        expect(res.status, path).toBe(400);
        const error = await errorOf(res);
        expect(error.fields, path).toEqual([{ path, message: expect.stringMatching(message) }]);
      }
      const missing = await api.post('/api/members', { name: '王建国' }, admin);
      expect(missing.status).toBe(400);
      expect((await errorOf(missing)).fields?.map((f) => f.path)).toEqual([
        'cardNumber',
        'birthDate',
        'localHukou',
      ]);
      expect(await counts(db)).toEqual(before);
    });
  });

  describe('editing', () => {
    it('changes any subset, audits which fields changed and publishes the roster again', async () => {
      const { db, api, admin } = await setup();
      const made = await api.create(admin, { phone: '139 0571 1002' });
      api.clock.advance(60_000);
      const res = await api.patch(
        `/api/members/${made.id}`,
        {
          name: '王建华',
          categories: ['low-income'],
          emergencyContact: { name: '王丽', phone: '13905712002' },
        },
        admin,
      );
      expect(res.status).toBe(200);
      const member = await memberOf(res);
      expect(member).toMatchObject({
        name: '王建华',
        phone: '139 0571 1002',
        categories: ['low-income'],
        emergencyContact: { name: '王丽', phone: '13905712002', relation: null },
        createdAt: '2026-11-24T08:00:00.000Z',
        updatedAt: '2026-11-24T08:01:00.000Z',
      });
      const audit = await memberAudit(db);
      expect(audit.map((a) => a.action)).toEqual(['member.created', 'member.updated']);
      expect(JSON.parse(audit[1]?.details ?? '')).toMatchObject({
        changed: ['name', 'categories', 'emergencyContact'],
        source: 'console',
      });
      const changes = await db
        .selectFrom('changes')
        .selectAll()
        .where('type', '=', 'member')
        .execute();
      expect(changes).toHaveLength(1);
      expect(JSON.parse(changes[0]?.data ?? '')).toMatchObject({ name: '王建华' });

      // Clearing a field with null; an edit that changes nothing writes nothing.
      const cleared = await api.patch(`/api/members/${made.id}`, { phone: null }, admin);
      expect((await memberOf(cleared)).phone).toBeNull();
      const before = await counts(db);
      const same = await api.patch(`/api/members/${made.id}`, { name: '王建华', phone: '' }, admin);
      expect(same.status).toBe(200);
      expect((await memberOf(same)).updatedAt).toBe('2026-11-24T08:01:00.000Z');
      expect((await api.patch(`/api/members/${made.id}`, {}, admin)).status).toBe(200);
      expect(await counts(db)).toEqual(before);
    });

    it('sets, keeps and clears the PIN, which is never answered or audited', async () => {
      const { db, api, admin } = await setup();
      const made = await api.create(admin);
      const bodies: string[] = [];
      const call = async (body: unknown) => {
        const res = await api.patch(`/api/members/${made.id}`, body, admin);
        const text = await res.text();
        bodies.push(text);
        return JSON.parse(text) as { member: MemberView };
      };
      expect((await call({ pin: '7395' })).member.hasPin).toBe(true);
      const [{ pin_hash: stored } = { pin_hash: null }] = await db
        .selectFrom('members')
        .select('pin_hash')
        .execute();
      const hash = JSON.parse(stored ?? 'null') as PinHash;
      expect(await verifyPin('7395', hash)).toBe(true);

      // The same PIN again is no change: same stored hash, no audit entry.
      const before = await counts(db);
      await call({ pin: '7395' });
      expect(await counts(db)).toEqual(before);
      const [again] = await db.selectFrom('members').select('pin_hash').execute();
      expect(again?.pin_hash).toBe(stored);

      expect((await call({ pin: null })).member.hasPin).toBe(false);
      bodies.push(await (await api.get(`/api/members/${made.id}`, admin)).text());
      bodies.push(await (await api.get('/api/members', admin)).text());
      bodies.push(await (await api.get('/api/members?format=csv', admin)).text());

      const audit = await memberAudit(db);
      expect(audit.map((a) => JSON.parse(a.details).changed)).toEqual([
        undefined,
        ['pin'],
        ['pin'],
      ]);
      for (const text of [...bodies, ...audit.map((a) => a.details)]) {
        expect(text).not.toContain('7395');
        expect(text).not.toContain(hash.hash);
        expect(text).not.toContain(hash.salt);
        expect(text).not.toContain('PBKDF2');
      }
      for (const text of bodies.slice(0, -1)) expect(text).not.toMatch(/"pin(Hash)?"/);
    });

    it('moves a member to a free card, refuses another member’s card, and 404s an unknown id', async () => {
      const { db, api, admin } = await setup();
      const first = await api.create(admin, { cardNumber: '10001' });
      await api.create(admin, { cardNumber: '10002', name: '李秀英' });
      const moved = await api.patch(`/api/members/${first.id}`, { cardNumber: '10009' }, admin);
      expect((await memberOf(moved)).cardNumber).toBe('10009');
      const [change] = await db
        .selectFrom('changes')
        .select('data')
        .where('key', '=', first.id)
        .execute();
      const [key] = await db
        .selectFrom('changes')
        .select('data')
        .where('type', '=', 'card-key')
        .execute();
      expect(JSON.parse(change?.data ?? '').cardKey).toBe(
        await cardKeyOf('10009', JSON.parse(key?.data ?? '')),
      );

      const before = await counts(db);
      const taken = await api.patch(`/api/members/${first.id}`, { cardNumber: '1000-2' }, admin);
      expect(taken.status).toBe(409);
      expect((await errorOf(taken)).code).toBe('card_taken');
      const unknown = await api.patch('/api/members/nobody', { name: '某人' }, admin);
      expect(unknown.status).toBe(404);
      const bad = await api.patch(`/api/members/${first.id}`, { birthDate: '2030-01-01' }, admin);
      expect(bad.status).toBe(400);
      expect(await counts(db)).toEqual(before);
    });
  });

  describe('the list', () => {
    async function fiveMembers() {
      const s = await setup();
      const { api, admin } = s;
      await api.create(admin, {
        cardNumber: '10001',
        name: '王建国',
        phone: '139 0571 1002',
        categories: ['low-income'],
      });
      await api.create(admin, {
        cardNumber: '10002',
        name: '李秀英',
        birthDate: '1925-03-08',
        categories: ['living-alone'],
        validUntil: '2026-11-23',
      });
      await api.create(admin, {
        cardNumber: 'A20003',
        name: '王秀兰',
        phone: '0571-8765-1003',
        validUntil: '2026-11-24',
      });
      await api.create(admin, {
        cardNumber: '10004',
        name: '张桂兰',
        categories: ['low-income', 'empty-nest'],
      });
      await api.create(admin, { cardNumber: '10005', name: 'Li Ming' });
      return s;
    }
    const names = async (res: Response) => {
      expect(res.status).toBe(200);
      return ((await res.json()) as { members: MemberView[] }).members.map((m) => m.name);
    };

    it('finds by part of a name, card number or phone', async () => {
      const { api, admin } = await fiveMembers();
      const find = (q: string) => api.get(`/api/members?q=${encodeURIComponent(q)}`, admin);
      expect((await names(await find('王'))).sort()).toEqual(['王建国', '王秀兰'].sort());
      expect(await names(await find('秀英'))).toEqual(['李秀英']);
      expect(await names(await find('a2000'))).toEqual(['王秀兰']);
      expect(await names(await find('1000 4'))).toEqual(['张桂兰']);
      // Digits typed without the spaces or dashes the number was stored with.
      expect(await names(await find('1390571'))).toEqual(['王建国']);
      expect(await names(await find('87651003'))).toEqual(['王秀兰']);
      expect(await names(await find('li ming'))).toEqual(['Li Ming']);
      // LIKE's own wildcards are plain characters in a search.
      expect(await names(await find('%'))).toEqual([]);
      expect(await names(await find('_'))).toEqual([]);
    });

    it('filters by category and by membership status on the centre’s day', async () => {
      const { api, admin } = await fiveMembers();
      expect(
        (await names(await api.get('/api/members?category=low-income', admin))).sort(),
      ).toEqual(['张桂兰', '王建国'].sort());
      expect(await names(await api.get('/api/members?status=expired', admin))).toEqual(['李秀英']);
      const active = await api.get('/api/members?status=active&q=王', admin);
      const members = ((await active.json()) as { members: MemberView[] }).members;
      expect(members.map((m) => [m.name, m.status]).sort()).toEqual(
        [
          ['王建国', 'active'],
          ['王秀兰', 'active'],
        ].sort(),
      );
      const bad = await api.get('/api/members?status=gone&category=rich', admin);
      expect(bad.status).toBe(400);
      expect((await errorOf(bad)).fields?.map((f) => f.path).sort()).toEqual([
        'category',
        'status',
      ]);
    });

    it('pages in name order with a cursor, never repeating or skipping', async () => {
      const { api, admin } = await fiveMembers();
      const all = await names(await api.get('/api/members', admin));
      expect(all).toHaveLength(5);
      expect([...all].sort()).toEqual(all);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const res = await api.get(`/api/members?limit=2${query}`, admin);
        const page = (await res.json()) as { members: MemberView[]; nextCursor: string | null };
        seen.push(...page.members.map((m) => m.name));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(all);
      const bad = await api.get('/api/members?cursor=not-a-cursor', admin);
      expect(bad.status).toBe(400);
      expect((await errorOf(bad)).code).toBe('invalid_cursor');
      expect((await api.get('/api/members?limit=0', admin)).status).toBe(400);
    });

    it('exports the filtered list as CSV that Excel reads, with the template’s columns', async () => {
      const { api, admin } = await fiveMembers();
      await api.patch(
        `/api/members/${(await api.create(admin, { cardNumber: '10006', name: '赵玉兰', pin: '7395' })).id}`,
        {
          categories: ['extreme-poverty', 'living-alone'],
          disability: 'severe',
          emergencyContact: { name: '周红', phone: '0571-8765 4300', relation: '网格员' },
        },
        admin,
      );
      const res = await api.get('/api/members?format=csv&q=兰', admin);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="members-2026-11-24.csv"',
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      // In name order (by code point: 张 < 王 < 赵).
      expect(text.split('\r\n')).toEqual([
        '\uFEFF卡号,姓名,出生日期,电话,住址,本地户籍,类别,失能等级,紧急联系人,紧急联系电话,关系,有效期至,备注',
        '10004,张桂兰,1944-10-01,,,是,低保、空巢,,,,,,',
        'A20003,王秀兰,1944-10-01,0571-8765-1003,,是,,,,,,2026-11-24,',
        '10006,赵玉兰,1944-10-01,,,是,特困、独居,重度,周红,0571-8765 4300,网格员,,',
        '',
      ]);
    });
  });

  describe('who may do what', () => {
    it('keeps the register (contacts and all) from kitchen and trainers; nobody signed out', async () => {
      const { db, api, admin } = await setup();
      const made = await api.create(admin);
      const staff = await api.login('staff1', 'staff');
      expect((await api.create(staff, { cardNumber: '10002' })).cardNumber).toBe('10002');
      for (const role of ['kitchen', 'trainer'] as const) {
        const who = await api.login(`${role}1`, role);
        // Issue #11: the register's phones and emergency contacts are the desk's alone.
        expect((await api.get('/api/members', who)).status).toBe(403);
        expect((await api.get('/api/members?format=csv', who)).status).toBe(403);
        expect((await api.get(`/api/members/${made.id}`, who)).status).toBe(403);
        const before = await counts(db);
        const create = await api.post(
          '/api/members',
          { cardNumber: '10003', name: '某', birthDate: '1950-01-01', localHukou: true },
          who,
        );
        expect(create.status).toBe(403);
        expect((await errorOf(create)).code).toBe('wrong_role');
        expect((await api.patch(`/api/members/${made.id}`, { name: '某' }, who)).status).toBe(403);
        expect(
          (await api.importCsv('卡号,姓名,出生日期,本地户籍\n10003,某,1950-01-01,是\n', who))
            .status,
        ).toBe(403);
        expect(await counts(db)).toEqual(before);
      }
      for (const res of [
        await api.get('/api/members'),
        await api.get(`/api/members/${made.id}`),
        await api.post('/api/members', { cardNumber: '10003' }),
        await api.patch(`/api/members/${made.id}`, { name: '某' }),
        await api.importCsv('卡号\n', {}),
      ]) {
        expect(res.status).toBe(401);
        expect((await errorOf(res)).code).toBe('not_logged_in');
      }
    });
  });
});
