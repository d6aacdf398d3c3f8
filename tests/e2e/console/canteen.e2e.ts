/**
 * The canteen editor in real Chromium against the real centre server: a kitchen user adds a set
 * meal with a photo they upload (a file that is not a picture is refused first, in words),
 * puts it on tomorrow's lunch menu in the week grid, sees publishing held back while a field is
 * wrong, and publishes; an enrolled kiosk standing on its attract screen, never reloaded, then
 * offers the new meal with its photo on tomorrow's lunch. The sittings-and-prices page shows the
 * price preview beside the table, following an edit. axe on every canteen page state, with
 * screenshots.
 *
 * The centre is the demo's with lunch on every day (Sunday too), so tomorrow always has a lunch.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  enrollFromStaffEntry,
  exactName,
  readCard,
  startSession,
  tapButton,
} from '../kiosk/kiosk-helpers';
import { type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie, enrollmentCode } from '../support/centre-admin';
import { saveScreenshot } from '../support/screenshots';
import { REPO_ROOT, type ServerHandle, startServer } from '../support/server';
import { check, expectOnlyStatus, heading, logIn, menu } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

const KITCHEN = { username: 'chenchu', password: 'kitchen-pass-2468' };
const WEEKDAY_NAMES = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const NEW_MEAL = {
  id: 'fish-soup',
  name: ['鲫鱼豆腐汤套餐', '鯽魚豆腐湯套餐', 'Fish and tofu soup'],
  description: [
    '鲫鱼豆腐汤、青菜、软米饭',
    '鯽魚豆腐湯、青菜、軟米飯',
    'Fish soup, greens, soft rice',
  ],
} as const;
const LANGUAGE_BOXES = ['简体中文', '繁體中文', 'English'] as const;

let configDir: string;
let browsers: Kiosk[] = [];
let server: ServerHandle | undefined;

beforeAll(() => {
  configDir = mkdtempSync(join(tmpdir(), 'nuanxin-canteen-config-'));
  cpSync(join(REPO_ROOT, 'kiosk-config/demo'), configDir, { recursive: true });
  const path = join(configDir, 'meals.json');
  const meals = JSON.parse(readFileSync(path, 'utf8')) as {
    $schema?: string;
    sittings: { id: string; days: number[] }[];
    menu: { sitting: string; days: number[] }[];
  };
  delete meals.$schema; // The copy is outside kiosk-config/, where the schema path would not resolve.
  for (const s of meals.sittings) if (s.id === 'lunch') s.days = [1, 2, 3, 4, 5, 6, 7];
  const first = meals.menu.find((m) => m.sitting === 'lunch');
  if (first) first.days.push(7);
  writeFileSync(path, JSON.stringify(meals, null, 2));
});
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

afterEach(async () => {
  for (const b of browsers) await b.close();
  browsers = [];
  await server?.stopAndRemoveData();
  server = undefined;
});

async function open(url: string): Promise<Kiosk> {
  const b = await launchKiosk({ orientation: 'landscape', baseURL: url, executablePath });
  browsers.push(b);
  return b;
}

/** Tomorrow's weekday in the centre's zone: 1 (Monday) … 7 (Sunday). */
function tomorrowsWeekday(): number {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDay() === 0 ? 7 : d.getUTCDay();
}

/** Words built from several translated pieces carry audit marks between them in audit mode. */
function loose(words: string): RegExp {
  const any = '[\\u2063\\u2064]*';
  return new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(any));
}

/** Staff enroll the kiosk from its staff screen (the pull needs its device token). */
async function enroll(k: Kiosk, code: string): Promise<void> {
  const { page } = k;
  await startSession(k, 1);
  // Not enrolled yet: the staff way in asks only for the code.
  await enrollFromStaffEntry(page, code);
}

async function addKitchenAccount(handle: ServerHandle, cookie: string): Promise<void> {
  const res = await fetch(`${handle.url}/api/staff/accounts`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ name: '陈厨', role: 'kitchen', ...KITCHEN }),
  });
  if (res.status !== 201) throw new Error(`kitchen account: ${res.status} ${await res.text()}`);
}

/** A real PNG drawn by the browser: a bowl of soup, 480 × 360. */
async function soupPicture(page: Page): Promise<Buffer> {
  // A string, not a function: these tests compile without the DOM's types.
  const base64 = (await page.evaluate(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 360;
    const g = canvas.getContext('2d');
    g.fillStyle = '#f3e3c3';
    g.fillRect(0, 0, 480, 360);
    g.fillStyle = '#ffffff';
    g.beginPath();
    g.ellipse(240, 200, 190, 120, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#e9dcc0';
    g.beginPath();
    g.ellipse(240, 190, 160, 90, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#5e8c3a';
    for (const [x, y] of [[180, 170], [260, 210], [310, 160]]) {
      g.beginPath();
      g.ellipse(x, y, 26, 12, 0.5, 0, Math.PI * 2);
      g.fill();
    }
    g.fillStyle = '#fafafa';
    g.fillRect(200, 180, 36, 30);
    g.fillRect(270, 150, 36, 30);
    return canvas.toDataURL('image/png').split(',')[1];
  })()`)) as string;
  return Buffer.from(base64, 'base64');
}

/**
 * An image's width once it has loaded (0 before): run through the browser's debugger, which the
 * console's Content-Security-Policy (no eval) does not stop. Typed loosely: these tests compile
 * without the DOM's types.
 */
const loadedWidth = (img: unknown) => {
  const i = img as { complete: boolean; naturalWidth: number };
  return i.complete ? i.naturalWidth : 0;
};

/** The network "comes back": the kiosk pulls at once instead of at its next minute. */
const wakePull = (page: Page) => page.evaluate('window.dispatchEvent(new Event("online"))');

/** The kiosk has fetched, checked and kept a config naming the new meal. */
const keptNewMeal = (page: Page) =>
  page.evaluate(
    `(localStorage.getItem('nuanxin.config.lastGood') || '').includes(${JSON.stringify(NEW_MEAL.id)})`,
  );

describe('the canteen editor', () => {
  test('a kitchen user adds a meal with an uploaded photo to tomorrow’s lunch and publishes; a kiosk offers it without a reload', async () => {
    server = await startServer({ distDir, configDir });
    const cookie = await adminCookie(server);
    await addKitchenAccount(server, cookie);
    const day = tomorrowsWeekday();
    const dayName = WEEKDAY_NAMES[day - 1] as string;

    // An enrolled kiosk on its attract screen.
    const kiosk = await open(server.url);
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await enroll(kiosk, await enrollmentCode(server, '食堂 1', cookie));
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await kiosk.page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();

    // The kitchen signs in: the canteen pages are in its menu, the settings are not.
    const b = await open(server.url);
    const { page } = b;
    await b.goto('/console/');
    await logIn(page, KITCHEN.username, KITCHEN.password);
    await heading(page, '概况').waitFor();
    const nav = page.getByRole('navigation', { name: '主菜单' });
    expect(await nav.getByRole('link', { name: '自助机设置' }).count()).toBe(0);
    await menu(page, '食堂菜单');
    await heading(page, '食堂菜单').waitFor();
    await page.getByText('正在修改第 1 版的设置。').waitFor();
    await page.getByRole('img', { name: '红烧鱼块套餐的照片' }).waitFor();
    await check(page, 'canteen-menu');
    const publish = page.getByRole('button', { name: '发布', exact: true });
    expect(await publish.isDisabled()).toBe(true);

    // A new meal: blank at first, so every language is flagged and publishing is held back.
    await page.getByRole('button', { name: '添加一个套餐' }).click();
    const card = page.getByRole('group', { name: /^套餐 5：/ });
    await card.getByText('缺少英文').first().waitFor();
    await page.getByRole('link', { name: /食堂菜单（\d+ 处要改）/ }).waitFor();
    expect(await publish.isDisabled()).toBe(true);
    await check(page, 'canteen-menu-invalid');

    await card.getByRole('textbox', { name: '套餐编号' }).fill(NEW_MEAL.id);
    for (const [i, box] of LANGUAGE_BOXES.entries()) {
      await card.getByRole('textbox', { name: `套餐名称 ${box}` }).fill(NEW_MEAL.name[i] as string);
      await card
        .getByRole('textbox', { name: `简单介绍 ${box}` })
        .fill(NEW_MEAL.description[i] as string);
    }
    await card.getByRole('checkbox', { name: '软食' }).check();
    await card.getByRole('checkbox', { name: '鱼' }).check();
    await card.getByRole('checkbox', { name: '大豆' }).check();

    // The photo: a text file is refused in words before anything is sent; the picture goes up.
    const upload = card.getByLabel('上传新照片');
    await upload.setInputFiles({
      name: 'menu.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('这不是照片，是一份菜单'),
    });
    await card.getByText('这个文件不是照片：请选 JPG、PNG 或 WebP 图片。').waitFor();
    await check(page, 'canteen-photo-refused');
    await upload.setInputFiles({
      name: 'soup.png',
      mimeType: 'image/png',
      buffer: await soupPicture(page),
    });
    const photo = card.getByRole('img', { name: `${NEW_MEAL.name[0]}的照片` });
    await photo.waitFor();
    await expect.poll(() => photo.evaluate(loadedWidth)).toBe(480);
    const photoName = await card.getByLabel('用已有的照片').inputValue();
    expect(photoName).toMatch(/^photo-[0-9a-f]{20}\.png$/);
    expect(await card.getByRole('alert').count()).toBe(0);

    // Tomorrow's lunch: the new meal in place of the braised fish (or beside what is there).
    await page.getByRole('button', { name: `修改${dayName}午餐的套餐` }).click();
    const cellEditor = page.getByRole('group', { name: `${dayName}午餐供应的套餐` });
    await cellEditor.waitFor();
    const fish = cellEditor.getByRole('checkbox', { name: '红烧鱼块套餐' });
    if (await fish.isChecked()) await fish.uncheck();
    await cellEditor.getByRole('checkbox', { name: NEW_MEAL.name[0] }).check();
    const cell = page.locator(`[data-cell="lunch/${day}"]`);
    await cell.getByText(NEW_MEAL.name[0]).waitFor();
    expect(await cell.getByText('红烧鱼块套餐').count()).toBe(0);
    await check(page, 'canteen-menu-cell');
    await page.getByRole('button', { name: '完成' }).click();

    // Publish with a note.
    expect(await publish.isDisabled()).toBe(false);
    await page.getByLabel('这次改了什么（给同事看）').fill(`${dayName}午餐加鲫鱼豆腐汤`);
    await publish.click();
    await page.getByText(/已经发布为第 2 版/).waitFor();
    await page.getByText('正在修改第 2 版的设置。').waitFor();
    await check(page, 'canteen-menu-published');

    // Sittings and prices: the preview beside the table follows an edit of tier C's subsidy.
    await page
      .getByRole('navigation', { name: '食堂设置的页面' })
      .getByRole('link', { name: '餐次和价格' })
      .click();
    await heading(page, '餐次和价格').waitFor();
    const pays = page.locator('[data-elder-fen]');
    expect(await pays.getAttribute('data-elder-fen')).toBe('1025');
    await check(page, 'canteen-rules');
    const tierC = page.locator('[data-tier-editor="c"]');
    await tierC.getByLabel('政府补贴（元）').fill('5.5');
    await expect.poll(() => pays.getAttribute('data-elder-fen')).toBe('875');
    await page.getByLabel('送餐费（元）').fill('三块');
    await page.getByText('请写以元为单位的金额，最多两位小数，例如 3.5 或 15。').waitFor();
    expect(await publish.isDisabled()).toBe(true);
    await check(page, 'canteen-rules-invalid');
    await page.getByRole('button', { name: '放弃修改' }).click();
    await page.getByRole('alertdialog').waitFor();
    await check(page, 'canteen-discard-confirm');
    await page.getByRole('alertdialog').getByRole('button', { name: '放弃修改' }).click();
    await expect.poll(() => pays.getAttribute('data-elder-fen')).toBe('1025');

    // The kiosk, untouched: the pull brings version 2, applied on the attract screen.
    await wakePull(kiosk.page);
    await expect.poll(() => keptNewMeal(kiosk.page), { timeout: 30_000 }).toBe(true);
    const k = kiosk.page;
    await k.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();
    await startSession(kiosk, 1);
    await tapButton(k, '订餐');
    await k
      .getByRole('heading', { name: exactName('请刷卡或输入卡号') })
      .first()
      .waitFor();
    await readCard(k, '10001');
    await k
      .getByRole('heading', { name: exactName('李秀英，您好') })
      .first()
      .waitFor();
    await tapButton(k, /^[\u2063\u2064]*订餐/);
    await tapButton(k, loose('明天午餐'));
    await k
      .getByRole('heading', { name: loose('明天午餐：选一份饭菜') })
      .first()
      .waitFor();
    await k.getByRole('button', { name: loose(NEW_MEAL.name[0]) }).waitFor();
    // Its photo is the one uploaded, loaded (not the drawing that stands in for a missing one).
    const kioskPhoto = k.locator(`img.meal-card__photo[src$="/photos/${photoName}"]`);
    await expect.poll(() => kioskPhoto.evaluate(loadedWidth)).toBe(480);
    expect(await k.getByRole('button', { name: loose('红烧鱼块套餐') }).count()).toBe(0);
    await saveScreenshot(k, 'console-canteen-kiosk-new-meal', 'landscape', 1);

    // The pages' only refusals: the sign-in check before a session exists.
    expectOnlyStatus(b, 401);
  });
});
