/**
 * "Tap your card" in real Chromium against the real centre server and its demo members: before
 * enrollment the kiosk has no roster and asks for staff; once enrolled it pulls the roster, the
 * staff screen says how old it is, and staff's "test a card" finds members by a card reader's
 * keystrokes or the keypad, with the PIN, an ended membership and an unknown card, also with
 * the server gone. How each state looks (axe, layout, i18n audit at every size, both orientations) is the layout
 * walk's job: layout.e2e.ts.
 */

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk, type TextSize } from '../support/browser';
import { enrollmentCode } from '../support/centre-admin';
import { type ServerHandle, startServer } from '../support/server';
import {
  enrollFromStaffEntry,
  enterDigits,
  exactName,
  readCard,
  startSession,
  tapButton,
} from './kiosk-helpers';

/** A request to the stopped server (a pull, the live stream, a PIN check), as Chromium logs it. */
const SERVER_GONE =
  /net::ERR_(CONNECTION_REFUSED|INCOMPLETE_CHUNKED_ENCODING|EMPTY_RESPONSE|CONNECTION_RESET) \(http:\/\/127\.0\.0\.1:\d+\/api\/(sync|kiosk)\//;

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

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

/**
 * Before enrollment the staff way in asks only for the enrollment code (issue #11), so the
 * identify screen is reached as an elder reaches it: 订餐 on the home screen.
 */
async function toIdentifyAsElder(k: Kiosk, size: TextSize): Promise<void> {
  await k.goto('/', { 'i18n-audit': 1 });
  await startSession(k, size);
  await tapButton(k.page, '订餐');
  await heading(k.page, '请刷卡或输入卡号');
}

async function testACard(page: Page): Promise<void> {
  await tapButton(page, '试刷卡');
  await heading(page, '试刷卡');
  await page.getByRole('group', { name: /会员卡号/ }).waitFor();
}

/** Enroll through the staff way in (the code alone, not yet enrolled); the pull then fetches the roster. */
async function enroll(k: Kiosk, handle: ServerHandle): Promise<void> {
  const code = await enrollmentCode(handle);
  await k.goto('/', { 'i18n-audit': 1 });
  await startSession(k, 1);
  await enrollFromStaffEntry(k.page, code);
  await k.page
    .getByText(/名单刚刚更新，共 12 人/)
    .first()
    .waitFor();
}

describe('identify: tap a card or type its number', () => {
  test('no roster before enrollment; then members found by reader and keypad, also offline', async () => {
    server = await startServer({ distDir });
    kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    const { page } = kiosk;
    await toIdentifyAsElder(kiosk, 1);
    await readCard(page, '10001');
    await heading(page, '这台机器还没有会员名单');

    await enroll(kiosk, server);

    // A card reader: welcome by name, spoken (the caption shows what is said).
    await testACard(page);
    await readCard(page, '10001');
    await heading(page, '李秀英，您好');
    await page.locator('.screen__caption').getByText('李秀英，您好').waitFor();
    await tapButton(page, '完成');
    await heading(page, '工作人员设置');

    // A member with a PIN, typed on the masked keypad.
    await testACard(page);
    await readCard(page, '10002');
    await heading(page, '请输入密码');
    await enterDigits(page, '1234');
    expect(await page.locator('.keypad__readout').textContent()).not.toContain('1234');
    await tapButton(page, '确定');
    await heading(page, '王建国，您好');
    await tapButton(page, '完成');

    // An ended membership: the date, and that staff renew it.
    await testACard(page);
    await readCard(page, '10008');
    await heading(page, '黄志华，您好');
    await page
      .locator('.screen__body')
      .getByText('您的会员资格在 2025年12月31日 到期了。')
      .waitFor();
    await tapButton(page, '完成');

    // The server goes away: the roster is on the kiosk. A number typed on the keypad.
    await server.stop();
    await testACard(page);
    await enterDigits(page, '10004');
    await tapButton(page, '确定');
    await heading(page, '刘德明，您好');
    await tapButton(page, '完成');
    await testACard(page);
    await enterDigits(page, '98765');
    await tapButton(page, '确定');
    await heading(page, '没有找到这张卡');
    await tapButton(page, '返回');
    // A PIN is checked by the server only: without it, the card alone goes on (meals, help).
    await testACard(page);
    await readCard(page, '10002');
    await heading(page, '请输入密码');
    await enterDigits(page, '1234');
    await tapButton(page, '确定');
    await heading(page, '现在连不上网络，密码暂时核对不了');
    await tapButton(page, '继续');
    await heading(page, '王建国，您好');
    await tapButton(page, '完成');
    const { pageErrors, consoleErrors } = kiosk.takeProblems();
    expect(pageErrors).toEqual([]);
    // The server is gone: only the kiosk's own tries to reach it may fail (the live stream
    // reconnecting with back-off); the roster lookups above never needed it.
    expect(consoleErrors.filter((e) => !SERVER_GONE.test(e))).toEqual([]);
  });
});
