/** Helpers for the kiosk's own browser tests: reach a screen by touch, and check a screen state. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoViolations } from '../support/axe';
import { type Kiosk, readNewScreen, TAP_PAUSE_MS, type TextSize, touch } from '../support/browser';
import { enrollmentCode } from '../support/centre-admin';
import { expectNoOverflow } from '../support/layout';
import { saveScreenshot } from '../support/screenshots';
import type { ServerHandle } from '../support/server';

export { TAP_PAUSE_MS } from '../support/browser';

/** Text on screen that did not come through i18next (t, localText, verbatim) in audit mode. */
export async function unauditedText(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const OPEN = '\\u2063\\u2063', CLOSE = '\\u2064\\u2064';
    const bad = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const s = node.nodeValue || '';
      let depth = 0, loose = '';
      for (let i = 0; i < s.length; i++) {
        if (s.startsWith(OPEN, i)) { depth++; i++; continue; }
        if (s.startsWith(CLOSE, i)) { depth = Math.max(0, depth - 1); i++; continue; }
        if (depth === 0) loose += s[i];
      }
      if (/\\p{L}/u.test(loose)) bad.push(loose.trim().slice(0, 80));
    }
    return bad;
  })()`)) as string[];
}

/** From the attract screen to home, then the text size the test wants (by the bar's button). */
export async function startSession(kiosk: Kiosk, size: TextSize = 1): Promise<void> {
  const { page } = kiosk;
  await touch(page, page.getByRole('button', { name: /请触摸屏幕开始|Touch the screen/ }));
  await page.getByRole('heading', { level: 1, name: /您想做什么|What would you like/ }).waitFor();
  // The bar's button steps 1 → 1.3 → 1.6 → 1 from the centre's default, whatever that is.
  const now = async () => Number(await page.evaluate('document.documentElement.dataset.textSize'));
  for (let i = 0; i < 3 && (await now()) !== size; i++) {
    const before = await now();
    await page.waitForTimeout(TAP_PAUSE_MS);
    await touch(page, page.getByRole('button', { name: /字大小|Text size/ }));
    await expect.poll(now).not.toBe(before);
  }
  await expect
    .poll(() => page.evaluate('document.documentElement.dataset.textSize'))
    .toBe(String(size));
}

/**
 * An exact accessible name that still matches in i18n-audit mode, where every translated string
 * carries invisible markers at both ends.
 */
export function exactName(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^[\\u2063\\u2064]*${escaped}[\\u2063\\u2064]*$`);
}

let lastTapped = '';
export async function tapButton(page: Page, name: string | RegExp): Promise<void> {
  // The kiosk ignores a second tap on the same target within 600 ms; pause only then.
  if (String(name) === lastTapped) await page.waitForTimeout(TAP_PAUSE_MS);
  lastTapped = String(name);
  const pattern = typeof name === 'string' ? exactName(name) : name;
  await touch(page, page.getByRole('button', { name: pattern }).first());
}

/**
 * A trembling finger: the button touched `touches` times at the same point, 60 ms apart — the
 * later touches land on whatever the first one opened there (issue #10, item 7).
 */
export async function trembleOn(page: Page, name: string, touches = 2): Promise<void> {
  const box = await page
    .getByRole('button', { name: exactName(name) })
    .first()
    .boundingBox();
  if (!box) throw new Error(`no button ${name} to touch`);
  await readNewScreen(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  for (let i = 0; i < touches; i++) {
    if (i > 0) await page.waitForTimeout(60);
    await page.touchscreen.tap(x, y);
  }
}

/** Everything a screen state must pass: axe AAA + best practice, no overflow, every word via i18n. */
export async function checkScreen(
  kiosk: Kiosk,
  name: string,
  size: TextSize,
  screenshot: boolean,
): Promise<void> {
  const label = `${name} (${kiosk.orientation}, ${size}×)`;
  await kiosk.page.waitForTimeout(150);
  await expectNoViolations(kiosk.page, label);
  await expectNoOverflow(kiosk.page, label);
  expect(await unauditedText(kiosk.page), `text that bypassed i18next on ${label}`).toEqual([]);
  if (screenshot) await saveScreenshot(kiosk.page, `kiosk-${name}`, kiosk.orientation, size);
  kiosk.expectNoProblems(label);
}

/**
 * Enroll the kiosk as staff do: the staff way in, which on a kiosk not yet enrolled asks only for
 * the code the console made for `name`; then wait until the member list has arrived. Ends on the
 * staff screen.
 */
export async function enrollThroughStaffScreen(
  k: Kiosk,
  server: ServerHandle,
  name: string,
  { audit = true }: { audit?: boolean } = {},
): Promise<void> {
  const heading = (title: string) =>
    k.page
      .getByRole('heading', { name: exactName(title) })
      .first()
      .waitFor();
  await k.goto('/', audit ? { 'i18n-audit': 1 } : {});
  await startSession(k, 1);
  await enrollFromStaffEntry(k.page, await enrollmentCode(server, name));
  await heading('工作人员设置');
  await k.page
    .getByText(/名单刚刚更新，共 12 人/)
    .first()
    .waitFor();
}

/**
 * Tap the centre's name five times quickly: the hidden way into the staff PIN screen, or on a
 * kiosk that is not enrolled, the enrollment code screen (issue #11: no PIN without the server).
 */
export async function openStaffEntry(page: Page): Promise<void> {
  const name = page.locator('.header-bar__centre');
  for (let i = 0; i < 5; i++) await name.tap();
  await page
    .getByRole('heading', {
      level: 1,
      name: /工作人员登录|Staff sign-in|登记这台机器|Enroll this kiosk/,
    })
    .waitFor();
}

/**
 * On a kiosk that is not enrolled: the staff way in asks only for the enrollment code (never a
 * staff PIN); type `code` and end on the staff screen.
 */
export async function enrollFromStaffEntry(page: Page, code: string): Promise<void> {
  await openStaffEntry(page);
  await page.getByRole('heading', { level: 1, name: exactName('登记这台机器') }).waitFor();
  expect(await page.getByText('工作人员密码').count()).toBe(0);
  // A code may repeat a digit two keys apart, and a second tap on a key within the repeat
  // window is ignored: pause after every tap.
  for (const digit of code) {
    await tapButton(page, digit);
    await page.waitForTimeout(TAP_PAUSE_MS);
  }
  await tapButton(page, '登记');
  await page.getByRole('heading', { level: 1, name: exactName('工作人员设置') }).waitFor();
}

export async function enterDigits(page: Page, digits: string): Promise<void> {
  for (const d of digits) await tapButton(page, d);
}

/**
 * What a USB card reader does: the number as a burst of keys, then Enter. Sent inside the page:
 * Playwright's own typing leaves gaps longer than a reader's on a busy machine, and the kiosk
 * tells a reader from a person by those gaps.
 */
export async function readCard(page: Page, number: string): Promise<void> {
  const keys = JSON.stringify([...number, 'Enter']);
  // A string, like the other page scripts here: this file compiles without the DOM's types.
  await page.evaluate(`(() => {
    const target = document.activeElement || document.body;
    for (const key of ${keys})
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  })()`);
}
