/**
 * The console's help pages in real Chromium against the real centre server. Calls and requests
 * arrive the way kiosks send them: `help.call` / `service.request` entries pushed with an enrolled
 * kiosk's token. The centre is the demo with escalation after 15 s and the webhook pointed at a
 * receiver in this test. A signed-in console shows the alert (polled for, never timed), staff
 * acknowledge and it leaves; an ignored call turns red and the receiver gets a signed POST; with
 * the server stopped the console says its live connection is lost, and a call made while it is
 * reconnecting appears once it is back; a service request goes new → assigned → done. axe on
 * every help page and state; screenshots to look at.
 */
import { createHmac } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { centreClock } from '../../../src/shared/centre/clock';
import { addDays } from '../../../src/shared/centre/zoned';
import type { HelpCallView, ServiceRequestView } from '../../../src/shared/help/api-types';
import { uuidv7 } from '../../../src/shared/sync/uuidv7';
import { type Kiosk, launchKiosk } from '../support/browser';
import { seededAdmin } from '../support/centre-admin';
import { proofFor } from '../support/proof';
import { REPO_ROOT, type ServerHandle, startServer } from '../support/server';
import { check, heading, logInFirstAdmin, menu } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');
const SECRET = 'e2e-escalation-secret';
/** Long enough for a 15 s escalation on a loaded machine; a wait, never an assertion on time. */
const ESCALATION_WAIT_MS = 90_000;

let browsers: Kiosk[] = [];
let servers: ServerHandle[] = [];
let receiver: Server | undefined;
let folder: string | undefined;
afterEach(async () => {
  for (const b of browsers) await b.close();
  for (const s of servers) await s.stopAndRemoveData();
  await new Promise<void>((done) => (receiver ? receiver.close(() => done()) : done()));
  if (folder) rmSync(folder, { recursive: true, force: true });
  browsers = [];
  servers = [];
  receiver = undefined;
  folder = undefined;
});

/** The demo centre with escalation after 15 seconds (the least help.json allows). */
function centreFolder(): string {
  folder = mkdtempSync(join(tmpdir(), 'nuanxin-help-'));
  const config = join(folder, 'config');
  cpSync(join(REPO_ROOT, 'kiosk-config/demo'), config, { recursive: true });
  const file = join(config, 'help.json');
  const help = JSON.parse(readFileSync(file, 'utf8')) as {
    emergency: { escalateAfterSeconds: number };
  };
  help.emergency.escalateAfterSeconds = 15;
  writeFileSync(file, JSON.stringify(help, null, 2));
  return config;
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** The duty-phone adapter: records every POST and answers 200. */
async function startReceiver(): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  receiver = server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/escalate`, received };
}

async function api<T>(
  server: ServerHandle,
  path: string,
  options: { json?: unknown; cookie?: string; token?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(`${server.url}/api${path}`, {
    method: options.json === undefined ? 'GET' : 'POST',
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

interface Centre {
  adminCookie: string;
  admin: { username: string; password: string };
  desk: { username: string; password: string };
  kiosk: { kioskId: string; token: string; proofKey: string };
  members: Map<string, string>;
  /** Card numbers by member id, to seal proofs as the kiosk does. */
  cards: Map<string, string>;
}

/** The admin's session, the desk's account (王芳, staff), an enrolled kiosk, the members' ids. */
async function setUpCentre(server: ServerHandle): Promise<Centre> {
  const admin = seededAdmin(server);
  const login = await fetch(`${server.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const adminCookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const { password } = await api<{ password: string }>(server, '/staff/accounts', {
    cookie: adminCookie,
    json: { name: '王芳', username: 'wangfang', role: 'staff' },
  });
  const { code } = await api<{ code: string }>(server, '/kiosks/enrollment-codes', {
    cookie: adminCookie,
    json: { name: '大厅 1', location: '一楼大厅' },
  });
  const kiosk = await api<{ kioskId: string; token: string; proofKey: string }>(
    server,
    '/kiosks/enroll',
    {
      json: { code, appVersion: 'e2e' },
    },
  );
  const list = await api<{ members: { id: string; name: string; cardNumber: string }[] }>(
    server,
    '/members?limit=100',
    { cookie: adminCookie },
  );
  return {
    adminCookie,
    admin,
    desk: { username: 'wangfang', password },
    kiosk,
    members: new Map(list.members.map((m) => [m.name, m.id])),
    cards: new Map(list.members.map((m) => [m.id, m.cardNumber])),
  };
}

/** What a kiosk sends: one outbox entry, pushed with its token; it must be accepted. */
async function push(
  server: ServerHandle,
  centre: Centre,
  kind: string,
  payload: unknown,
  kioskTime = new Date().toISOString(),
): Promise<string> {
  const { kioskId, token } = centre.kiosk;
  const id = uuidv7();
  // An entry for a member carries their card, sealed as the kiosk seals it when they tap it.
  const memberId = (payload as { memberId?: string | null }).memberId;
  const card = memberId ? centre.cards.get(memberId) : undefined;
  const proof = card ? { proof: await proofFor(centre.kiosk, card, id) } : {};
  const answer = await api<{ results: { id: string; status: string }[] }>(server, '/sync/push', {
    token,
    json: { kioskId, entries: [{ id, kind, kioskId, kioskTime, payload, ...proof }] },
  });
  expect(answer.results.map((r) => r.status)).toEqual(['accepted']);
  return id;
}

const callFor = (centre: Centre, name: string | null) => ({
  memberId: name ? (centre.members.get(name) ?? null) : null,
  cancelled: false,
});

async function open(server: ServerHandle): Promise<Kiosk> {
  const b = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
  browsers.push(b);
  return b;
}

const alerts = (page: Page) => page.locator('article.help-alert');

/** Signed in, live (the connection banner gone), on the dashboard. */
async function signIn(b: Kiosk, user: { username: string; password: string }): Promise<void> {
  await b.goto('/console/');
  await logInFirstAdmin(b.page, user);
  await heading(b.page, '概况').waitFor();
  await b.page.locator('[data-stream]').waitFor({ state: 'detached' });
}

async function activeCalls(server: ServerHandle, cookie: string): Promise<HelpCallView[]> {
  return (await api<{ calls: HelpCallView[] }>(server, '/help/calls?active=1', { cookie })).calls;
}

describe('help in the console', () => {
  test('a call rings on the console, is acknowledged by name; an ignored one escalates and turns red', async () => {
    const hook = await startReceiver();
    const server = await startServer({
      distDir,
      configDir: centreFolder(),
      env: { NUANXIN_ESCALATION_URL: hook.url, NUANXIN_ESCALATION_SECRET: SECRET },
    });
    servers.push(server);
    const centre = await setUpCentre(server);
    const b = await open(server);
    const { page } = b;
    await signIn(b, centre.desk);
    // The sign-in click let the page make sound: no "turn on sound" bar.
    expect(await page.getByRole('button', { name: '点这里打开提醒声音' }).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: '主菜单' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['呼叫', '服务请求']),
    );
    expect(await nav.getByRole('link', { name: '呼叫统计' }).count()).toBe(0);

    // 张桂兰 presses at the kiosk: the alert appears on whatever page is open.
    await push(server, centre, 'help.call', callFor(centre, '张桂兰'));
    await alerts(page).first().waitFor();
    const alert = alerts(page).first();
    await alert.getByRole('heading', { name: '紧急呼叫：大厅 1（一楼大厅）' }).waitFor();
    const text = await alert.textContent();
    expect(text).toContain('呼叫人：张桂兰');
    expect(text).toContain('紧急联系人：张明（侄子）');
    expect(await page.title()).toContain('【紧急呼叫】');
    await check(page, 'help-alert');

    await alert.getByRole('button', { name: '我来处理' }).click();
    await alerts(page).first().waitFor({ state: 'detached' });
    const [acknowledged] = await activeCalls(server, centre.adminCookie);
    expect(acknowledged?.ackBy?.name).toBe('王芳');

    // The calls page: the call is being handled; resolve it with a note.
    await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '呼叫', exact: true })
      .click();
    await heading(page, /^呼叫$/).waitFor();
    const card = page.locator('article.call-card');
    await card.getByText('王芳，', { exact: false }).waitFor();
    await check(page, 'help-calls-active');
    await card.getByLabel('大厅 1（一楼大厅） 的处理备注（可不填）').fill('老人头晕，已扶到休息室');
    await card.getByRole('button', { name: '处理完毕' }).click();
    await page.getByText('现在没有未处理完的呼叫（紧急呼叫或呼叫工作人员）。').waitFor();
    await page.getByText('老人头晕，已扶到休息室').waitFor();
    await check(page, 'help-calls-history');

    // A second call that nobody answers: red once escalated, and the webhook got it, signed.
    await push(server, centre, 'help.call', callFor(centre, null));
    await alerts(page).first().waitFor();
    await check(page, 'help-alert-open');
    await page
      .locator('article.help-alert[data-escalated="true"]')
      .waitFor({ timeout: ESCALATION_WAIT_MS });
    const red = alerts(page).first();
    await red
      .getByRole('heading', { name: '紧急呼叫，已超时没人响应：大厅 1（一楼大厅）' })
      .waitFor();
    expect(
      await red.evaluate(
        (el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor,
      ),
    ).toBe('rgb(142, 27, 27)');
    await check(page, 'help-alert-escalated');
    await expect
      .poll(() => hook.received.length, { timeout: ESCALATION_WAIT_MS })
      .toBeGreaterThan(0);
    const sent = hook.received[0] as Received;
    const signature = String(sent.headers['x-nuanxin-signature'] ?? '');
    const timestamp = String(sent.headers['x-nuanxin-timestamp'] ?? '');
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(signature).toBe(
      `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${sent.body}`).digest('hex')}`,
    );

    // The alert says, live, that the duty line's system has it, and no more than that.
    await red
      .locator('[data-escalation="delivered"]')
      .getByText(
        '值班电话系统已收到通知（对方回复 200），但不知道有没有人接听。请马上去处理，然后点“我来处理”。',
      )
      .waitFor({ timeout: 15_000 });

    // The escalation is on the calls page with its attempts; then someone goes.
    const escalated = page.locator('article.call-card.call-card--escalated');
    await escalated.getByRole('button', { name: '查看联系值班电话系统的记录' }).click();
    await escalated
      .locator('[data-table="escalations"] [data-outcome="delivered"]')
      .getByText('已送到值班电话系统（对方回复 200），不知道有没有人接听')
      .waitFor();
    await check(page, 'help-calls-escalated');
    await red.getByRole('button', { name: '我来处理' }).click();
    await alerts(page).first().waitFor({ state: 'detached' });

    // The admin's report counts both calls, with response times to chart.
    await page.getByRole('button', { name: '退出登录' }).click();
    await logInFirstAdmin(page, centre.admin);
    await menu(page, '呼叫统计');
    await heading(page, '呼叫统计').waitFor();
    await page.locator('[data-figure="acknowledge"]').getByText('共 2 个呼叫').waitFor();
    const total = page.locator('[data-table="days"] tr[data-day="total"] td');
    expect(await total.allTextContents()).toEqual(['2', '0', '0', '1']);
    const median = await page
      .locator('[data-bar="acknowledge-median"]')
      .getAttribute('data-seconds');
    expect(Number(median)).toBeGreaterThan(0);
    await check(page, 'help-report-calls');
    expect(b.takeProblems().pageErrors).toEqual([]);
  }, 240_000); // Waits out a 15-second escalation on a machine that may be busy.

  test('with the server gone the console says so, and a call made meanwhile appears once back', async () => {
    const configDir = centreFolder();
    const first = await startServer({ distDir, configDir });
    servers.push(first);
    const centre = await setUpCentre(first);
    const b = await open(first);
    const { page } = b;
    await signIn(b, centre.desk);

    await first.stop();
    const banner = page.getByRole('alert').filter({ hasText: '实时连接已断开' });
    await banner.waitFor();
    expect(await banner.textContent()).toBe(
      '实时连接已断开，正在重新连接：连上之前，新的紧急呼叫不会出现在这里！',
    );
    await check(page, 'help-connection-lost');

    // The console cannot get through until the call has been made (held back here, so the call
    // is certainly made while it is still reconnecting).
    await page.route('**/api/events**', (route) => route.abort());
    const again = await startServer({ distDir, configDir, port: first.port });
    servers.push(again);
    await push(again, centre, 'help.call', callFor(centre, '赵玉兰'));
    expect(await alerts(page).count()).toBe(0);
    expect(await banner.count()).toBe(1);
    await page.unroute('**/api/events**');

    await alerts(page).first().waitFor();
    expect(await alerts(page).first().textContent()).toContain('呼叫人：赵玉兰');
    await banner.waitFor({ state: 'detached' });
    await check(page, 'help-alert-after-reconnect');
  });

  test('a service request goes new → assigned → done, and the member’s history lists it', async () => {
    const server = await startServer({ distDir, configDir: centreFolder() });
    servers.push(server);
    const centre = await setUpCentre(server);
    await push(server, centre, 'service.request', {
      memberId: centre.members.get('张桂兰') ?? null,
      category: 'cleaning',
      when: 'tomorrow',
      where: 'home',
    });
    // An anonymous complaint: the admin sees it, the desk does not.
    await push(server, centre, 'service.request', {
      memberId: null,
      category: 'complaint',
      when: null,
      where: null,
    });

    const b = await open(server);
    const { page } = b;
    await signIn(b, centre.admin);
    await menu(page, '服务请求');
    await heading(page, '服务请求').waitFor();
    await page.getByText('共 2 条').waitFor();
    await page.getByText('仅管理员可见').waitFor();
    await check(page, 'help-requests');

    await page.getByLabel('状态').selectOption('new');
    await page.getByText('共 2 条').waitFor();
    await page.getByRole('link', { name: '助洁打扫' }).click();
    await heading(page, '服务请求：助洁打扫').waitFor();
    await page.locator('[data-field="status"]').getByText('新请求').waitFor();
    await check(page, 'help-request-new');

    const tomorrow = addDays(centreClock(new Date(), 'Asia/Shanghai').date, 1);
    await page.getByLabel('安排给').selectOption({ label: '王芳' });
    await page.getByLabel('哪天去').fill(tomorrow);
    await page.getByLabel('上午、下午还是晚上').selectOption('morning');
    await page.getByRole('button', { name: '保存安排' }).click();
    await page.locator('[data-field="status"]').getByText('已安排').waitFor();
    expect(await page.locator('[data-field="assignee"]').textContent()).toBe(
      `王芳，${tomorrow} 上午`,
    );
    await check(page, 'help-request-assigned');

    await page.getByLabel('新状态').selectOption('done');
    await page.getByRole('button', { name: '保存状态' }).click();
    await page.locator('[data-field="status"]').getByText('已完成').waitFor();
    await page.getByLabel('新备注').fill('已打扫完，老人满意');
    await page.getByRole('button', { name: '加上备注' }).click();
    await page.getByText('已打扫完，老人满意').waitFor();
    await check(page, 'help-request-done');

    const requests = await api<{ requests: ServiceRequestView[] }>(
      server,
      `/help/requests?memberId=${centre.members.get('张桂兰')}`,
      { cookie: centre.adminCookie },
    );
    expect(requests.requests.map((r) => [r.status, r.assignee?.name, r.plan])).toEqual([
      ['done', '王芳', { day: tomorrow, part: 'morning' }],
    ]);

    // From the member's page to their history. The page is opened afresh (no click yet): the
    // browser keeps the alert sound off, and the console says so until someone clicks.
    await page.goto(`${server.url}/console/#/members/${centre.members.get('张桂兰')}`);
    // Only the address's #part changed: reload, as a person pressing F5 would.
    await page.reload();
    const soundBar = page.getByRole('button', { name: '点这里打开提醒声音' });
    await soundBar.waitFor();
    await check(page, 'help-sound-bar');
    await soundBar.click();
    await soundBar.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: '张桂兰 的全部服务请求' }).click();
    await page.getByText('张桂兰 的全部服务请求。').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await check(page, 'help-request-history');

    // The report of the month, and its CSV.
    await menu(page, '呼叫统计');
    await heading(page, '呼叫统计').waitFor();
    await page.locator('[data-table="requests"] tr[data-category="cleaning"]').waitFor();
    expect(
      await page
        .locator('[data-table="requests"] tr[data-category="cleaning"] [data-status="done"]')
        .textContent(),
    ).toBe('1');
    await check(page, 'help-report');
    const csvHref = await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href');
    const csv = await fetch(`${server.url}${csvHref}`, { headers: { cookie: centre.adminCookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(b.takeProblems().pageErrors).toEqual([]);
  });
});
