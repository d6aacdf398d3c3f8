/**
 * Help at the kiosk in real Chromium against the real centre server: the emergency countdown and
 * its Cancel send nothing alerting (one cancelled call in the database, none open); a call goes
 * out, staff acknowledge it through the API and the kiosk shows and says the name; with a second
 * page signed in to the console, the kiosk's call rings there and is acknowledged there; with the server
 * down the kiosk shows the duty phone and sounds the alarm at once, and the call arrives exactly
 * once after the restart; a service request goes new → assigned → done and the elder sees each
 * status. Emergency is its own target at the top right
 * of the attract screen (it opens the countdown), stays above the idle warning and can be tapped
 * there, and the cannot-reach-staff screen gives 120 beside the duty phone, just as large.
 * How each state looks (axe, layout, i18n audit at every size, both orientations) is the layout
 * walk's job: layout.e2e.ts.
 */

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import {
  heading as consoleHeading,
  expectOnlyStatus,
  logInFirstAdmin,
} from '../console/console-helpers';
import { expectNoViolations } from '../support/axe';
import { type Kiosk, launchKiosk, type Orientation, type TextSize } from '../support/browser';
import { adminCookie, asStaff, seededAdmin } from '../support/centre-admin';
import { expectNoOverflow } from '../support/layout';
import { saveScreenshot } from '../support/screenshots';
import { type ServerHandle, startServer } from '../support/server';
import {
  checkScreen,
  enrollThroughStaffScreen,
  exactName,
  readCard,
  startSession,
  tapButton,
  unauditedText,
} from './kiosk-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');
const DUTY = '0571-8765 4321';

let kiosk: Kiosk | undefined;
let server: ServerHandle | undefined;

afterEach(async () => {
  await kiosk?.close();
  await server?.stopAndRemoveData();
  kiosk = undefined;
  server = undefined;
});

/** Rows of the centre's database (the server this helper started keeps it by port). */
function rows<T>(handle: ServerHandle, sql: string): T[] {
  const db = new Database(join(tmpdir(), `nuanxin-e2e-${handle.port}.db`), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
const calls = (handle: ServerHandle) =>
  rows<{ id: string; status: string; presses: number }>(
    handle,
    'SELECT id, status, presses FROM help_calls ORDER BY received_at',
  );
const requests = (handle: ServerHandle) =>
  rows<{ id: string; category: string; status: string; member_id: string | null }>(
    handle,
    'SELECT id, category, status, member_id FROM service_requests ORDER BY created_at',
  );

async function staffMe(handle: ServerHandle): Promise<{ id: string; name: string }> {
  const res = await fetch(`${handle.url}/api/staff/me`, {
    headers: { cookie: await adminCookie(handle) },
  });
  return ((await res.json()) as { staff: { id: string; name: string } }).staff;
}

/** Words built from several translated pieces: allow the audit's markers between characters. */
function loose(words: string): RegExp {
  const any = '[\\u2063\\u2064]*';
  return new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(any));
}

const heading = (page: Page, name: string | RegExp, timeout?: number) =>
  page
    .getByRole('heading', { name: typeof name === 'string' ? exactName(name) : name })
    .first()
    .waitFor(timeout ? { timeout } : {});

/** Enroll through the staff screen and wait for the roster, then back to the attract screen. */
async function enrolledKiosk(orientation: Orientation, handle?: ServerHandle): Promise<Kiosk> {
  server = handle ?? (await startServer({ distDir }));
  const k = kiosk ?? (await launchKiosk({ orientation, baseURL: server.url, executablePath }));
  kiosk = k;
  await enrollThroughStaffScreen(k, server, '大厅 1');
  return k;
}

/**
 * checkScreen for a state reached offline on purpose: the same axe, overflow and i18n checks and
 * screenshot, but the browser's own log of the failed fetches (the kiosk retries every few
 * seconds) is expected; an uncaught page error is not.
 */
async function checkOffline(k: Kiosk, name: string, size: TextSize): Promise<void> {
  const label = `${name} (${k.orientation}, ${size}×)`;
  await k.page.waitForTimeout(150);
  await expectNoViolations(k.page, label);
  await expectNoOverflow(k.page, label);
  expect(await unauditedText(k.page), `text that bypassed i18next on ${label}`).toEqual([]);
  await saveScreenshot(k.page, `kiosk-${name}`, k.orientation, size);
  expect(k.takeProblems().pageErrors, label).toEqual([]);
}

/** A fresh session at a text size, on the home screen. */
async function fresh(k: Kiosk, size: TextSize = 1): Promise<void> {
  await k.goto('/', { 'i18n-audit': 1 });
  await startSession(k, size);
}

/** Emergency, and the countdown on screen. */
async function pressEmergency(page: Page): Promise<void> {
  await tapButton(page, '紧急呼叫');
  await page.getByText(loose('秒后呼叫工作人员')).first().waitFor();
}

describe('help at the kiosk', () => {
  test('the countdown’s Cancel sends nothing alerting; a call is acknowledged by name', async () => {
    const k = await enrolledKiosk('landscape');
    const { page } = k;
    const handle = server as ServerHandle;
    await fresh(k);

    // Cancelled inside the countdown: back where the elder was, one cancelled call, none open.
    await pressEmergency(page);
    await tapButton(page, '取消，不呼叫');
    await heading(page, '您想做什么？');
    await expect
      .poll(() => calls(handle).map((c) => c.status), { timeout: 15_000 })
      .toEqual(['cancelled']);
    await page.waitForTimeout(4000);
    expect(calls(handle).map((c) => c.status)).toEqual(['cancelled']);

    // A real call: staff told, then the acknowledging staff member's name, shown and said.
    await pressEmergency(page);
    await heading(page, loose('已通知工作人员'), 15_000);
    await page.locator('.screen__caption').getByText(loose('已通知工作人员，请稍等')).waitFor();
    const open = calls(handle).filter((c) => c.status === 'open');
    expect(open).toHaveLength(1);
    const me = await staffMe(handle);
    await asStaff(handle, `/api/help/calls/${open[0]?.id}/ack`, {});
    const coming = loose(`工作人员 ${me.name} 马上来`);
    await page.locator('.help-call__message').getByText(coming).waitFor({ timeout: 10_000 });
    await page.locator('.screen__caption').getByText(coming).waitFor();

    // Emergency again while it is open: the same call, no countdown, nothing new.
    await tapButton(page, '紧急呼叫');
    await page.locator('.help-call__message').getByText(coming).waitFor();
    expect(await page.getByText(loose('秒后呼叫工作人员')).count()).toBe(0);
    await page.waitForTimeout(1500);
    expect(calls(handle).filter((c) => c.status !== 'cancelled')).toHaveLength(1);

    // Resolved at the console: the kiosk says so and goes home on the elder's tap.
    await asStaff(handle, `/api/help/calls/${open[0]?.id}/resolve`, { note: '已处理' });
    await heading(page, loose('呼叫已经处理'), 10_000);
    await tapButton(page, '回到首页');
    await heading(page, '您想做什么？');
    k.expectNoProblems('help calls');
  });

  test('two pages: the kiosk’s emergency rings on a signed-in console, which acknowledges; the kiosk names who comes', async () => {
    const k = await enrolledKiosk('landscape');
    const handle = server as ServerHandle;
    const desk = await launchKiosk({
      orientation: 'landscape',
      baseURL: handle.url,
      executablePath,
    });
    try {
      // The console, signed in and live (its "connection lost" banner gone).
      await desk.goto('/console/');
      const admin = seededAdmin(handle);
      await logInFirstAdmin(desk.page, admin);
      await consoleHeading(desk.page, '概况').waitFor();
      await desk.page.locator('[data-stream]').waitFor({ state: 'detached' });

      await fresh(k);
      await pressEmergency(k.page);
      const alert = desk.page.locator('article.help-alert').first();
      await alert.waitFor({ timeout: 15_000 });
      await alert.getByRole('heading', { name: /紧急呼叫：大厅 1/ }).waitFor();
      await alert.getByRole('button', { name: '我来处理' }).click();
      await alert.waitFor({ state: 'detached' });

      const me = await staffMe(handle);
      const coming = loose(`工作人员 ${me.name} 马上来`);
      await k.page.locator('.help-call__message').getByText(coming).waitFor({ timeout: 10_000 });
      expect(calls(handle).map((c) => c.status)).toEqual(['acknowledged']);
      // The console's only refusal: "not signed in yet" before the sign-in.
      expectOnlyStatus(desk, 401);
    } finally {
      await desk.close();
    }
    k.expectNoProblems('help: kiosk and console');
  });

  test('server down: the phone number and the alarm at once; the call arrives once after restart', async () => {
    const k = await enrolledKiosk('landscape');
    const { page } = k;
    const first = server as ServerHandle;
    const port = first.port;
    await fresh(k);
    await first.stop();

    await pressEmergency(page);
    await heading(page, loose('现在联系不上工作人员'), 10_000);
    await page.locator('.help-call').getByText(exactName(DUTY)).waitFor();
    await page.locator('[data-alarm="on"]').waitFor();
    await page.locator('.screen__caption').getByText(loose('现在联系不上工作人员')).waitFor();

    server = await startServer({ distDir, port });
    const handle = server;
    // The kiosk retries on its back-off, and at once when its live stream reconnects (those
    // tries got no answer at all): through, once, with the elder told.
    await heading(page, loose('已通知工作人员'), 30_000);
    expect(await page.locator('[data-alarm="on"]').count()).toBe(0);
    await page.waitForTimeout(5000);
    const arrived = calls(handle);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.status).toBe('open');
    expect(arrived[0]?.presses).toBe(1);
    const { pageErrors } = k.takeProblems();
    expect(pageErrors).toEqual([]);
  });

  test('a service request goes new → assigned → done, and the elder sees each status', async () => {
    const k = await enrolledKiosk('landscape');
    const { page } = k;
    const handle = server as ServerHandle;
    await fresh(k);
    await tapButton(page, '呼叫帮助');
    await heading(page, '您需要什么帮助？');
    await tapButton(page, '助洁打扫');
    await tapButton(page, '明天');
    await tapButton(page, '到我家里');
    await heading(page, '请刷卡或输入卡号');
    await readCard(page, '10001');
    await heading(page, '请确认');
    await tapButton(page, '是，发送');
    await heading(page, '请求已送到', 15_000);
    const made = requests(handle);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ category: 'cleaning', status: 'new' });

    await tapButton(page, '我的请求');
    await page.getByText(loose('已收到，正在安排')).first().waitFor({ timeout: 15_000 });

    const me = await staffMe(handle);
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', {
      timeZone: 'Asia/Shanghai',
    });
    await asStaff(handle, `/api/help/requests/${made[0]?.id}/assign`, {
      staffId: me.id,
      plan: { day: tomorrow, part: 'morning' },
    });
    await page
      .getByText(loose(`已安排，明天上午 ${me.name} 上门`))
      .first()
      .waitFor({ timeout: 15_000 });

    await asStaff(handle, `/api/help/requests/${made[0]?.id}/status`, { status: 'done' });
    await page.getByText(loose('已经办好')).first().waitFor({ timeout: 15_000 });
    expect(requests(handle)[0]?.status).toBe('done');
    k.expectNoProblems('help requests');
  });

  test.each<Orientation>(['landscape', 'portrait'])(
    'Emergency: its own target on the attract screen, above the idle warning; 120 beside the duty phone (%s)',
    async (orientation) => {
      const k = await enrolledKiosk(orientation);
      const { page, context } = k;
      const emergencyButton = () =>
        page.getByRole('button', { name: exactName('紧急呼叫') }).first();
      /**
       * Whether a tap at the button's centre lands on the button itself (nothing over it). A
       * string, like the helpers' page scripts: this file compiles without the DOM's types.
       */
      const onTop = async () =>
        (await page.evaluate(`(() => {
          const el = document.querySelector('.emergency-button button');
          if (!el) return false;
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && el.contains(hit);
        })()`)) as boolean;

      // The attract screen: Emergency at the top right, apart from the big start button.
      await k.goto('/', { 'i18n-audit': 1 });
      const start = page.getByRole('button', { name: exactName('请触摸屏幕开始') });
      await start.waitFor();
      await checkScreen(k, 'attract-emergency', 1, true);
      const viewport = page.viewportSize() ?? { width: 0, height: 0 };
      const e = await emergencyButton().boundingBox();
      const s = await start.boundingBox();
      if (!e || !s) throw new Error('the attract screen lacks one of its buttons');
      expect(e.x + e.width).toBeGreaterThan(viewport.width * 0.8);
      expect(e.y).toBeLessThan(viewport.height * 0.2);
      // Apart: the start button begins below Emergency, at least 16 px from it.
      expect(s.y).toBeGreaterThanOrEqual(e.y + e.height + 16);
      expect(await onTop()).toBe(true);
      // Pressing it starts the countdown, not a session on the home screen.
      await tapButton(page, '紧急呼叫');
      await page.getByText(loose('秒后呼叫工作人员')).first().waitFor();
      expect(await page.getByRole('heading', { name: exactName('您想做什么？') }).count()).toBe(0);
      await tapButton(page, '取消，不呼叫');
      await start.waitFor();

      // The idle warning: Emergency stays clear of its backdrop and can be tapped.
      await page.clock.install();
      await fresh(k, 1.6);
      await tapButton(page, '中心信息');
      await heading(page, '中心信息');
      await page.clock.runFor(70_500);
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      expect(await onTop()).toBe(true);
      // Not dimmed: nothing between the button and the eye (the backdrop is under it).
      await expectNoViolations(page, `idle warning with Emergency (${orientation})`);
      await saveScreenshot(page, 'kiosk-idle-warning-emergency', orientation, 1.6);
      await tapButton(page, '紧急呼叫');
      await page.getByText(loose('秒后呼叫工作人员')).first().waitFor();
      expect(await dialog.count()).toBe(0);

      // Staff cannot be reached: the duty phone and 120, side by side, just as large, both said.
      await context.setOffline(true);
      await heading(page, loose('现在联系不上工作人员'), 15_000);
      const phones = page.locator('.help-call__phones');
      await phones.locator('[data-phone="duty"]').getByText(exactName(DUTY)).waitFor();
      await phones.locator('[data-phone="ambulance"]').getByText(exactName('120')).waitFor();
      await phones.getByText(loose('急救电话')).waitFor();
      const sizes = (await page.evaluate(`[...document.querySelectorAll(
        '.help-call__phones .phone-number',
      )].map((el) => getComputedStyle(el).fontSize)`)) as string[];
      expect(sizes).toHaveLength(2);
      expect(sizes[0]).toBe(sizes[1]);
      await page.locator('.screen__caption').getByText(loose('急救电话：120')).waitFor();
      await checkOffline(k, 'help-call-unreachable-120', 1.6);
      await context.setOffline(false);
      await heading(page, loose('已通知工作人员'), 30_000);
      expect(k.takeProblems().pageErrors).toEqual([]);
    },
    300_000,
  );
});
