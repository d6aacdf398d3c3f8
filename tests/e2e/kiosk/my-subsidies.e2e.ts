/**
 * "我的补贴" (issue #13 item 3) in real Chromium against the real centre server: from the
 * subsidies home, an elder taps their card and types their PIN and hears what they receive (the
 * register says so) and what they could still apply for; a member without a PIN is told kindly
 * that money figures need one; with the server gone the kiosk says personal figures need the
 * connection and offers the anonymous check. Each state passes axe, the layout checks and the
 * i18n audit at 1.6× in both orientations. Screenshots: kiosk-my-subsidies-*.png.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk, type Orientation } from '../support/browser';
import { adminCookie, enrollmentCode } from '../support/centre-admin';
import { type ServerHandle, startServer } from '../support/server';
import {
  checkScreen,
  enrollFromStaffEntry,
  enterDigits,
  exactName,
  readCard,
  startSession,
  tapButton,
} from './kiosk-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');
const SIZE = 1.6;

let kiosk: Kiosk | undefined;
let server: ServerHandle | undefined;
afterEach(async () => {
  await kiosk?.close();
  await server?.stopAndRemoveData();
  kiosk = undefined;
  server = undefined;
});

const heading = (page: Page, name: string) =>
  page
    .getByRole('heading', { name: exactName(name) })
    .first()
    .waitFor();

/** At the desk: 张桂兰 (10003) receives the district's old-age allowance, ¥80 a month. */
async function recordAllowance(handle: ServerHandle): Promise<void> {
  const cookie = await adminCookie(handle);
  const list = await fetch(`${handle.url}/api/members?q=${encodeURIComponent('张桂兰')}`, {
    headers: { cookie },
  });
  const { members } = (await list.json()) as { members: { id: string }[] };
  const id = members[0]?.id;
  const res = await fetch(`${handle.url}/api/subsidies/members/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      receipts: [
        {
          programmeId: 'qinghe-old-age',
          fen: 8000,
          since: '2026-07',
          suspendedFrom: null,
          suspendedTo: null,
        },
      ],
    }),
  });
  if (res.status !== 200) throw new Error(`receipts: ${res.status} ${await res.text()}`);
}

/** From home: 查补贴 → 我的补贴 → the card (and PIN): the identify screen as an elder reaches it. */
async function toMine(k: Kiosk, card: string, pin?: string): Promise<void> {
  const { page } = k;
  await tapButton(page, '查补贴');
  await heading(page, '您今年多大年纪？');
  await tapButton(page, '我的补贴：刷卡查看');
  await heading(page, '请刷卡或输入卡号');
  await readCard(page, card);
  if (pin) {
    await heading(page, '请输入密码');
    await enterDigits(page, pin);
    await tapButton(page, '确定');
  }
}

describe.each<Orientation>(['landscape', 'portrait'])('我的补贴, %s', (orientation) => {
  test('the figures online, kind without a PIN, honest offline', async () => {
    server = await startServer({ distDir });
    await recordAllowance(server);
    kiosk = await launchKiosk({ orientation, baseURL: server.url, executablePath });
    const { page } = kiosk;
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await startSession(kiosk, SIZE);
    await enrollFromStaffEntry(page, await enrollmentCode(server));
    await page
      .getByText(/名单刚刚更新，共 12 人/)
      .first()
      .waitFor();
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await startSession(kiosk, SIZE);

    await toMine(kiosk, '10003', '2580');
    await heading(page, '我的补贴');
    const body = page.locator('.screen__body');
    await body.getByText('张桂兰，这是您的补贴。').waitFor();
    await body.getByText('您正在领 1 项补贴，每月一共 80 元。').waitFor();
    const allowance = body.locator('.subsidy--receiving');
    expect(await allowance.textContent()).toContain('每月 80 元');
    expect(await allowance.textContent()).toContain('从 2026年7月起发。');
    expect(await body.locator('.subsidy--not-eligible').first().textContent()).toMatch(/能领/);
    // Said as well as shown: the caption is what was spoken first.
    await page.locator('.screen__caption').getByText('您正在领 1 项补贴').waitFor();
    await checkScreen(kiosk, 'my-subsidies-figures', SIZE, true);
    // The session ends as every session does: nothing of hers is left for the next person.
    await tapButton(page, '我用完了');
    await page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();
    expect(await page.getByText('张桂兰').count()).toBe(0);
    expect(await page.getByText('80 元').count()).toBe(0);

    await startSession(kiosk, SIZE);
    await toMine(kiosk, '10001');
    await heading(page, '我的补贴');
    await body.getByText('查看领钱的数目，要有一个 4 位密码。').waitFor();
    await checkScreen(kiosk, 'my-subsidies-no-pin', SIZE, true);
    await tapButton(page, '我用完了');

    await server.stop();
    await startSession(kiosk, SIZE);
    await toMine(kiosk, '10004');
    await body.getByText('现在连不上中心，查不到您领的钱。').waitFor();
    await checkScreen(
      {
        ...kiosk,
        // The server is gone: only the kiosk's own tries to reach it may fail.
        expectNoProblems: () => undefined,
      },
      'my-subsidies-offline',
      SIZE,
      true,
    );
    await tapButton(page, '我能领什么？');
    await heading(page, '您今年多大年纪？');
  });
});
