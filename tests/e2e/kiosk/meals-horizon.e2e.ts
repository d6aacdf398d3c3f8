/**
 * Booking beyond tomorrow in real Chromium against the real centre server (issue #10, item 4):
 * the day list runs to the canteen's horizon and leaves out a date staff closed; a member scrolls
 * it with 往下看 as an elder would, books the lunch five days ahead, and the saved screen repeats
 * what, when, where, how much and how to pay. The list and the saved screen pass axe and the
 * layout checks at 1.6× in landscape.
 *
 * The centre is the demo's with lunch served every day (so the days do not depend on the weekday
 * the test runs) and the day after tomorrow closed as a holiday.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk, touch } from '../support/browser';
import { findLayoutProblems, formatOverflow } from '../support/layout';
import { REPO_ROOT, type ServerHandle, startServer } from '../support/server';
import {
  checkScreen,
  enrollThroughStaffScreen,
  exactName,
  readCard,
  startSession,
  tapButton,
} from './kiosk-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

let configDir: string;
let kiosk: Kiosk | undefined;
let server: ServerHandle | undefined;

/** A day counted from today in the centre's zone, "YYYY-MM-DD". */
function dayInShanghai(ahead: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ahead);
  return d.toISOString().slice(0, 10);
}

beforeAll(() => {
  configDir = mkdtempSync(join(tmpdir(), 'nuanxin-horizon-config-'));
  cpSync(join(REPO_ROOT, 'kiosk-config/demo'), configDir, { recursive: true });
  const path = join(configDir, 'meals.json');
  const meals = JSON.parse(readFileSync(path, 'utf8')) as {
    $schema?: string;
    sittings: { id: string; days: number[] }[];
    menu: { sitting: string; days: number[]; meals: string[] }[];
    booking?: { horizonDays: number; closedDates: string[] };
  };
  delete meals.$schema; // The copy is outside kiosk-config/, where the schema path would not resolve.
  for (const s of meals.sittings) if (s.id === 'lunch') s.days = [1, 2, 3, 4, 5, 6, 7];
  // The same lunch menu every day: steamed egg is on it whatever the weekday.
  meals.menu = meals.menu.filter((m) => m.sitting !== 'lunch');
  meals.menu.push({
    days: [1, 2, 3, 4, 5, 6, 7],
    sitting: 'lunch',
    meals: ['steamed-egg', 'tofu-greens'],
  });
  meals.booking = { horizonDays: 7, closedDates: [dayInShanghai(2)] };
  writeFileSync(path, JSON.stringify(meals, null, 2));
});
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

afterEach(async () => {
  await kiosk?.close();
  await server?.stopAndRemoveData();
  kiosk = undefined;
  server = undefined;
});

function bookings(handle: ServerHandle): { day: string; meal_id: string; status: string }[] {
  const db = new Database(join(tmpdir(), `nuanxin-e2e-${handle.port}.db`), { readonly: true });
  try {
    return db
      .prepare('SELECT day, meal_id, status FROM meal_bookings ORDER BY booked_at')
      .all() as { day: string; meal_id: string; status: string }[];
  } finally {
    db.close();
  }
}

const heading = (page: Page, name: string | RegExp) =>
  page
    .getByRole('heading', { name: typeof name === 'string' ? exactName(name) : name })
    .first()
    .waitFor();

/** Where the element is against its scroll area's viewport: wholly in view, or above or below. */
const placeOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const viewport = el.closest('.scroll-area__viewport');
    if (!viewport) return 'none';
    const a = el.getBoundingClientRect();
    const b = viewport.getBoundingClientRect();
    return a.top < b.top - 1 ? 'above' : a.bottom > b.bottom + 1 ? 'below' : 'in';
  });

/** The layout checks of item 5 (overlap, clipping, split words) on the screen as it is now. */
async function expectLayoutFits(page: Page, label: string): Promise<void> {
  const problems = await findLayoutProblems(page);
  expect(problems, `${label}:\n${formatOverflow(problems)}`).toEqual([]);
}

describe('booking beyond tomorrow', () => {
  test('the day list skips a closed day; a member scrolls to and books lunch five days ahead, told how to pay', async () => {
    server = await startServer({ distDir, configDir });
    kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    const k = kiosk;
    const { page } = k;
    await enrollThroughStaffScreen(k, server, '食堂 1');
    await k.goto('/', { 'i18n-audit': 1 });
    await startSession(k, 1.6);
    await tapButton(page, '订餐');
    await heading(page, '请刷卡或输入卡号');
    await readCard(page, '10001');
    await heading(page, '李秀英，您好');
    await tapButton(page, /^[\u2063\u2064]*订餐/);
    await heading(page, '订哪一天、哪一餐？');

    const id = (ahead: number) =>
      `section.meals-day[data-day="${dayInShanghai(ahead)}"] .big-button:first-child`;
    // The heading shows before the member's meals are read; the days come with them (a busy
    // machine counted them before they came: 0 found). Tomorrow's first, then the rest.
    await page.locator(id(1)).waitFor();
    // Tomorrow to the horizon's last day (today + 6), less the holiday; nothing after.
    for (const ahead of [1, 3, 4, 5, 6]) expect(await page.locator(id(ahead)).count()).toBe(1);
    expect(await page.locator(id(2)).count()).toBe(0);
    expect(await page.locator(id(7)).count()).toBe(0);
    await checkScreen(k, 'meals-day-horizon', 1.6, true);
    await expectLayoutFits(page, 'the day list at 1.6×');

    // Scroll as an elder does, with 往下看 (and 往上看 if a step went past it), until the day
    // five ahead is wholly in view; then touch it.
    const target = id(5);
    for (let i = 0; i < 20; i++) {
      const place = await placeOf(page, target);
      if (place === 'in') break;
      await tapButton(page, place === 'below' ? /往下看/ : /往上看/);
      await page.waitForTimeout(400); // The scroll may glide.
    }
    expect(await placeOf(page, target)).toBe('in');
    await expectLayoutFits(page, 'the day list scrolled at 1.6×');
    await touch(page, page.locator(target));
    await heading(page, /选一份饭菜/);
    await tapButton(page, /鸡蛋羹软饭套餐/);
    await heading(page, '在哪里吃？');
    await tapButton(page, /堂食/);
    await heading(page, '是这样订吗？');
    await tapButton(page, '是');
    await heading(page, '订好了');
    // The saved screen repeats the booking and says how to pay.
    await page
      .getByText(/2\.25 元/)
      .first()
      .waitFor();
    await page
      .getByText(/吃饭时在窗口扫码或付现金/)
      .first()
      .waitFor();
    await page
      .getByText(/鸡蛋羹软饭套餐/)
      .first()
      .waitFor();
    await checkScreen(k, 'meals-saved-summary', 1.6, true);
    await expectLayoutFits(page, 'the saved screen at 1.6×');
    expect(bookings(server)).toEqual([
      { day: dayInShanghai(5), meal_id: 'steamed-egg', status: 'booked' },
    ]);
  });
});
