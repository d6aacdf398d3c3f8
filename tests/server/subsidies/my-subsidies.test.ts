/**
 * "我的补贴" on the server (issue #13 item 3): POST /api/kiosk/my-subsidies answers only for the
 * member whose card and PIN the kiosk sealed at identification, on that kiosk, in that session;
 * a member without a PIN is told money figures need one. The figures are the engine's reading of
 * the member's facts today beside what the register says they receive — at the demo centre, on
 * 2026-11-24 (the test clock), for elders turning 80 around then.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centreConfigReader } from '../../../src/server/config/centre-config';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import type { MySubsidyItem } from '../../../src/shared/subsidies/api';
import { uuidv7 } from '../../../src/shared/sync/index';
import { membersApi } from '../members/members-api';
import type { ErrorJson } from '../support/api';
import { type ProofOptions, proofFor } from '../support/proof';
import { forEachStore } from '../support/stores';
import { IDS, imported, setIdNumber } from './import-api';
import { putReceipts } from './register-api';

const DEMO = join('kiosk-config', 'demo');

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const centre = centreConfigReader(DEMO);
    // 帮我申请 entries read the same subsidies.json as the figures.
    const appliers = createApplierRegistry([], { subsidies: () => centre()?.subsidies });
    const api = membersApi(db, { centre, appliers });
    const admin = await api.admin();
    // Turns 80 today: the district's allowance starts the month after (December).
    const today80 = await api.create(admin, {
      cardNumber: '20001',
      name: '今天八十',
      birthDate: '1946-11-24',
      pin: '2580',
    });
    // Turned 80 last month: entitled from this month, and nothing on the register yet.
    const last80 = await api.create(admin, {
      cardNumber: '20002',
      name: '上月八十',
      birthDate: '1946-10-31',
      pin: '1357',
    });
    const noPin = await api.create(admin, { cardNumber: '20003', name: '没有密码' });
    const hall = await api.enroll(admin, '大厅');
    const canteen = await api.enroll(admin, '食堂');
    const ask = async (
      memberId: string,
      options: ProofOptions = {},
      kiosk = hall,
      sealedOn = kiosk,
    ) => {
      const proof = await proofFor(db, sealedOn, memberId, uuidv7(), {
        at: api.clock().getTime(),
        ...options,
      });
      return api.post('/api/kiosk/my-subsidies', { memberId, proof }, kiosk.auth);
    };
    const figures = async (memberId: string, pin: string) => {
      const res = await ask(memberId, { pin });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { result: string; day: string; items: MySubsidyItem[] };
      expect(body.result).toBe('figures');
      return body;
    };
    return { db, api, admin, today80, last80, noPin, hall, canteen, ask, figures };
  }

  const item = (items: MySubsidyItem[], id: string) => items.find((i) => i.programmeId === id);

  describe('我的补贴 at the kiosk', () => {
    it('refuses a request without a proof, and one from no kiosk', async () => {
      const { db, api, last80, hall } = await setup();
      const bare = await api.post('/api/kiosk/my-subsidies', { memberId: last80.id }, hall.auth);
      expect(bare.status).toBe(400);
      expect(((await bare.json()) as ErrorJson).error.message).toBeTruthy();
      const proof = await proofFor(db, hall, last80.id, uuidv7());
      const noKiosk = await api.post('/api/kiosk/my-subsidies', { memberId: last80.id, proof });
      expect(noKiosk.status).toBe(401);
    });

    it('needs the PIN of a member who has one: none sealed, or a wrong one, is refused', async () => {
      const { ask, last80 } = await setup();
      for (const options of [{}, { pin: '0000' }]) {
        const res = await ask(last80.id, options);
        expect(res.status, JSON.stringify(options)).toBe(403);
        expect(((await res.json()) as ErrorJson).error.code).toBe('pin_needed');
      }
    });

    it('tells a member without a PIN that money figures need one', async () => {
      const { ask, noPin } = await setup();
      const res = await ask(noPin.id);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ result: 'no-pin' });
    });

    it('refuses another member’s proof, a proof sealed on another kiosk or for another session, and an old one', async () => {
      const { api, ask, today80, last80, hall, canteen } = await setup();
      const refusedWith = async (res: Response) => {
        expect(res.status).toBe(403);
        expect(((await res.json()) as ErrorJson).error.code).toBe('bad_proof');
      };
      // today80's card and PIN, asking for last80's figures.
      await refusedWith(await ask(last80.id, { pin: '2580', card: '20001' }));
      await refusedWith(await ask(today80.id, { pin: '2580' }, canteen, hall));
      await refusedWith(await ask(today80.id, { pin: '2580', sealedSession: uuidv7() }));
      await refusedWith(
        await ask(today80.id, { pin: '2580', at: api.clock().getTime() - 5 * 60 * 60 * 1000 }),
      );
    });

    it('gives the figures at the boundary birthday: 80 today starts next month, 80 last month could get it now', async () => {
      const { figures, today80, last80 } = await setup();
      const on = await figures(today80.id, '2580');
      expect(on.day).toBe('2026-11-24');
      expect(item(on.items, 'qinghe-old-age')).toMatchObject({
        status: 'not-yet',
        fen: 5000,
        startMonth: '2026-12',
      });
      // The city's rule is replaced by the district's: not a programme of its own.
      expect(item(on.items, 'city-old-age')).toBeUndefined();
      // Not 低保: the service subsidy says why.
      expect(item(on.items, 'service-subsidy')).toMatchObject({ status: 'not-eligible', fen: 0 });
      expect(item(on.items, 'service-subsidy')?.reasons.map((r) => r.code)).toContain(
        'category-needed',
      );

      const before = await figures(last80.id, '1357');
      expect(item(before.items, 'qinghe-old-age')).toMatchObject({
        status: 'not-applied',
        fen: 5000,
        nextPayout: null,
      });
    });

    it('says a 帮我申请 still open with the staff and the day it was asked, until staff finish it', async () => {
      const { db, api, admin, last80, hall, figures } = await setup();
      const id = uuidv7();
      const proof = await proofFor(db, hall, last80.id, id);
      const pushed = await api.post(
        '/api/sync/push',
        {
          kioskId: hall.kioskId,
          entries: [
            {
              id,
              kind: 'subsidy.apply',
              payload: { memberId: last80.id, programmeId: 'qinghe-old-age' },
              kioskTime: api.clock().toISOString(),
              kioskId: hall.kioskId,
              proof,
            },
          ],
        },
        hall.auth,
      );
      expect(pushed.status).toBe(200);
      expect(((await pushed.json()) as { results: unknown[] }).results[0]).toMatchObject({
        status: 'accepted',
      });

      const asked = await figures(last80.id, '1357');
      expect(item(asked.items, 'qinghe-old-age')).toMatchObject({
        status: 'not-applied',
        askedOn: '2026-11-24',
      });
      // Only the programme asked for.
      expect(asked.items.filter((i) => i.askedOn).map((i) => i.programmeId)).toEqual([
        'qinghe-old-age',
      ]);

      // Done with the staff (applied, or the elder changed their mind): the kiosk offers it again.
      const done = await api.post(`/api/help/requests/${id}/status`, { status: 'done' }, admin);
      expect(done.status).toBe(200);
      const after = await figures(last80.id, '1357');
      expect(item(after.items, 'qinghe-old-age')).toMatchObject({ status: 'not-applied' });
      expect(item(after.items, 'qinghe-old-age')?.askedOn).toBeUndefined();
    });

    it('shows what the register says the member receives, the next payout day, and a suspension', async () => {
      const { api, admin, figures, last80 } = await setup();
      const receipt = {
        programmeId: 'qinghe-old-age',
        fen: 5000,
        since: '2026-11',
        suspendedFrom: null,
        suspendedTo: null,
      };
      const put = (receipts: unknown[]) => putReceipts(api, admin, last80.id, receipts);
      expect((await put([receipt])).status).toBe(200);
      const paid = await figures(last80.id, '1357');
      expect(item(paid.items, 'qinghe-old-age')).toMatchObject({
        status: 'receiving',
        fen: 5000,
        since: '2026-11',
        nextPayout: '2027-01-15',
      });
      expect((await put([{ ...receipt, suspendedFrom: '2026-11' }])).status).toBe(200);
      const held = await figures(last80.id, '1357');
      expect(item(held.items, 'qinghe-old-age')).toMatchObject({
        status: 'suspended',
        suspendedFrom: '2026-11',
        nextPayout: null,
      });
    });

    it('adds the bureau lists’ last payment and voucher balance, each saying how current it is', async () => {
      const { api, admin, figures, last80 } = await setup();
      await setIdNumber(api, admin, last80.id, IDS.wang);
      const payments = `身份证号,姓名,项目,月份,金额
${IDS.wang},上月八十,qinghe-old-age,2026-09,50
${IDS.wang},上月八十,qinghe-old-age,2026-10,50
${IDS.wang},上月八十,qinghe-old-age,2026-10,25.50
`;
      await imported(api, admin, 'payments', '2026-11', payments);
      const vouchers = `身份证号,姓名,项目,月份,类型,金额
${IDS.wang},上月八十,disability-care,2026-10,发放,800
${IDS.wang},上月八十,disability-care,2026-10,使用,300
`;
      await imported(api, admin, 'vouchers', '2026-10', vouchers);
      const { items } = await figures(last80.id, '1357');
      // October's two segments are one month's payment; the lists are as of November.
      expect(item(items, 'qinghe-old-age')?.lastPayment).toEqual({
        month: '2026-10',
        fen: 7550,
        asOf: '2026-11',
      });
      expect(item(items, 'disability-care')?.vouchers).toEqual({ fen: 50000, asOf: '2026-10' });
      expect(item(items, 'service-subsidy')?.lastPayment).toBeUndefined();
    });
  });
});
