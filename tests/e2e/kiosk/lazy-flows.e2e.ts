/**
 * Flows load on demand (issue #16): the first load holds the shell, attract, home, Emergency and
 * 呼叫工作人员 with the outbox, and every other screen arrives as its flow's chunk. Here nothing
 * but the first load and the sync loop (fetched at boot, right after the first paint) can be
 * fetched — every other chunk of the build fails — and still 呼叫工作人员 and an emergency call
 * reach the centre; a flow that cannot be fetched says so in elder words with 回到首页 (never a
 * blank screen), and opens once it can be fetched again. And when the sync loop's own chunk
 * cannot be fetched, an emergency call is stored at once, the screen says it has not reached
 * anyone, and the call goes (once) as soon as the chunk arrives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { firstLoadFiles } from '../../bench/support/first-load';
import { expectNoViolations } from '../support/axe';
import { type Kiosk, launchKiosk } from '../support/browser';
import { type ServerHandle, startServer } from '../support/server';
import { enrollThroughStaffScreen, exactName, startSession, tapButton } from './kiosk-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

/** The first load's scripts: index.html's and the chunks its start script runs, as paths. */
function firstLoad(): Set<string> {
  return new Set(
    [...firstLoadFiles(null, distDir)].filter((f) => f.endsWith('.js')).map((f) => `/${f}`),
  );
}

/** The sync loop's chunk (`import('./sync')` in src/kiosk/offline/offline.ts), as a path. */
function senderChunk(): string {
  const found = readdirSync(join(distDir, 'assets')).filter((f) => /^sync-[\w-]{8}\.js$/.test(f));
  expect(found).toHaveLength(1);
  return `/assets/${found[0]}`;
}

/** `files` and every chunk they import statically, as the browser fetches them with them. */
function withStaticImports(files: Iterable<string>): Set<string> {
  const all = new Set(files);
  const queue = [...all];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const text = readFileSync(join(distDir, file), 'utf8');
    // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
    for (const match of text.matchAll(
      /import\s*(?:[^"'();]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g,
    )) {
      const path = `/assets/${match[1]}`;
      if (match[1] && !all.has(path)) {
        all.add(path);
        queue.push(path);
      }
    }
  }
  return all;
}

/** Words built from several translated pieces: allow the audit's markers between characters. */
function loose(words: string): RegExp {
  const any = '[\\u2063\\u2064]*';
  return new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(any));
}

const heading = (page: Page, name: string | RegExp, timeout?: number) =>
  page
    .getByRole('heading', { level: 1, name: typeof name === 'string' ? exactName(name) : name })
    .first()
    .waitFor(timeout ? { timeout } : {});

function calls(handle: ServerHandle) {
  const db = new Database(join(tmpdir(), `nuanxin-e2e-${handle.port}.db`), { readonly: true });
  try {
    return db.prepare('SELECT kind, status FROM help_calls ORDER BY received_at').all() as {
      kind: string;
      status: string;
    }[];
  } finally {
    db.close();
  }
}

/** Presses of emergency calls the centre has taken (a press while a call is open joins it). */
function emergencyPresses(handle: ServerHandle): number {
  const db = new Database(join(tmpdir(), `nuanxin-e2e-${handle.port}.db`), { readonly: true });
  try {
    const row = db
      .prepare("SELECT COALESCE(SUM(presses), 0) AS n FROM help_calls WHERE kind = 'emergency'")
      .get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

const enrolled = new WeakSet<Kiosk>();

/** Enrolled once, while every chunk can still be fetched (the staff screens are a flow too). */
async function enrollOnce(kiosk: Kiosk, server: ServerHandle): Promise<void> {
  if (enrolled.has(kiosk)) return;
  await enrollThroughStaffScreen(kiosk, server, '大厅 1');
  enrolled.add(kiosk);
}

/**
 * From now on only the first load arrives: any other chunk of the build fails to fetch. Then a
 * fresh start (the chunks fetched before are gone with the page) and a session, whose start
 * fetches every flow: all of them fail.
 */
async function startWithOnlyTheFirstLoad(
  kiosk: Kiosk,
  server: ServerHandle,
  failed: string[],
): Promise<void> {
  await enrollOnce(kiosk, server);
  expect(firstLoad().size).toBeGreaterThan(0);
  // The first load, and the sync loop boot fetches once the first screen is drawn.
  const allowed = withStaticImports([...firstLoad(), senderChunk()]);
  failed.length = 0;
  await kiosk.page.route('**/assets/*.js', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (allowed.has(path)) return route.continue();
    failed.push(path);
    return route.abort('failed');
  });
  await kiosk.goto('/', { 'i18n-audit': 1 });
  await startSession(kiosk, 1);
  await expect.poll(() => failed.length).toBeGreaterThan(0);
}

describe('flows loaded on demand', () => {
  let server: ServerHandle;
  let kiosk: Kiosk;
  const failed: string[] = [];

  beforeAll(async () => {
    server = await startServer({ distDir });
    kiosk = await launchKiosk({
      orientation: 'landscape',
      baseURL: server.url,
      executablePath,
      serviceWorkers: 'block',
    });
  });
  afterAll(async () => {
    await kiosk?.close();
    await server?.stopAndRemoveData();
  });

  test('a flow that cannot be fetched says so, with 回到首页; it opens once it can be', async () => {
    const { page } = kiosk;
    await startWithOnlyTheFirstLoad(kiosk, server, failed);
    await tapButton(page, '中心信息');
    await heading(page, '这一项现在打不开。');
    await page.getByTestId('screen-load-failed').getByRole('alert').waitFor();
    // The frame stays: help is one press away on this screen too.
    await page
      .getByRole('button', { name: exactName('紧急呼叫') })
      .first()
      .waitFor();
    await page
      .getByRole('button', { name: exactName('呼叫工作人员') })
      .first()
      .waitFor();
    await expectNoViolations(page, 'chunk failed');
    await tapButton(page, '回到首页');
    await heading(page, '您想做什么？');

    // The network is back: the same button fetches the flow again and opens it.
    await page.unroute('**/assets/*.js');
    await tapButton(page, '中心信息');
    await heading(page, '中心信息');
    await tapButton(page, '首页');
    await heading(page, '您想做什么？');
  });

  test('呼叫工作人员 and an emergency call reach the centre with no flow chunk', async () => {
    const { page } = kiosk;
    await startWithOnlyTheFirstLoad(kiosk, server, failed);

    await tapButton(page, '呼叫工作人员');
    await heading(page, loose('已通知工作人员'), 30_000);
    await expect
      .poll(() => calls(server).filter((c) => c.kind === 'staff').length, { timeout: 15_000 })
      .toBe(1);
    await tapButton(page, '首页');
    await heading(page, '您想做什么？');

    await tapButton(page, '紧急呼叫');
    await page.getByText(loose('秒后呼叫工作人员')).first().waitFor();
    await heading(page, loose('已通知工作人员'), 30_000);
    await expect
      .poll(
        () => calls(server).filter((c) => c.kind === 'emergency' && c.status === 'open').length,
        { timeout: 15_000 },
      )
      .toBe(1);
    // The failed fetches are logged by the page on purpose; they are not what this test checks.
    kiosk.takeProblems();
  });

  test('an emergency call made before the sync loop arrives goes, once, as soon as it does', async () => {
    const { page } = kiosk;
    await enrollOnce(kiosk, server);
    await page.unroute('**/assets/*.js');
    const sender = senderChunk();
    let blocked = 0;
    await page.route(`**${sender}`, (route) => {
      blocked += 1;
      return route.abort('failed');
    });
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await startSession(kiosk, 1);
    await expect.poll(() => blocked).toBeGreaterThan(0);
    const before = emergencyPresses(server);

    await tapButton(page, '紧急呼叫');
    await page.getByText(loose('秒后呼叫工作人员')).first().waitFor();
    // Stored, not sent: the screen says so at once, with the phones and that it keeps trying.
    await heading(page, loose('现在联系不上工作人员'), 15_000);
    await page.getByText(loose('这台机器会一直自动再试')).first().waitFor();
    expect(emergencyPresses(server)).toBe(before);

    // The chunk can be fetched again: the loop arrives on its next try and sends the call.
    await page.unroute(`**${sender}`);
    await heading(page, loose('已通知工作人员'), 30_000);
    await expect.poll(() => emergencyPresses(server), { timeout: 15_000 }).toBe(before + 1);
    // Still one press a moment later: the call was sent once, not once per try.
    await page.waitForTimeout(1000);
    expect(emergencyPresses(server)).toBe(before + 1);
    kiosk.takeProblems();
  });
});
