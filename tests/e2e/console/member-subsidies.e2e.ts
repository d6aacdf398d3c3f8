/**
 * What a member receives, on their console page (issue #13 item 3): the admin adds the district's
 * old-age allowance for 张桂兰 in yuan and months, a mistyped month is said in words beside it,
 * and the saved figures are what the register answers. axe on the page; screenshot
 * console-member-subsidies.png.
 */
import { afterEach, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie, seededAdmin } from '../support/centre-admin';
import { type ServerHandle, startServer } from '../support/server';
import { check, logInFirstAdmin } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

let browser: Kiosk | undefined;
let server: ServerHandle | undefined;
afterEach(async () => {
  await browser?.close();
  await server?.stopAndRemoveData();
  browser = undefined;
  server = undefined;
});

describe('subsidies received on the member page', () => {
  test('the admin records an allowance; a wrong month is said in words', async () => {
    server = await startServer({ distDir });
    const cookie = await adminCookie(server);
    const list = await fetch(`${server.url}/api/members?q=${encodeURIComponent('张桂兰')}`, {
      headers: { cookie },
    });
    const id = ((await list.json()) as { members: { id: string }[] }).members[0]?.id ?? '';
    browser = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    const { page } = browser;
    await browser.goto('/console/');
    await logInFirstAdmin(page, seededAdmin(server));
    await page.goto(`${server.url}/console/#/members/${id}`);
    await page.reload();
    const section = page.getByRole('region', { name: '领取的补贴' });
    await section.getByText('还没有登记领取的补贴。').waitFor();

    await section.getByLabel('添加一项补贴').selectOption('qinghe-old-age');
    await section.getByLabel(/每月金额/).fill('80');
    await section.getByLabel('从哪个月起发').fill('2026/7');
    await section.getByRole('button', { name: '保存领取的补贴' }).click();
    await section.getByText(/“从哪个月起发”要写成 2026-07 这样的年-月/).waitFor();
    await section.getByLabel('从哪个月起发').fill('2026-07');
    await section.getByRole('button', { name: '保存领取的补贴' }).click();
    await section.getByText('已保存。').waitFor();
    await check(page, 'member-subsidies');

    const saved = await fetch(`${server.url}/api/subsidies/members/${id}`, { headers: { cookie } });
    expect(await saved.json()).toEqual({
      receipts: [
        {
          programmeId: 'qinghe-old-age',
          fen: 8000,
          since: '2026-07',
          suspendedFrom: null,
          suspendedTo: null,
        },
      ],
    });
  });
});
