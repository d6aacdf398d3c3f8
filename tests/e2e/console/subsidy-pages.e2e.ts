/**
 * The console's subsidy pages in real Chromium against the centre server with the demo members
 * (issue #13 items 2 and 4): an admin opens 补贴待联系名单 — the demo's 101-year-old is listed
 * for the allowance with her phone — and 查补贴（代问、打印）, answers the four questions and
 * sees the kiosk's answer. Axe on both pages (and the check's answer); the print stylesheet
 * leaves the console's frame and controls off the paper, the check prints on one A4 page.
 * Screenshots on screen and as printed, for people to look at.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk } from '../support/browser';
import { seededAdmin } from '../support/centre-admin';
import { SCREENSHOT_DIR } from '../support/screenshots';
import { type ServerHandle, startServer } from '../support/server';
import { check, expectOnlyStatus, heading, logInFirstAdmin, menu } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

/** The page as printed, at A4's width (portrait or landscape, less the margins), whole. */
async function printPreview(page: Page, name: string, width: number): Promise<void> {
  const before = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width, height: 1000 });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
  if (before) await page.setViewportSize(before);
  await page.emulateMedia({ media: 'screen' });
}

function pagesOf(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]));
  return Math.max(0, ...counts);
}

describe('subsidy pages in the console', () => {
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

  test('the outreach lists and the check, on screen and on paper', async () => {
    const { page } = b;
    await b.goto('/console/');
    await logInFirstAdmin(page, seededAdmin(server));

    await menu(page, '补贴待联系名单');
    await heading(page, '补贴待联系名单').waitFor();
    await page.getByRole('heading', { level: 2, name: /可以领、还没有在领/ }).waitFor();
    const row = page.locator('[data-list="eligible"] tbody tr', { hasText: '李秀英' }).first();
    await row.getByText('高龄津贴（区级）').waitFor();
    expect(await row.textContent()).toContain('每月 600 元');
    await page.getByRole('heading', { level: 2, name: /满岁、要先登记的/ }).waitFor();
    await check(page, 'subsidy-outreach');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    expect(await page.locator('.outreach__print-title').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    // A4 landscape less the margins, at 96 px an inch.
    await printPreview(page, 'console-subsidy-outreach-printed', 1046);

    await menu(page, '查补贴（代问、打印）');
    await heading(page, '查补贴：代老人问').waitFor();
    await check(page, 'subsidy-check');
    for (const [question, answer] of [
      ['您今年多大年纪？', '80 到 84 岁'],
      ['您是本地户籍吗？', '是'],
      ['您是低保或特困吗？', '低保'],
      ['您的失能等级是？', '中度失能'],
    ] as const)
      await page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();
    await page.locator('[data-programme="qinghe-old-age"]').getByText('每月 50 元').waitFor();
    await check(page, 'subsidy-check-answer');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('group', { name: '您今年多大年纪？' }).isVisible()).toBe(false);
    expect(await page.locator('.subsidy-check__printed').isVisible()).toBe(true);
    const pages = pagesOf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.emulateMedia({ media: 'screen' });
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await printPreview(page, 'console-subsidy-check-printed', 703);
    expectOnlyStatus(b, 401);
  });
});
