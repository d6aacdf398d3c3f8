/**
 * The console's canteen pages in real Chromium against the real centre server. Bookings arrive
 * the way kiosks send them (`meal.book` entries pushed with an enrolled kiosk's token) for the
 * next lunch after today (the demo's lunch closes at 09:30, Shanghai time). The kitchen sees the
 * counts and both lists, marks a meal served and undoes it, watches the count follow a new push
 * without reloading, and prints (A4, large type, one list per page); the admin's report adds up
 * to the fen and the price preview says what a 低保 member pays. axe on every page state.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { centreClock } from '../../../src/shared/centre/clock';
import { addDays, weekdayOf } from '../../../src/shared/centre/zoned';
import type { MealsConfig } from '../../../src/shared/config/meals';
import { validateConfigFiles } from '../../../src/shared/config/validate';
import { menuFor } from '../../../src/shared/meals';
import { uuidv7 } from '../../../src/shared/sync/uuidv7';
import { type Kiosk, launchKiosk } from '../support/browser';
import { seededAdmin } from '../support/centre-admin';
import { proofFor } from '../support/proof';
import { SCREENSHOT_DIR, saveScreenshot } from '../support/screenshots';
import { REPO_ROOT, type ServerHandle, startServer } from '../support/server';
import { check, expectOnlyStatus, heading, logIn, logInFirstAdmin, menu } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

let browsers: Kiosk[] = [];
let server: ServerHandle | undefined;
afterEach(async () => {
  for (const b of browsers) await b.close();
  browsers = [];
  await server?.stopAndRemoveData();
  server = undefined;
});

/** The demo canteen, validated as the server and console read it. */
function demoCanteen(): MealsConfig {
  const dir = `${REPO_ROOT}/kiosk-config/demo`;
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')]),
  );
  const result = validateConfigFiles({ version: 'e2e', files });
  if (!result.ok || !result.config.meals) throw new Error('the demo has no valid meals.json');
  return result.config.meals;
}

/** Tomorrow in Shanghai, or the day after when the canteen serves no lunch tomorrow (Sunday). */
function nextLunchDay(meals: MealsConfig): string {
  let day = addDays(centreClock(new Date(), 'Asia/Shanghai').date, 1);
  const lunch = meals.sittings.find((s) => s.id === 'lunch');
  while (!lunch?.days.includes(weekdayOf(day))) day = addDays(day, 1);
  return day;
}

/** JSON from the API as a signed-in admin (or a kiosk, with its token). */
async function api<T>(
  path: string,
  options: { method?: string; json?: unknown; cookie?: string; token?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(`${server?.url}/api${path}`, {
    method: options.method ?? (options.json === undefined ? 'GET' : 'POST'),
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

interface Centre {
  adminCookie: string;
  admin: { username: string; password: string };
  kitchen: { username: string; password: string };
  kiosk: { kioskId: string; token: string; proofKey: string };
  /** Member ids by name (the demo's members.csv). */
  members: Map<string, string>;
  /** Card numbers by member id, to seal proofs as the kiosk does. */
  cards: Map<string, string>;
}

/** The admin's session, a kitchen account, an enrolled kiosk, and the demo members' ids. */
async function setUpCentre(handle: ServerHandle): Promise<Centre> {
  const admin = seededAdmin(handle);
  const login = await fetch(`${handle.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const adminCookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const { password } = await api<{ password: string }>('/staff/accounts', {
    cookie: adminCookie,
    json: { name: '刘师傅', username: 'chef', role: 'kitchen' },
  });
  const { code } = await api<{ code: string }>('/kiosks/enrollment-codes', {
    cookie: adminCookie,
    json: { name: '大厅 1' },
  });
  const kiosk = await api<{ kioskId: string; token: string; proofKey: string }>('/kiosks/enroll', {
    json: { code, appVersion: 'e2e' },
  });
  const list = await api<{ members: { id: string; name: string; cardNumber: string }[] }>(
    '/members?limit=100',
    { cookie: adminCookie },
  );
  return {
    adminCookie,
    admin,
    kitchen: { username: 'chef', password },
    kiosk,
    members: new Map(list.members.map((m) => [m.name, m.id])),
    cards: new Map(list.members.map((m) => [m.id, m.cardNumber])),
  };
}

/** What a kiosk sends when an elder books: one `meal.book` entry, pushed with its token. */
async function book(
  centre: Centre,
  name: string,
  booking: { day: string; mealId: string; delivery?: boolean },
): Promise<void> {
  const memberId = centre.members.get(name);
  if (!memberId) throw new Error(`no demo member ${name}`);
  const { kioskId, token } = centre.kiosk;
  const id = uuidv7();
  // The member's card, sealed as the kiosk seals it when they tap it (the server checks it).
  const proof = await proofFor(centre.kiosk, centre.cards.get(memberId) ?? '', id);
  const answer = await api<{ results: { id: string; status: string; reason?: unknown }[] }>(
    '/sync/push',
    {
      token,
      json: {
        kioskId,
        entries: [
          {
            id,
            proof,
            kind: 'meal.book',
            kioskId,
            kioskTime: new Date().toISOString(),
            payload: {
              memberId,
              day: booking.day,
              sitting: 'lunch',
              mealId: booking.mealId,
              delivery: booking.delivery ?? false,
              companion: false,
              quotedElderFen: 0,
            },
          },
        ],
      },
    },
  );
  expect(JSON.stringify(answer)).toContain('"accepted"');
}

async function open(url: string): Promise<Kiosk> {
  const b = await launchKiosk({ orientation: 'landscape', baseURL: url, executablePath });
  browsers.push(b);
  return b;
}

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"] .figure__value`);

/** The fen a money cell carries, by table, row and column number. */
async function fenIn(page: Page, table: string, row: string, column: number): Promise<number> {
  const cell = page.locator(`[data-table="${table}"] tr[data-day="${row}"] td`).nth(column);
  return Number(await cell.getAttribute('data-fen'));
}

describe('console canteen pages', () => {
  test('the kitchen counts, marks, follows kiosks live and prints; the admin’s report adds up', async () => {
    const meals = demoCanteen();
    const day = nextLunchDay(meals);
    const menu0 = menuFor(meals, day, 'lunch').map((m) => m.id);
    const first = menu0[0] ?? '';
    expect(menu0).toContain('steamed-egg');
    expect(menu0).toContain('tofu-greens');

    server = await startServer({ distDir });
    const centre = await setUpCentre(server);
    // 王建国 (低保) and 张桂兰 (85) eat here; 李秀英 (101) has hers delivered.
    await book(centre, '王建国', { day, mealId: first });
    await book(centre, '张桂兰', { day, mealId: 'steamed-egg' });
    await book(centre, '李秀英', { day, mealId: 'steamed-egg', delivery: true });

    // The kitchen signs in: the roster is theirs, the money pages are not.
    const b = await open(server.url);
    const { page } = b;
    await b.goto('/console/');
    await logIn(page, centre.kitchen.username, centre.kitchen.password);
    await heading(page, '概况').waitFor();
    const nav = page.getByRole('navigation', { name: '主菜单' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      '概况',
      '厨房名单',
      '食堂菜单',
      '餐次和价格',
    ]);
    await menu(page, '厨房名单');
    await heading(page, '厨房名单').waitFor();
    // Today first (in the centre's zone), then the day the elders booked.
    await page.getByLabel('餐次').selectOption('lunch');
    await page.getByLabel('日期').fill(day);
    await page.getByText(`${day} 午餐`, { exact: true }).first().waitFor();
    await figure(page, 'total').getByText('3 份').waitFor();
    await check(page, 'roster');

    // Counts per meal and per diet, from the meals' flags.
    const steamed = page.locator('[data-counts="meals"] tr[data-meal="steamed-egg"] td');
    expect(await steamed.textContent()).toBe('2');
    const flags = new Map<string, number>();
    for (const id of [first, 'steamed-egg', 'steamed-egg'])
      for (const f of meals.meals.find((m) => m.id === id)?.flags ?? [])
        flags.set(f, (flags.get(f) ?? 0) + 1);
    for (const flag of ['soft', 'low-salt', 'low-sugar', 'vegetarian'])
      expect(
        await page.locator(`[data-counts="flags"] tr[data-flag="${flag}"] td`).textContent(),
        flag,
      ).toBe(String(flags.get(flag) ?? 0));
    expect(await page.locator('[data-counts="flags"] tr[data-flag="soft"] th').textContent()).toBe(
      '软食',
    );

    // Two eat here, one is delivered to her address with her phone and notes.
    const dineIn = page.locator('section', {
      has: page.getByRole('heading', { name: '堂食（2 人）' }),
    });
    const delivery = page.locator('section', {
      has: page.getByRole('heading', { name: '送餐（1 人，按路线排好）' }),
    });
    expect(await dineIn.locator('tbody tr').count()).toBe(2);
    const li = delivery.locator('tbody tr');
    expect(await li.count()).toBe(1);
    await li.getByText('长青路 18 号院 1 栋 101').waitFor();
    await li.getByText('0571-8765 1001').waitFor();
    await li.getByText('百岁老人，耳背，请大声说话').waitFor();

    // One click marks 王建国 served; the counts follow; one click undoes it; mark again.
    await page.getByRole('button', { name: '王建国 已用餐' }).click();
    const wang = page.locator('.roster-list tbody tr', { hasText: '王建国' });
    await wang.getByText('已用餐').first().waitFor();
    await figure(page, 'waiting').getByText('2 份').waitFor();
    await check(page, 'roster-marked');
    await page.getByRole('button', { name: '撤销 王建国 的标记' }).click();
    await figure(page, 'waiting').getByText('3 份').waitFor();
    await page.getByRole('button', { name: '王建国 已用餐' }).click();
    await figure(page, 'done').getByText('1 份').waitFor();
    await page.getByRole('button', { name: '李秀英 已送达' }).click();
    await figure(page, 'done').getByText('2 份').waitFor();
    expect(await wang.getAttribute('data-status')).toBe('served');

    // A kiosk books another lunch: the roster counts it without a reload.
    await book(centre, '刘德明', { day, mealId: 'tofu-greens' });
    await figure(page, 'total').getByText('4 份').waitFor();
    await page.getByRole('heading', { name: '堂食（3 人）' }).waitFor();
    expect(await wang.getAttribute('data-status')).toBe('served');
    await check(page, 'roster-live');

    // The same roster as CSV, for Excel.
    const csvHref = await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href');
    expect(csvHref).toBe(`/api/meals/roster?day=${day}&sitting=lunch&format=csv`);
    const csv = String(
      await page.evaluate(`fetch(${JSON.stringify(csvHref)}).then((r) => r.text())`),
    );
    expect(csv).toContain('王建国');
    expect(csv).toContain('刘德明');

    // On paper: no menu or buttons, 14 pt and up, and each list starts a page of its own.
    await page.getByRole('button', { name: '打印' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '王建国 已用餐' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '撤销 王建国 的标记' }).isVisible()).toBe(false);
    const printed = (await page.evaluate(`(() => {
      const px = (el) => parseFloat(getComputedStyle(el).fontSize);
      const cells = [...document.querySelectorAll('.content td, .content th, .content p')];
      return {
        smallest: Math.min(...cells.filter((c) => c.offsetParent !== null).map(px)),
        breaks: [...document.querySelectorAll('.roster-list')].map(
          (s) => getComputedStyle(s).breakBefore,
        ),
      };
    })()`)) as { smallest: number; breaks: string[] };
    // 14 pt is 18.67 CSS px.
    expect(printed.smallest).toBeGreaterThanOrEqual((14 * 96) / 72 - 0.01);
    expect(printed.breaks).toEqual(['page', 'page']);
    // Each list's page names the centre, the sitting and when it was printed, and each meal has a
    // box to tick by hand.
    const printHeading = page.locator('.roster-list .roster-print-heading').first();
    expect(await printHeading.textContent()).toMatch(
      /长青社区服务中心 厨房名单 · [\s\S]*打印时间：/,
    );
    const tick = page.getByRole('columnheader', { name: '打勾' });
    expect(await tick.count()).toBe(2);
    expect(await tick.first().isVisible()).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 });
    await saveScreenshot(page, 'console-roster-print', 'a4', 1);
    const pdfBytes = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${SCREENSHOT_DIR}/console-roster-print.pdf`, pdfBytes);
    const pdf = pdfBytes.toString('latin1');
    // Counts, dine-in and delivery: a page each, at least.
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.emulateMedia({ media: 'screen' });
    await nav.waitFor();
    expect(await tick.first().isVisible()).toBe(false);

    // The kitchen cannot open the admin's pages by address either.
    await b.goto('/console/#/meal-report');
    await heading(page, '概况').waitFor();
    expectOnlyStatus(b, 401);

    // The admin's report: this month by default; the range that holds the booked day.
    const a = await open(server.url);
    const admin = a.page;
    await a.goto('/console/');
    await logInFirstAdmin(admin, centre.admin);
    await heading(admin, '概况').waitFor();
    await menu(admin, '餐费报表');
    await heading(admin, '餐费报表').waitFor();
    await admin.locator('[data-table="money"]').or(admin.getByRole('alert')).first().waitFor();
    await check(admin, 'meal-report-month');
    await admin.getByLabel('从').fill(day);
    await admin.getByLabel('到').fill(day);
    await admin.getByRole('button', { name: '查看' }).click();
    await admin.getByText(`${day} 至 ${day}`, { exact: true }).waitFor();
    await figure(admin, 'meals').getByText('4 份').waitFor();

    // 15 元 each, 5 % off; the government pays 12 (甲类: 王建国 低保, 李秀英 101), 6 (乙类:
    // 张桂兰 85) and 4 (丙类: 刘德明 76); 李秀英 also pays the 3 元 delivery fee.
    const columns = ['base', 'government', 'charity', 'operator', 'elder', 'deliveryFees'];
    const fen = async (row: string) => {
      const values = await Promise.all(columns.map((_, i) => fenIn(admin, 'money', row, i)));
      const [base, government, charity, operator, elder, deliveryFees] = values as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      return { base, government, charity, operator, elder, deliveryFees };
    };
    const total = await fen('total');
    expect(total).toEqual({
      base: 6000,
      government: 3400,
      charity: 0,
      operator: 300,
      elder: 2600,
      deliveryFees: 300,
    });
    // Every fen of the full price (and the delivery fees) is paid by someone.
    expect(
      total.government + total.charity + total.operator + total.elder - total.deliveryFees,
    ).toBe(total.base);
    // One day in the range: its row is the total.
    expect(await fen(day)).toEqual(total);
    await admin
      .locator('[data-table="money"] tr[data-day="total"]')
      .getByText('34.00 元')
      .waitFor();
    const counts = admin.locator('[data-table="counts"] tr[data-day="total"] td');
    expect(await counts.allTextContents()).toEqual(['4', '2', '1', '1', '0', '0']);
    // By tier, with the tiers' own labels; the tiers' meals add up to all meals.
    const tiers = admin.locator('[data-table="tiers"] tbody tr');
    expect(await tiers.locator('th').allTextContents()).toEqual([
      '甲类（特困、低保、百岁）',
      '乙类（80–99 岁）',
      '丙类（70–79 岁）',
    ]);
    expect(await tiers.locator('td:nth-child(2)').allTextContents()).toEqual(['2', '1', '1']);
    // The chart: one picture, named and described, one bar for the day, stacked by funder.
    const chart = admin.getByRole('img', { name: '每天的餐费（元），按出钱的一方叠在一起' });
    await chart.waitFor();
    const bar = admin.locator(`svg g[data-day="${day}"]`);
    expect(await bar.getAttribute('data-fen')).toBe('6300');
    expect(
      await bar.locator('rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-funder'))),
    ).toEqual(['government', 'operator', 'elder']);
    const described = await admin.evaluate(
      `document.querySelector('svg[role="img"] desc').textContent`,
    );
    expect(String(described)).toContain('政府补贴 34.00 元');
    expect(await admin.getByRole('link', { name: '导出 CSV' }).getAttribute('href')).toBe(
      `/api/meals/report?from=${day}&to=${day}&format=csv`,
    );
    await check(admin, 'meal-report');
    // On a 1440 px screen the daily money table shows every column without scrolling sideways
    // (老人自付 was hidden behind a scroll beside the chart).
    await admin.setViewportSize({ width: 1440, height: 900 });
    await admin
      .locator('table[data-table="money"]')
      .getByRole('columnheader', { name: '老人自付' })
      .waitFor();
    const wrap = (await admin.evaluate(`(() => {
      const box = document.querySelector('table[data-table="money"]').parentElement;
      return { scroll: box.scrollWidth, client: box.clientWidth };
    })()`)) as { scroll: number; client: number };
    expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
    await admin.setViewportSize({ width: 1920, height: 1080 });

    // A range back to front is caught before the server is asked.
    await admin.getByLabel('从').fill(addDays(day, 1));
    await admin.getByRole('button', { name: '查看' }).click();
    await admin.getByText('结束日期不能早于开始日期。').waitFor();
    await check(admin, 'meal-report-invalid');

    // The price preview: a 低保 member, local 户籍, eating at the centre, pays 2.25 元.
    await menu(admin, '餐价和补贴');
    await heading(admin, '餐价和补贴').waitFor();
    await check(admin, 'meal-prices');
    await admin.getByLabel('年龄（岁）').fill('70');
    await admin.getByLabel('低保', { exact: true }).check();
    await admin.getByText('每份付 2.25 元').waitFor();
    await admin.getByText('按“甲类（特困、低保、百岁）”补贴。').waitFor();
    await check(admin, 'meal-prices-low-income');
    await admin.getByLabel('送餐', { exact: true }).check();
    await admin.getByText('每份付 5.25 元').waitFor();

    // And in English.
    await admin.getByRole('button', { name: 'English' }).click();
    await heading(admin, 'Prices and subsidies').waitFor();
    await check(admin, 'meal-prices-en');
    await admin
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Kitchen roster' })
      .click();
    await heading(admin, 'Kitchen roster').waitFor();
    await admin.getByLabel('Day').fill(day);
    await figure(admin, 'total').getByText('4 meals').waitFor();
    await check(admin, 'roster-en');
    expectOnlyStatus(a, 401);
  });
});
