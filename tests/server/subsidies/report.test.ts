/**
 * The monthly subsidy report (issue #13 items 4 and 5), on both stores: people and amounts per
 * programme for a month from the imported payment lists, the total the programmes' sum to the
 * fen, rows still waiting for a member and other months left out, the same figures as CSV, and
 * trainers refused.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centreConfigReader } from '../../../src/server/config/centre-config';
import type { SubsidyReport } from '../../../src/shared/subsidies/report-api';
import { membersApi } from '../members/members-api';
import { forEachStore } from '../support/stores';
import { IDS, imported, setIdNumber } from './import-api';

const DEMO = join('kiosk-config', 'demo');

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
    await setIdNumber(api, admin, li.id, IDS.li);
    return { api, admin };
  }

  describe('the monthly subsidy report', () => {
    it('adds up to the fen by programme, counting each person once', async () => {
      const { api, admin } = await setup();
      const payments = `身份证号,姓名,项目,月份,金额
${IDS.wang},王建国,qinghe-old-age,2026-11,80.33
${IDS.wang},王建国,qinghe-old-age,2026-11,0.01
${IDS.li},李秀英,qinghe-old-age,2026-11,50.5
${IDS.li},李秀英,service-subsidy,2026-11,100
${IDS.stranger},赵大海,qinghe-old-age,2026-11,600
${IDS.wang},王建国,qinghe-old-age,2026-10,80
`;
      expect(await imported(api, admin, 'payments', '2026-11', payments)).toMatchObject({
        matched: 5,
        waiting: 1,
        written: true,
      });
      const res = await api.get('/api/subsidies/report?month=2026-11', admin);
      expect(res.status).toBe(200);
      const report = (await res.json()) as SubsidyReport;
      expect(report).toEqual({
        month: '2026-11',
        asOf: '2026-11',
        programmes: [
          { programmeId: 'qinghe-old-age', people: 2, payments: 3, fen: 8033 + 1 + 5050 },
          { programmeId: 'service-subsidy', people: 1, payments: 1, fen: 10000 },
        ],
        total: { people: 2, payments: 4, fen: 23084 },
      });
      expect(report.programmes.reduce((n, p) => n + p.fen, 0)).toBe(report.total.fen);

      const csv = await api.get('/api/subsidies/report.csv?month=2026-11', admin);
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      const lines = (await csv.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines).toEqual([
        '月份,2026-11,发放名单截至,2026-11',
        '项目,项目编号,人数,笔数,金额(元)',
        '高龄津贴,qinghe-old-age,2,3,130.84',
        '养老服务补贴,service-subsidy,1,1,100.00',
        '合计,,2,4,230.84',
      ]);
      const empty = (await (
        await api.get('/api/subsidies/report?month=2026-09', admin)
      ).json()) as SubsidyReport;
      expect(empty.total).toEqual({ people: 0, payments: 0, fen: 0 });
      expect((await api.get('/api/subsidies/report?month=2026-13', admin)).status).toBe(400);
    });

    it('is the desk’s: the kitchen and trainers are refused', async () => {
      const { api } = await setup();
      for (const role of ['kitchen', 'trainer'] as const) {
        const who = await api.login(`${role}1`, role);
        expect((await api.get('/api/subsidies/report?month=2026-11', who)).status).toBe(403);
        expect((await api.get('/api/subsidies/report.csv?month=2026-11', who)).status).toBe(403);
      }
    });
  });
});
