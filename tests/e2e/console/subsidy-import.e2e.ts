/**
 * Importing a bureau list in the console (issue #13 items 4 and 5): the desk imports a payments
 * list as of 2026-11; the row of a member whose ID number is on record is matched, the other
 * waits in the queue with its number masked, and is then matched to 李秀英 by name. axe on the
 * page with the queue, and on the month's report, which adds both payments up; screenshots
 * console-subsidy-import.png and console-subsidy-report.png.
 */
import { afterEach, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie, seededAdmin } from '../support/centre-admin';
import { type ServerHandle, startServer } from '../support/server';
import { check, heading, logInFirstAdmin } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

const WANG = '11010519491231002X';
const LI = '110101194401011233';

let browser: Kiosk | undefined;
let server: ServerHandle | undefined;
afterEach(async () => {
  await browser?.close();
  await server?.stopAndRemoveData();
  browser = undefined;
  server = undefined;
});

describe('the bureau’s lists in the console', () => {
  test('a payments list is imported; the unmatched row waits, then is matched by name', async () => {
    server = await startServer({ distDir });
    const cookie = await adminCookie(server);
    const find = async (name: string) => {
      const res = await fetch(`${server?.url}/api/members?q=${encodeURIComponent(name)}`, {
        headers: { cookie },
      });
      return ((await res.json()) as { members: { id: string }[] }).members[0]?.id ?? '';
    };
    const wang = await find('王建国');
    const li = await find('李秀英');
    const put = await fetch(`${server.url}/api/members/${wang}/id-number`, {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ idNumber: WANG }),
    });
    expect(put.status).toBe(200);

    browser = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    const { page } = browser;
    await browser.goto('/console/');
    await logInFirstAdmin(page, seededAdmin(server));
    await page.getByRole('link', { name: '补贴名单导入' }).click();
    await heading(page, '导入民政局的补贴名单').waitFor();
    await page.getByText('还没有导入过名单。').waitFor();

    await page.getByLabel('哪一种名单').selectOption('payments');
    await page.getByLabel('名单截至哪个月').fill('2026-11');
    await page.getByLabel('CSV 文件').setInputFiles({
      name: '2026-11-发放名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `身份证号,姓名,项目,月份,金额\n${WANG},王建国,高龄津贴,2026-11,80\n${LI},李秀英,高龄津贴,2026-11,600\n`,
      ),
    });
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByText('导入好了。').waitFor();
    await page.getByText(/共 2 行：1 行对上会员，1 行等待处理/).waitFor();
    await page.getByText('发放名单：2026-11').waitFor();
    const queue = page.getByRole('table');
    await queue.getByText('110101********1233').waitFor();
    await queue.getByText('发放 ¥600.00').waitFor();
    await check(page, 'subsidy-import');

    await queue.getByRole('button', { name: '查找' }).click();
    await queue.getByLabel('是哪位会员').selectOption(li);
    await queue.getByRole('button', { name: '就是这位会员' }).click();
    await page.getByText('已对上，1 行记到这位会员名下。').waitFor();
    await page.getByText('没有待处理的人。').waitFor();
    const number = await fetch(`${server.url}/api/members/${li}/id-number`, {
      headers: { cookie },
    });
    expect(await number.json()).toEqual({ idNumber: '110101********1233', masked: true });

    // The month's report counts both payments now, and adds up.
    await page.getByRole('link', { name: '补贴月报' }).click();
    await heading(page, '补贴月报').waitFor();
    await page.getByLabel('月份').fill('2026-11');
    await page.getByRole('button', { name: '查看' }).click();
    await page.getByText('发放名单截至 2026-11。').waitFor();
    const totals = page.getByRole('row', { name: /合计/ });
    await totals.getByText('680.00').waitFor();
    await check(page, 'subsidy-report');
  });
});
