/**
 * Check-in by card (issue #15 item 2): during a class, the kiosk's home offers "今天的课：和家人视频";
 * the elder taps it and their card, the kiosk says they are checked in, and the trainer's sign-in
 * list on the console shows them (by card, at 大厅 1) without a reload; a second tap counts once.
 * axe on the kiosk's tile and saved screen and on the console's sign-in list, report and sheet;
 * screenshots kiosk-class-*.png and console-class-*.png.
 */
import { afterEach, describe, expect, inject, test } from 'vitest';
import { centreClock } from '../../../src/shared/centre/clock';
import {
  checkScreen,
  enrollThroughStaffScreen,
  exactName,
  readCard,
  startSession,
  tapButton,
} from '../kiosk/kiosk-helpers';
import { type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie, seededAdmin } from '../support/centre-admin';
import { planClassNow } from '../support/classes';
import { saveScreenshot } from '../support/screenshots';
import { type ServerHandle, startServer } from '../support/server';
import { check, logInFirstAdmin } from './console-helpers';

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

describe('class check-in by card', () => {
  test('a card at the kiosk appears on the trainer’s sign-in list, once', async () => {
    server = await startServer({ distDir });
    kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    await enrollThroughStaffScreen(kiosk, server, '大厅 1');
    const sessionId = await planClassNow(server);
    const { page } = kiosk;

    await kiosk.goto('/', { 'i18n-audit': 1 });
    await startSession(kiosk, 1);
    // The lesson's title is data inside the words: the i18n audit marks it apart.
    const tile = /^[\u2063\u2064]*今天的课：[\u2063\u2064]*和家人视频/;
    await page.getByRole('button', { name: tile }).waitFor({ timeout: 20_000 });
    await checkScreen(kiosk, 'class-tile', 1, true);
    await tapButton(page, tile);
    await page
      .getByRole('heading', { name: exactName('请刷卡或输入卡号') })
      .first()
      .waitFor();
    await readCard(page, '10001');
    await page.getByText(exactName('签到好了')).first().waitFor({ timeout: 20_000 });
    await checkScreen(kiosk, 'class-checked-in', 1, true);

    // The trainer's list, in a second page of the same browser.
    const consolePage = await kiosk.context.newPage();
    await consolePage.setViewportSize({ width: 1366, height: 900 });
    await consolePage.goto(`${server.url}/console/`);
    await logInFirstAdmin(consolePage, seededAdmin(server));
    await consolePage.goto(`${server.url}/console/#/classes/${sessionId}`);
    const row = consolePage.locator('tr', { hasText: '李秀英' });
    await row.getByText(/刷卡/).waitFor();
    await expect(row.textContent()).resolves.toContain('大厅 1');
    await check(consolePage, 'class-session');

    // The same card again at the kiosk: still one check-in.
    await page
      .getByRole('button', { name: exactName('好的') })
      .first()
      .click();
    await page.getByRole('button', { name: tile }).waitFor();
    await tapButton(page, tile);
    await readCard(page, '10001');
    await page.getByText(exactName('签到好了')).first().waitFor({ timeout: 20_000 });
    const cookie = await adminCookie(server);
    const detail = await fetch(`${server.url}/api/classes/sessions/${sessionId}`, {
      headers: { cookie },
    });
    expect(((await detail.json()) as { attendees: unknown[] }).attendees).toHaveLength(1);

    await consolePage.goto(`${server.url}/console/#/class-report`);
    await consolePage.getByRole('heading', { level: 1, name: '培训统计' }).waitFor();
    await consolePage.locator('[data-figure="personTimes"]').getByText('1').waitFor();
    await check(consolePage, 'class-report');
    const month = centreClock(new Date(), 'Asia/Shanghai').date.slice(0, 7);
    await consolePage.goto(`${server.url}/console/#/class-report/${month}`);
    await consolePage.getByRole('table').getByText('李秀英').waitFor();
    await check(consolePage, 'class-sheet');
    await consolePage.emulateMedia({ media: 'print' });
    await saveScreenshot(consolePage, 'console-class-sheet-print', 'portrait', 1);
  }, 90_000);
});
