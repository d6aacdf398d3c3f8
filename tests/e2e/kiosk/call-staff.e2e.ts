/**
 * 呼叫工作人员 in real Chromium against the real centre server, with two pages: the kiosk calls
 * staff; the signed-in console shows the call with the kiosk's place, in its own words, without
 * the alarm; staff acknowledge it there; the kiosk shows and says who is coming. With the server
 * down the kiosk says the call was not sent, where staff are and their phones, and never that
 * staff were told (checked at the largest text size). Each kiosk state and the console with the
 * call pass axe, and the kiosk's the overflow and i18n checks.
 */

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, inject, test } from 'vitest';
import {
  heading as consoleHeading,
  expectOnlyStatus,
  logInFirstAdmin,
} from '../console/console-helpers';
import { expectNoViolations } from '../support/axe';
import { type Kiosk, launchKiosk, type TextSize } from '../support/browser';
import { adminCookie, seededAdmin } from '../support/centre-admin';
import { findLayoutProblems, formatOverflow } from '../support/layout';
import { type ServerHandle, startServer } from '../support/server';
import {
  checkScreen,
  enrollThroughStaffScreen,
  startSession,
  tapButton,
  unauditedText,
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

/** The centre's calls, as its database holds them. */
function calls(handle: ServerHandle) {
  const db = new Database(join(tmpdir(), `nuanxin-e2e-${handle.port}.db`), { readonly: true });
  try {
    return db
      .prepare('SELECT id, kind, status, escalated_at FROM help_calls ORDER BY received_at')
      .all() as { id: string; kind: string; status: string; escalated_at: string | null }[];
  } finally {
    db.close();
  }
}

async function staffName(handle: ServerHandle): Promise<string> {
  const res = await fetch(`${handle.url}/api/staff/me`, {
    headers: { cookie: await adminCookie(handle) },
  });
  return ((await res.json()) as { staff: { name: string } }).staff.name;
}

/** Words built from several translated pieces: allow the audit's markers between characters. */
function loose(words: string): RegExp {
  const any = '[\\u2063\\u2064]*';
  return new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(any));
}

async function enrolledKiosk(size: TextSize = 1): Promise<Kiosk> {
  server = await startServer({ distDir });
  kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
  await enrollThroughStaffScreen(kiosk, server, '大厅 1');
  await kiosk.goto('/', { 'i18n-audit': 1 });
  await startSession(kiosk, size);
  return kiosk;
}

const phase = (k: Kiosk) =>
  k.page.locator('[data-call-kind="staff"]').first().getAttribute('data-phase');

describe('呼叫工作人员', () => {
  test('two pages: the kiosk calls staff, the console shows its place without the alarm, staff acknowledge, the kiosk says who comes', async () => {
    const k = await enrolledKiosk();
    const handle = server as ServerHandle;
    const desk = await launchKiosk({
      orientation: 'landscape',
      baseURL: handle.url,
      executablePath,
    });
    try {
      await desk.goto('/console/');
      const admin = seededAdmin(handle);
      await logInFirstAdmin(desk.page, admin);
      await consoleHeading(desk.page, '概况').waitFor();
      await desk.page.locator('[data-stream]').waitFor({ state: 'detached' });

      await tapButton(k.page, '呼叫工作人员');
      await k.page
        .getByRole('heading', { level: 1, name: loose('已通知工作人员') })
        .waitFor({ timeout: 15_000 });
      await k.page.locator('.screen__caption').getByText(loose('已通知工作人员到这里来')).waitFor();
      await checkScreen(k, 'call-staff-sent', 1, false);

      const alert = desk.page.locator('article.help-alert[data-kind="staff"]');
      await alert.waitFor({ timeout: 15_000 });
      await alert.getByRole('heading', { name: '呼叫工作人员：请到 大厅 1 来一下' }).waitFor();
      // No alarm, no emergency words, and the tab's title left alone.
      expect(await desk.page.locator('[data-ringing]').getAttribute('data-ringing')).toBe('false');
      expect(await desk.page.locator('article.help-alert[data-kind="emergency"]').count()).toBe(0);
      expect(await desk.page.title()).not.toContain('紧急呼叫');
      await expectNoViolations(desk.page, 'console with a call for staff');

      await alert.getByRole('button', { name: '我来处理' }).click();
      await alert.waitFor({ state: 'detached' });
      const name = await staffName(handle);
      const coming = loose(`工作人员 ${name} 马上来`);
      await k.page.locator('.help-call__message').getByText(coming).waitFor({ timeout: 10_000 });
      await k.page.locator('.screen__caption').getByText(coming).waitFor();
      expect(await phase(k)).toBe('acknowledged');
      await checkScreen(k, 'call-staff-acknowledged', 1, false);
      expect(calls(handle)).toEqual([
        expect.objectContaining({ kind: 'staff', status: 'acknowledged', escalated_at: null }),
      ]);
      // The console's only refusal: "not signed in yet" before the sign-in.
      expectOnlyStatus(desk, 401);
    } finally {
      await desk.close();
    }
  });

  test('server down: says the call was not sent and where staff are, never that staff were told (1.6×)', async () => {
    // The largest text size: the state with the most to say (message, place, phones) must fit.
    const k = await enrolledKiosk(1.6);
    await (server as ServerHandle).stop();
    await tapButton(k.page, '呼叫工作人员');
    await k.page
      .getByRole('heading', { level: 1, name: loose('呼叫没有发出去') })
      .waitFor({ timeout: 15_000 });
    await k.page.getByText(loose('工作人员在：一楼大厅服务台')).waitFor();
    await k.page.getByText('0571-8765 4321').first().waitFor();
    expect(await phase(k)).toBe('notSent');
    expect(await k.page.locator('.help-call').textContent()).not.toContain('已通知');
    // The checks of checkScreen, but the browser's log of the failed fetches is expected here.
    const label = 'call-staff not sent (landscape, 1.6×)';
    await expectNoViolations(k.page, label);
    // Nothing overlapping, cut off or broken, and what to do (the words and the duty phone) in
    // view without scrolling.
    const problems = await findLayoutProblems(k.page, {
      inView: ['.help-call__message', '.help-call .phone-list > li:first-child .phone-number'],
    });
    expect(problems, `${label}\n${formatOverflow(problems)}`).toEqual([]);
    expect(await unauditedText(k.page), `text that bypassed i18next on ${label}`).toEqual([]);
    expect(k.takeProblems().pageErrors).toEqual([]);
  });
});
