/**
 * The staff console at /console in real Chromium against the real centre server: sign-in and its
 * errors, every page and form state passing axe (WCAG A/AA/AAA and best practice) with a
 * screenshot each, the dashboard following a kiosk live as it enrolls and pushes, and a staff
 * account seeing (and being allowed) less than an admin.
 */

import { afterEach, describe, expect, inject, test } from 'vitest';
import { uuidv7 } from '../../../src/shared/sync/uuidv7';
import { enrollFromStaffEntry, startSession } from '../kiosk/kiosk-helpers';
import { type Kiosk, launchKiosk } from '../support/browser';
import { seededAdmin } from '../support/centre-admin';
import { type ServerHandle, startServer } from '../support/server';
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

async function open(url: string): Promise<Kiosk> {
  const b = await launchKiosk({ orientation: 'landscape', baseURL: url, executablePath });
  browsers.push(b);
  return b;
}

describe('staff console', () => {
  test('an admin signs in, walks every page and form, and logs out', async () => {
    server = await startServer({ distDir });
    const admin = seededAdmin(server);
    const b = await open(server.url);
    const { page } = b;

    await b.goto('/console/');
    await heading(page, '员工登录').waitFor();
    await check(page, 'login');

    await logIn(page, admin.username, 'not the password');
    await page.getByRole('alert').filter({ hasText: '用户名或密码不对' }).waitFor();
    await check(page, 'login-wrong-password');
    expectOnlyStatus(b, 401);

    await logIn(page, admin.username, admin.password);
    // The seeded admin is "管理员", a name the kiosk would say to elders: asked for a real one
    // before any page, with no menu to go round it.
    await heading(page, '请写下您的名字').waitFor();
    expect(await page.getByRole('navigation', { name: '主菜单' }).count()).toBe(0);
    await check(page, 'your-name');
    await page.getByRole('button', { name: '保存，继续' }).click();
    await page.locator('.field__error').filter({ hasText: '请写下您的名字。' }).waitFor();
    await page.getByLabel('您的名字').fill('李主任');
    await page.getByRole('button', { name: '保存，继续' }).click();
    await heading(page, '概况').waitFor();
    await page.getByText('李主任（管理员）').waitFor();
    await page.getByText('实时更新中').waitFor();
    await page.getByText('还没有登记自助机。').waitFor();
    await check(page, 'dashboard');

    await menu(page, '会员');
    await heading(page, '会员').waitFor();
    await page.locator('table, .notice').first().waitFor();
    await check(page, 'members');
    await page.getByRole('link', { name: '添加会员' }).click();
    await heading(page, '添加会员').waitFor();
    await check(page, 'member-new');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await check(page, 'member-new-invalid');
    await page.goBack();
    await heading(page, '会员').waitFor();
    await page.getByRole('link', { name: '导入 CSV' }).click();
    await heading(page, '导入会员 CSV').waitFor();
    await check(page, 'member-import');

    await menu(page, '自助机');
    await heading(page, '自助机').waitFor();
    await page.getByText('还没有登记自助机。').waitFor();
    await check(page, 'kiosks');
    await page.getByRole('link', { name: '登记一台自助机' }).click();
    await heading(page, '登记一台自助机').waitFor();
    await check(page, 'enroll');
    await page.getByLabel('名称（例如 大厅 1）').fill('大厅 1');
    await page.getByLabel('位置（可以不填）').fill('一楼大厅');
    await page.getByRole('button', { name: '生成登记码' }).click();
    const code = page.locator('[data-code]');
    await code.waitFor();
    expect(await code.getAttribute('data-code')).toMatch(/^\d{8}$/);
    await page.getByText('登记这台机器').first().waitFor();
    await check(page, 'enroll-code');

    await menu(page, '被拒绝的记录');
    await heading(page, '被拒绝的记录').waitFor();
    await page.getByText('没有被拒绝的记录。').waitFor();
    await check(page, 'rejections');

    await menu(page, '员工账号');
    await heading(page, '员工账号').waitFor();
    await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();
    await check(page, 'staff');
    await page.getByRole('link', { name: '添加员工' }).click();
    await heading(page, '添加员工').waitFor();
    await page.getByLabel('姓名').fill('王芳');
    await page.getByLabel('用户名').fill('wangfang');
    await page.getByRole('button', { name: '添加员工' }).click();
    await page.locator('[data-password]').waitFor();
    await check(page, 'staff-added');
    await page.goBack();
    await heading(page, '员工账号').waitFor();
    await page.getByRole('button', { name: '给 王芳 重设密码' }).click();
    await page.getByRole('alertdialog').waitFor();
    await check(page, 'staff-confirm-reset');
    await page.getByRole('button', { name: '确定重设' }).click();
    await page.locator('[data-password]').waitFor();
    await page.getByLabel('王芳 的角色').selectOption('kitchen');
    await page.getByRole('status').getByText('王芳 的角色已改为厨房。下次登录时生效。').waitFor();
    await check(page, 'staff-role-changed');
    await page.getByRole('button', { name: '给 王芳 改名' }).click();
    await page.getByLabel('王芳 的新名字').fill('王芳芳');
    await check(page, 'staff-rename');
    await page.getByRole('button', { name: '保存名字' }).click();
    await page
      .getByRole('status')
      .getByText(/已经改成 王芳芳/)
      .waitFor();
    await page.getByRole('cell', { name: '王芳芳' }).waitFor();

    // The people without a console account: a field worker a request can be given to.
    await menu(page, '上门服务人员');
    await heading(page, '上门服务人员').waitFor();
    await page.getByText('名单上还没有人。').waitFor();
    await page.getByRole('button', { name: '添加一个人' }).click();
    await page.getByLabel('名字').fill('李师傅');
    await page.getByLabel('电话').fill('13800000003');
    await check(page, 'people-add');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByRole('status').getByText('已经添加了 李师傅。').waitFor();
    await page.getByRole('cell', { name: '上门服务', exact: true }).waitFor();
    await check(page, 'people');

    await menu(page, '操作记录');
    await heading(page, '操作记录').waitFor();
    await page.getByRole('cell', { name: '添加员工' }).first().waitFor();
    // In words: the role change reads as roles, and no detail is raw JSON or an id.
    await page
      .getByRole('cell', { name: /改成：厨房/ })
      .first()
      .waitFor();
    expect(await page.locator('td.details').filter({ hasText: '{"' }).count()).toBe(0);
    await page
      .getByRole('cell', { name: /原来的名字：王芳/ })
      .first()
      .waitFor();
    await check(page, 'audit');
    await page.getByLabel('操作', { exact: true }).selectOption('kiosk.enrollment_code_created');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    // Only code entries are left once the filtered page arrives.
    await page.getByRole('cell', { name: '添加员工' }).first().waitFor({ state: 'detached' });
    expect(await page.getByRole('cell', { name: '生成登记码' }).count()).toBe(1);

    // The other languages, on the overview.
    await menu(page, '概况');
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Overview').waitFor();
    await check(page, 'dashboard-en');
    await page.getByRole('button', { name: '繁體中文' }).click();
    await heading(page, '概況').waitFor();
    await check(page, 'dashboard-zh-Hant');
    await page.getByRole('button', { name: '简体中文' }).click();

    // Back and forward follow the pages.
    await page.goBack();
    await heading(page, '操作记录').waitFor();
    await page.goForward();
    await heading(page, '概况').waitFor();

    await page.getByRole('button', { name: '退出登录' }).click();
    await heading(page, '员工登录').waitFor();
    await page.getByText('您已经退出登录。').waitFor();
    b.expectNoProblems('console walk');
  });

  test('the dashboard follows a kiosk live as it enrolls and pushes', async () => {
    server = await startServer({ distDir });
    const admin = seededAdmin(server);
    const staff = await open(server.url);
    const { page } = staff;
    await staff.goto('/console/#/kiosks/enroll');
    await logInFirstAdmin(page, admin);
    await heading(page, '登记一台自助机').waitFor();
    await page.getByLabel('名称（例如 大厅 1）').fill('大厅 1');
    await page.getByRole('button', { name: '生成登记码' }).click();
    const code = (await page.locator('[data-code]').getAttribute('data-code')) ?? '';
    await menu(page, '概况');
    await page.getByText('还没有登记自助机。').waitFor();
    await page.getByText('0 / 0 台').waitFor();

    // The kiosk, in its own browser, enrolls with the code: not enrolled, its staff way in asks
    // only for that.
    const kiosk = await open(server.url);
    await kiosk.goto('/');
    await startSession(kiosk, 1);
    await enrollFromStaffEntry(kiosk.page, code);

    // No reload: the stream brought it.
    const row = page.locator('tr', { hasText: '大厅 1' });
    await row.getByText('在线').waitFor();
    await page.getByText('1 / 1 台').waitFor();

    // The kiosk pushes with its own token: one entry the centre refuses, three still waiting, and a
    // problem. Sent from here with the kiosk's enrollment, after its page has closed: the real
    // kiosk's own next report (every pull carries it) would say at once that nothing waits.
    // A string, as the other browser tests do: this file compiles for Node, without DOM types.
    const enrollment = (await kiosk.page.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('nuanxin');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const enrollment = await new Promise((resolve) => {
        const get = db.transaction('device').objectStore('device').get('enrollment');
        get.onsuccess = () => resolve(get.result);
      });
      db.close();
      return enrollment;
    })()`)) as { kioskId: string; token: string };
    await kiosk.page.close();
    const entry = {
      id: uuidv7(),
      kind: 'e2e.unknown',
      payload: {},
      kioskTime: '2026-11-24T16:00:00.000+08:00',
      kioskId: enrollment.kioskId,
    };
    const answer = (
      await fetch(`${server.url}/api/sync/push`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${enrollment.token}`,
          'x-kiosk-outbox-length': '3',
          'x-kiosk-last-error': encodeURIComponent('连不上中心的服务器'),
        },
        body: JSON.stringify({ kioskId: enrollment.kioskId, entries: [entry] }),
      })
    ).status;
    expect(answer).toBe(200);
    await page.getByText('刚才 大厅 1 发来记录：收下 0 条，拒绝 1 条。').waitFor();
    await page.locator('[data-figure="pending"]').getByText('3 条').waitFor();
    await page.locator('[data-figure="rejections"]').getByText('1 条').waitFor();
    await row.getByText('连不上中心的服务器').waitFor();
    await check(page, 'dashboard-live');

    await page.getByRole('link', { name: '查看被拒绝的记录' }).click();
    await heading(page, '被拒绝的记录').waitFor();
    await page
      .getByRole('cell', { name: '中心的服务器还不认识这种请求，没有办成。请找工作人员。' })
      .waitFor();
    await check(page, 'rejections-one');

    // Revoked from the console: gone from the dashboard's count.
    await menu(page, '自助机');
    await page.getByRole('button', { name: '停用 大厅 1' }).click();
    await check(page, 'kiosks-confirm-revoke');
    await page.getByRole('button', { name: '确定停用' }).click();
    await page.getByText('“大厅 1”已经停用了。').waitFor();
    await menu(page, '概况');
    await page.getByText('0 / 0 台').waitFor();
    // The console's first look for a session (none yet) is the one refusal.
    expectOnlyStatus(staff, 401);
  });

  test('a staff account sees no admin pages and the server refuses them; an ended session says so', async () => {
    server = await startServer({ distDir });
    const admin = seededAdmin(server);
    const login = await fetch(`${server.url}/api/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
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
    const nav = page.getByRole('navigation', { name: '主菜单' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      '概况',
      '会员',
      '被拒绝的记录',
      '厨房名单',
      '平安签到',
      '呼叫',
      '服务请求',
      '学用手机步骤卡',
      '补贴待联系名单',
      '查补贴（代问、打印）',
      '补贴名单导入',
      '补贴月报',
    ]);
    await check(page, 'dashboard-staff-role');

    // Typing the address of an admin page shows the overview instead…
    await b.goto('/console/#/staff');
    await heading(page, '概况').waitFor();
    // …and the server refuses it anyway.
    const status = await page.evaluate(async () => (await fetch('/api/staff/accounts')).status);
    expect(status).toBe(403);
    expectOnlyStatus(b, 401, 403);

    // The admin disables the account: the console's next call finds the session gone.
    const id = (
      (await (await fetch(`${server.url}/api/staff/accounts`, { headers: { cookie } })).json()) as {
        accounts: { id: string; username: string }[];
      }
    ).accounts.find((a) => a.username === 'wangfang')?.id;
    await fetch(`${server.url}/api/staff/accounts/${id}/disable`, {
      method: 'POST',
      headers: { cookie },
    });
    await menu(page, '被拒绝的记录');
    await heading(page, '员工登录').waitFor();
    await page.getByText('您的登录已经过期，请重新登录。').waitFor();
    await check(page, 'login-expired');
    expectOnlyStatus(b, 401);
  });
});
