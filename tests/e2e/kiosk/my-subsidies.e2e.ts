/**
 * "我的补贴" (issue #13 item 3) in real Chromium against the real centre server: from the
 * subsidies home, an elder taps their card and types their PIN and hears what they receive (the
 * register says so) and what they could still apply for; a member without a PIN is told kindly
 * that money figures need one; with the server gone the kiosk says personal figures need the
 * connection and offers the anonymous check. 王建国 taps 帮我申请 under a programme he could get:
 * the kiosk says the staff have been told and what to bring, and the request is in the console's
 * queue with the programme and its documents. Each state passes axe, the layout checks and the
 * i18n audit at 1.6× in both orientations. Screenshots: kiosk-my-subsidies-*.png and
 * console-subsidy-apply-*.png.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { logInFirstAdmin, menu } from '../console/console-helpers';
import { expectNoViolations } from '../support/axe';
import { type Kiosk, launchKiosk, type Orientation, touch } from '../support/browser';
import { adminCookie, enrollmentCode, seededAdmin } from '../support/centre-admin';
import { saveScreenshot } from '../support/screenshots';
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

/**
 * At the console, as the desk sees 帮我申请: the request in the queue named by its programme,
 * and on its page the documents the elder was told to bring.
 */
async function seeInQueue(k: Kiosk, handle: ServerHandle, programme: string): Promise<void> {
  const page = await k.context.newPage();
  try {
    await page.goto(`${handle.url}/console/`);
    await logInFirstAdmin(page, seededAdmin(handle));
    await menu(page, '服务请求');
    const link = page.getByRole('link', { name: `帮我申请补贴：${programme}` });
    await link.click();
    const documents = page.locator('[data-field="documents"]');
    await documents.getByText('户口簿').waitFor();
    expect(await documents.textContent()).toContain('身份证');
    await expectNoViolations(page, 'console subsidy-apply request');
    await saveScreenshot(page, 'console-subsidy-apply-request', 'landscape', 1);
  } finally {
    await page.close();
  }
}

/** The requests in the console's queue, asked for as the admin (what the queue page lists). */
async function queued(handle: ServerHandle): Promise<{ category: string; programme: unknown }[]> {
  const res = await fetch(`${handle.url}/api/help/requests`, {
    headers: { cookie: await adminCookie(handle) },
  });
  return ((await res.json()) as { requests: { category: string; programme: unknown }[] }).requests;
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
    // The meal subsidy at the end of the list (axe saw it above): its words, and a picture.
    const meals = body.locator('.subsidy--meals');
    expect(await meals.textContent()).toMatch(/每餐补 6 元[\s\S]*本月还没有用过，还可以用 22 餐/);
    await meals.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'kiosk-my-subsidies-meals', orientation, SIZE);
    // The session ends as every session does: nothing of hers is left for the next person.
    await tapButton(page, '我用完了');
    await page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();
    expect(await page.getByText('张桂兰').count()).toBe(0);
    expect(await page.getByText('80 元').count()).toBe(0);

    // 帮我申请: 王建国 (低保, 82) could get the old-age allowance but has not applied.
    await startSession(kiosk, SIZE);
    await toMine(kiosk, '10002', '1234');
    await body.getByText('王建国，这是您的补贴。').waitFor();
    const first = body.locator('.subsidy--not-applied').first();
    // The i18n audit marks each text with invisible characters: the name without them.
    const programme = ((await first.locator('h2').textContent()) ?? '')
      .replace(/[\u2063\u2064]/g, '')
      .trim();
    expect(programme).toBe('高龄津贴');
    // The figures with 帮我申请 once (their portrait layout is 张桂兰's above): CI time.
    if (orientation === 'landscape') await checkScreen(kiosk, 'my-subsidies-apply', SIZE, true);
    await touch(page, first.getByRole('button', { name: exactName('帮我申请') }));
    await body.getByText('已告诉工作人员').waitFor();
    // What to bring is said, not only shown.
    await page.locator('.screen__caption').getByText('已告诉工作人员').waitFor();
    await body.getByText(/身份证.*户口簿.*本人银行卡/).waitFor();
    await checkScreen(kiosk, 'my-subsidies-applied', SIZE, true);
    await tapButton(page, '我用完了');
    await page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();
    if (orientation === 'landscape') await seeInQueue(kiosk, server, programme);
    else
      expect(await queued(server)).toMatchObject([
        { category: 'subsidy-apply', programme: { id: 'qinghe-old-age' } },
      ]);

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
