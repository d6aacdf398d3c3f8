/**
 * Enrolling a kiosk from its staff screen: an administrator makes a one-time code through the
 * API, staff type it on the kiosk's keypad, the kiosk keeps the device token and shows the name
 * the server gave it, and the centre lists the kiosk as seen. How each state looks (axe, layout, i18n audit at every size, both orientations) is the layout
 * walk's job: layout.e2e.ts.
 */

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie, enrollmentCode } from '../support/centre-admin';
import { type ServerHandle, startServer } from '../support/server';
import {
  enterDigits,
  exactName,
  openStaffEntry,
  startSession,
  TAP_PAUSE_MS,
  tapButton,
} from './kiosk-helpers';

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

/**
 * Type a code digit by digit. The kiosk ignores a second tap on the same key within its repeat
 * window, and a code may repeat a digit two keys apart (3-6-7-6), so pause after every tap.
 */
async function enterCode(page: Page, code: string): Promise<void> {
  for (const digit of code) {
    await tapButton(page, digit);
    await page.waitForTimeout(TAP_PAUSE_MS);
  }
}

/** The browser logs the server's 400 for a wrong code; that one is expected, nothing else. */
function expectOnly400(k: Kiosk): void {
  const { pageErrors, consoleErrors } = k.takeProblems();
  expect(pageErrors).toEqual([]);
  for (const e of consoleErrors) expect(e).toMatch(/status of 400/);
}

/**
 * A kiosk that is not enrolled: the staff way in asks only for the enrollment code (issue #11) —
 * no staff PIN screen, as there is no PIN hash on the kiosk to check one against.
 */
async function toEnrollScreen(k: Kiosk): Promise<void> {
  const { page } = k;
  await openStaffEntry(page);
  await page.getByRole('heading', { level: 1, name: exactName('登记这台机器') }).waitFor();
  expect(await page.getByRole('heading', { name: exactName('工作人员登录') }).count()).toBe(0);
}

describe('kiosk enrollment', () => {
  test('staff enroll the kiosk with a one-time code; the centre lists it as seen', async () => {
    server = await startServer({ distDir });
    const cookie = await adminCookie(server);
    const code = await enrollmentCode(server, '大厅 1', cookie);

    kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    const { page } = kiosk;
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await startSession(kiosk, 1);
    await toEnrollScreen(kiosk);

    // A wrong code: the words replace the keypad's label; the keypad stays.
    await enterDigits(page, '00000000');
    await tapButton(page, '登记');
    await page.getByRole('group').filter({ hasText: '登记码不对' }).waitFor();
    expectOnly400(kiosk);

    await enterCode(page, code);
    await tapButton(page, '登记');
    await page.getByRole('heading', { level: 1, name: exactName('工作人员设置') }).waitFor();
    await page.getByText('大厅 1').first().waitFor();
    expect(await page.getByText('已登记').count()).toBeGreaterThan(0);

    const res = await fetch(`${server.url}/api/kiosks`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const { kiosks } = (await res.json()) as {
      kiosks: { id: string; name: string; lastSeenAt: string | null }[];
    };
    const listed = kiosks.find((k) => k.name === '大厅 1');
    expect(listed?.lastSeenAt).toEqual(expect.any(String));
    // The staff screen shows the id the server gave the kiosk.
    await page
      .getByText(listed?.id ?? 'missing')
      .first()
      .waitFor();

    // The token survives a reload (IndexedDB): enrolled, the way in asks the staff PIN, which
    // the server checks.
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await startSession(kiosk, 1);
    await openStaffEntry(page);
    await page.getByRole('heading', { level: 1, name: exactName('工作人员登录') }).waitFor();
    await enterDigits(page, '2468');
    await tapButton(page, '进入');
    await page.getByText('大厅 1').first().waitFor();
    kiosk.expectNoProblems('enrollment');
  });
});
