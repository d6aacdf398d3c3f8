/** How the console's browser tests act on its pages, by role and name, and check them. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoViolations } from '../support/axe';
import type { Kiosk } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

/** axe finds nothing, and a screenshot for people to look at. */
export async function check(page: Page, name: string): Promise<void> {
  await expectNoViolations(page, `console ${name}`);
  await saveScreenshot(page, `console-${name}`, 'landscape', 1);
}

export const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/**
 * The seeded first admin signs in. The first time, the console asks for a real name before any
 * page (the kiosk says it to elders); it is given here, so a test can go on to its own pages.
 */
export async function logInFirstAdmin(
  page: Page,
  admin: { username: string; password: string },
  name = '李主任',
): Promise<void> {
  await logIn(page, admin.username, admin.password);
  // The signed-in frame and its page render together: once "退出登录" is there, so is the
  // name question if there is one.
  await page.getByRole('button', { name: '退出登录' }).waitFor();
  const asked = heading(page, '请写下您的名字');
  if (!(await asked.isVisible())) return;
  await page.getByLabel('您的名字').fill(name);
  await page.getByRole('button', { name: '保存，继续' }).click();
  await asked.waitFor({ state: 'detached' });
}

export async function menu(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name }).click();
}

/**
 * The browser logs every refusal the console expects (no session yet, a wrong password, an admin
 * route); nothing else may fail.
 */
export function expectOnlyStatus(b: Kiosk, ...statuses: number[]): void {
  const { pageErrors, consoleErrors } = b.takeProblems();
  expect(pageErrors).toEqual([]);
  for (const e of consoleErrors) expect(e).toMatch(new RegExp(`status of (${statuses.join('|')})`));
}
