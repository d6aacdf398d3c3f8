/**
 * Printed step cards in real Chromium against the centre server: an admin opens 学用手机步骤卡,
 * the list of the demo centre's lessons and a card pass axe, the card marks where to tap, hold and
 * drag, the print stylesheet leaves the console's frame and controls off the paper, and every
 * lesson's card opens with each step drawn and its target marked and prints on one or two A4
 * pages. Screenshots of the card on
 * screen and as printed at A4's width, in Chinese and in English, for people to look at.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { LESSONS } from '../kiosk/lesson-helpers';
import { type Kiosk, launchKiosk } from '../support/browser';
import { seededAdmin } from '../support/centre-admin';
import { SCREENSHOT_DIR } from '../support/screenshots';
import { type ServerHandle, startServer } from '../support/server';
import { check, expectOnlyStatus, heading, logInFirstAdmin, menu } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

/** The card as printed, at A4's width (210 mm less the margins, at 96 px an inch), whole. */
async function printPreview(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 703, height: 1017 });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
  if (before) await page.setViewportSize(before);
  await page.emulateMedia({ media: 'screen' });
}

/** The pages of a PDF Chromium made: its page tree's "/Count". */
function pagesOf(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]));
  return Math.max(0, ...counts);
}

describe('step cards', () => {
  let server: ServerHandle;
  let b: Kiosk;
  beforeAll(async () => {
    server = await startServer({ distDir });
    b = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
  });
  afterAll(async () => {
    await b?.close();
    await server?.stopAndRemoveData();
  });

  test('the lessons are listed, and each prints as a card of one or two A4 pages', async () => {
    const { page } = b;
    await b.goto('/console/');
    await logInFirstAdmin(page, seededAdmin(server));
    await menu(page, '学用手机步骤卡');
    await heading(page, '学用手机步骤卡').waitFor();
    await expect
      .poll(() => page.getByRole('link', { name: '打开步骤卡' }).count())
      .toBe(LESSONS.length);
    await check(page, 'lesson-cards');

    const scams = LESSONS.findIndex((l) => l.id === 'phone-scams');
    await page.getByRole('link', { name: '打开步骤卡' }).nth(scams).click();
    await page.getByRole('heading', { level: 2, name: '防电话骗子' }).waitFor();
    for (const [mark, count] of [
      ['点这里', 4],
      ['按住这里', 1],
      ['按住拖走', 1],
      ['拖到这里', 1],
    ] as const)
      expect(
        await page.locator('.sketch__mark').getByText(mark, { exact: true }).count(),
        mark,
      ).toBe(count);
    await check(page, 'step-card');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await printPreview(page, 'console-step-card-printed');

    await page.getByLabel('步骤卡的语言').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Stop phone cheats' }).waitFor();
    await printPreview(page, 'console-step-card-printed-en');

    // Every lesson's card opens from the list with each step drawn and its target marked, and
    // prints (Chromium's own PDF of the print stylesheet) on one or two A4 pages.
    for (const [i, lesson] of LESSONS.entries()) {
      await page.getByRole('link', { name: '返回课程列表' }).click();
      await page.getByRole('link', { name: '打开步骤卡' }).nth(i).click();
      await page.getByRole('heading', { level: 2, name: lesson.title['zh-Hans'] }).waitFor();
      expect(await page.locator('.step-card__step').count(), lesson.id).toBe(lesson.steps.length);
      expect(await page.locator('.sketch__item--target').count(), lesson.id).toBe(
        lesson.steps.length,
      );
      await page.emulateMedia({ media: 'print' });
      const pages = pagesOf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      await page.emulateMedia({ media: 'screen' });
      expect(pages, `${lesson.id}: A4 pages`).toBeGreaterThanOrEqual(1);
      expect(pages, `${lesson.id}: A4 pages`).toBeLessThanOrEqual(2);
    }
    expectOnlyStatus(b, 401);
  });
});
