/**
 * The console's settings pages in real Chromium against the real centre server: an admin changes
 * the duty phone number and the idle timeout, sees the errors beside the fields while typing,
 * previews the draft as the kiosk would show it, and publishes; an enrolled kiosk standing on its
 * attract screen shows the new number on "About this centre" without anyone reloading it. The
 * history words the change and restores version 1 in one step, which brings the old number back.
 * The fleet page shows each kiosk's version and edits its own settings. axe on every page and
 * state; a staff (non-admin) account sees no settings at all.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { enrollFromStaffEntry, exactName, startSession, tapButton } from '../kiosk/kiosk-helpers';
import { type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie, enrollmentCode, seededAdmin } from '../support/centre-admin';
import { saveScreenshot } from '../support/screenshots';
import { type ServerHandle, startServer } from '../support/server';
import { check, expectOnlyStatus, heading, logIn, logInFirstAdmin } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

const OLD_NUMBER = '0571-8765 4321';
const NEW_NUMBER = '0571-1234 5678';

let browsers: Kiosk[] = [];
let server: ServerHandle | undefined;
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

/** Staff enroll the kiosk from its staff screen (the pull needs its device token). */
async function enroll(k: Kiosk, code: string): Promise<void> {
  const { page } = k;
  await startSession(k, 1);
  // Not enrolled yet: the staff way in asks only for the code.
  await enrollFromStaffEntry(page, code);
}

/** The network "comes back": the kiosk pulls at once instead of at its next minute. */
const wakePull = (page: Page) => page.evaluate('window.dispatchEvent(new Event("online"))');

/** The duty number the kiosk has fetched, checked and kept (it applies it on the attract screen). */
const keptHasNumber = (page: Page, number: string) =>
  page.evaluate(
    `(localStorage.getItem('nuanxin.config.lastGood') || '').includes(${JSON.stringify(number)})`,
  );

const attract = (page: Page) => page.getByRole('button', { name: /请触摸屏幕开始/ });

/** From the attract screen to "About this centre", where the phones are listed. */
async function aboutShows(k: Kiosk, number: string): Promise<void> {
  await startSession(k, 1);
  await tapButton(k.page, '中心信息');
  await k.page.getByRole('heading', { level: 1, name: exactName('中心信息') }).waitFor();
  await k.page.getByText(number).first().waitFor();
}

/** A menu entry by its exact name ("设置" is also the start of "设置的历史版本"). */
const menuExactly = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name, exact: true }).click();

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '设置分类' }).getByRole('link', { name }).click();

describe('settings in the console', () => {
  test('an admin changes the duty phone and idle timeout, previews, publishes; a kiosk follows, and a restore brings the old number back', async () => {
    server = await startServer({ distDir });
    const admin = seededAdmin(server);
    const cookie = await adminCookie(server);

    // An enrolled kiosk on its attract screen, its clock ours to move.
    const kiosk = await open(server.url);
    await kiosk.page.clock.install();
    await kiosk.goto('/');
    await enroll(kiosk, await enrollmentCode(server, '大厅 1', cookie));
    await kiosk.goto('/');
    await attract(kiosk.page).waitFor();

    const b = await open(server.url);
    const { page } = b;
    await b.goto('/console/');
    await logInFirstAdmin(page, admin);
    await heading(page, '概况').waitFor();

    // About the centre: the duty phone's number, first typed wrong.
    await menuExactly(page, '设置');
    await heading(page, '关于中心').waitFor();
    await page.getByText('正在修改第 1 版的设置。').waitFor();
    await check(page, 'settings-centre');
    const duty = page.getByRole('group', { name: '电话 1' });
    const number = duty.getByLabel('号码', { exact: true });
    expect(await number.inputValue()).toBe(OLD_NUMBER);
    await number.fill('值班室');
    await duty.getByText(/is not a phone number/).waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    // A missing translation is flagged beside its box.
    const name = page.getByRole('group', { name: '中心名称' });
    await name.getByRole('textbox', { name: '中心名称 English' }).fill('');
    await name.getByText('缺少英文').waitFor();
    await page.getByRole('link', { name: '关于中心（2 处要改）' }).waitFor();
    await check(page, 'settings-centre-errors');
    await name
      .getByRole('textbox', { name: '中心名称 English' })
      .fill('Changqing Community Centre');
    await number.fill(NEW_NUMBER);
    expect(await number.getAttribute('aria-invalid')).toBeNull();

    // Kiosk behaviour: the idle timeout.
    await tab(page, '自助机怎么用');
    await heading(page, '自助机怎么用').waitFor();
    await page.getByLabel('空闲超时').fill('60');
    await check(page, 'settings-kiosk');
    for (const [tabName, title] of [
      ['声音', 'settings-voice'],
      ['求助', 'settings-help'],
      ['语言', 'settings-languages'],
    ] as const) {
      await tab(page, tabName);
      await heading(page, tabName).waitFor();
      await check(page, title);
    }

    // Preview and publish.
    await tab(page, '预览和发布');
    await heading(page, '预览和发布').waitFor();
    await page.getByText('空闲超时 90 秒 → 60 秒').waitFor();
    await page.getByText(`电话 1 · 号码 ${OLD_NUMBER} → ${NEW_NUMBER}`).waitFor();
    await page.getByRole('button', { name: '显示预览' }).click();
    for (const frame of [
      '首页（横屏）',
      '首页（竖屏）',
      '关于本中心（横屏）',
      '关于本中心（竖屏）',
    ]) {
      await page.frameLocator(`iframe[title="${frame}"]`).locator('h1').first().waitFor();
    }
    const aboutFrame = page.frameLocator('iframe[title="关于本中心（竖屏）"]');
    await aboutFrame.getByText(NEW_NUMBER).first().waitFor();
    await check(page, 'settings-preview');
    await page.getByLabel('说明（可以不填）').fill('换了值班电话，空闲超时改短');
    await page.getByRole('button', { name: '发布到所有自助机' }).click();
    await page.getByText(/已经发布为第 2 版/).waitFor();
    await check(page, 'settings-published');

    // The kiosk, untouched, takes it through the pull and shows it on its next visit.
    await wakePull(kiosk.page);
    await expect.poll(() => keptHasNumber(kiosk.page, NEW_NUMBER), { timeout: 30_000 }).toBe(true);
    await attract(kiosk.page).waitFor();
    await aboutShows(kiosk, NEW_NUMBER);
    await saveScreenshot(kiosk.page, 'console-settings-kiosk-new-number', 'landscape', 1);

    // The history words the change and restores version 1.
    await menuExactly(page, '设置的历史版本');
    await heading(page, '设置的历史版本').waitFor();
    const v2 = page.locator('[data-version="2"]');
    await v2.getByText('换了值班电话，空闲超时改短').waitFor();
    await v2.getByRole('button', { name: '看第 2 版改了什么' }).click();
    await v2.getByText('空闲超时 90 秒 → 60 秒').waitFor();
    await v2.getByText(`电话 1 · 号码 ${OLD_NUMBER} → ${NEW_NUMBER}`).waitFor();
    await check(page, 'settings-history');
    await page.getByRole('button', { name: '恢复第 1 版', exact: true }).click();
    await page.getByLabel('说明（可以不填）').fill('新号码还没开通');
    await check(page, 'settings-restore-confirm');
    await page.getByRole('button', { name: '确定恢复第 1 版' }).click();
    await page.getByText('已经把第 1 版恢复为新的第 3 版。').waitFor();
    await page.locator('[data-version="3"]').getByText('新号码还没开通').waitFor();

    // The elder walks away; the new 60-second timeout brings the attract screen, where the
    // restored version is applied.
    await wakePull(kiosk.page);
    await expect.poll(() => keptHasNumber(kiosk.page, OLD_NUMBER), { timeout: 30_000 }).toBe(true);
    await kiosk.page.clock.runFor(61_000);
    await attract(kiosk.page).waitFor();
    await aboutShows(kiosk, OLD_NUMBER);
    expect(await kiosk.page.getByText(NEW_NUMBER).count()).toBe(0);

    // The fleet: which version the kiosk runs, and its own settings.
    await wakePull(kiosk.page);
    await menuExactly(page, '自助机');
    await heading(page, '自助机').waitFor();
    const row = page.locator('tr', { hasText: '大厅 1' });
    await expect
      .poll(
        async () => {
          await menuExactly(page, '设置');
          await menuExactly(page, '自助机');
          return row.textContent();
        },
        { timeout: 30_000 },
      )
      .toContain('第 3 版');
    await row.getByRole('button', { name: '修改“大厅 1”的设置' }).click();
    const form = page.getByRole('form', { name: '“大厅 1”的设置' });
    await form.getByLabel('放在哪里').fill('一楼大厅');
    await form.getByLabel('竖屏').check();
    await form.getByLabel('只提供其中一部分').check();
    for (const job of ['订餐', '请求服务', '补贴查询', '学用手机', '今日活动', '关于本中心']) {
      const box = form.getByLabel(job, { exact: true });
      if ((await box.count()) > 0) await box.uncheck();
    }
    await form.getByRole('button', { name: '保存这台自助机的设置' }).click();
    await form.getByText('至少选一项服务，不然首页是空的。').first().waitFor();
    await check(page, 'settings-fleet-edit-error');
    await form.getByLabel('关于本中心', { exact: true }).check();
    await check(page, 'settings-fleet-edit');
    await form.getByRole('button', { name: '保存这台自助机的设置' }).click();
    await page.getByText('“大厅 1”的设置已经保存，它下次同步时会换上。').waitFor();
    await row.getByText('一楼大厅').waitFor();
    await check(page, 'settings-fleet');

    expectOnlyStatus(b, 401);
    kiosk.expectNoProblems('kiosk following the console');
    // A long walk (a kiosk enrolled, two publishes followed, every page checked by axe).
  }, 300_000);

  test('a staff account sees no settings, and the server refuses a publish', async () => {
    server = await startServer({ distDir });
    const cookie = await adminCookie(server);
    const added = await fetch(`${server.url}/api/staff/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: '王芳', username: 'wangfang', role: 'staff' }),
    });
    const { password } = (await added.json()) as { password: string };

    const b = await open(server.url);
    const { page } = b;
    await b.goto('/console/');
    await logIn(page, 'wangfang', password);
    await heading(page, '概况').waitFor();
    const links = await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link')
      .allTextContents();
    expect(links).not.toContain('设置');
    expect(links).not.toContain('设置的历史版本');
    // The address of the settings shows the overview instead…
    await b.goto('/console/#/settings/kiosk');
    await heading(page, '概况').waitFor();
    // …and the server refuses a publish anyway.
    const status = await page.evaluate(async () => {
      const res = await fetch('/api/config/versions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ files: {}, note: '', basedOn: 1 }),
      });
      return res.status;
    });
    expect(status).toBe(403);
    expectOnlyStatus(b, 401, 403);
  });
});
