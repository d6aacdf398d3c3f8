/**
 * `npm run bench:soak`: a kiosk's day. One enrolled kiosk in real Chromium goes round every flow
 * again and again — attract, home, about the centre, an emergency cancelled in its countdown, a
 * help request sent, read in "my requests" and cancelled, a meal booked, read in "my meals" and
 * cancelled, a call for staff, "I'm done" — for BENCH_SOAK_CHANGES screen changes (default
 * 5,000), against the real centre server with the demo members and a canteen open every day.
 *
 * The kiosk's clock is Playwright's (page.clock): each touch is followed by 700 ms of kiosk time,
 * past the 600 ms in which the kiosk ignores a second touch, without waiting it out for real, so
 * a day's screens pass in minutes; timers, idle counts and the sync loop run on that clock.
 *
 * Every BENCH_SOAK_SAMPLE changes (default 500), back on the attract screen, it forces a garbage
 * collection (CDP HeapProfiler.collectGarbage) and records the JS heap in use
 * (Runtime.getHeapUsage) and the DOM nodes, documents and event listeners
 * (Memory.getDOMCounters). The start is the first sample after one whole round (every lazy chunk
 * loaded once). Targets: the heap grows ≤ 5 MB; nodes and listeners end at their starting level.
 * Prints the figures beside their targets and writes tests/bench/results/soak.json; it never
 * fails on a figure (the exit code is non-zero only when the soak itself could not run).
 *
 * Environment: BENCH_SOAK_CHANGES, BENCH_SOAK_SAMPLE, CHROME_PATH, BENCH_SKIP_BUILD=1 (serve dist/
 * from `npm run build` instead of a fresh production build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchKiosk, TAP_PAUSE_MS, tap } from '../e2e/support/browser';
import { enrollmentCode } from '../e2e/support/centre-admin';
import { ensureChromium } from '../e2e/support/chromium';
import {
  buildKiosk,
  DEFAULT_DIST_DIR,
  REPO_ROOT,
  type ServerHandle,
  startServer,
} from '../e2e/support/server';
import { canteenConfigDir } from './support/canteen-config';

const RESULTS = resolve(REPO_ROOT, 'tests/bench/results/soak.json');
const CHANGES = Number(process.env.BENCH_SOAK_CHANGES ?? 5000);
const SAMPLE_EVERY = Number(process.env.BENCH_SOAK_SAMPLE ?? 500);
/** Kiosk time after each touch: past the kiosk's 600 ms repeat window, as an elder taps. */
const AFTER_TOUCH_MS = 700;
/** How long (page clock) a sample is read again until two readings agree. */
const SETTLE_S = 5;
const HEAP_GROWTH_TARGET_MB = 5;
const CARD = '10001';

/** One screen change: a touch on a button (by accessible name) or a card read, then what shows. */
interface Step {
  tap?: RegExp;
  card?: string;
  /** The next screen is there when a heading, or failing that any text, matches this. */
  shows: RegExp;
  /** Kiosk and real time to wait for it (server answers take real time). */
  timeoutMs?: number;
}

/** One round of every flow, from the attract screen back to it. */
const ROUND: Step[] = [
  { tap: /请触摸屏幕开始/, shows: /您想做什么/ },
  { tap: /^中心信息$/, shows: /电话|地址|开放时间/ },
  { tap: /^首页$/, shows: /您想做什么/ },
  { tap: /^紧急呼叫$/, shows: /取消，不呼叫/ },
  { tap: /^取消，不呼叫$/, shows: /您想做什么/ },
  { tap: /^呼叫帮助$/, shows: /助洁打扫/ },
  { tap: /^助洁打扫$/, shows: /明天/ },
  { tap: /^明天$/, shows: /到我家里/ },
  { tap: /^到我家里$/, shows: /请刷卡或输入卡号/ },
  { card: CARD, shows: /请确认/ },
  { tap: /^是，发送$/, shows: /请求已送到/, timeoutMs: 20_000 },
  { tap: /^我的请求$/, shows: /已收到，正在安排/, timeoutMs: 20_000 },
  { tap: /取消：/, shows: /要取消/ },
  { tap: /^是，取消$/, shows: /请求已取消/, timeoutMs: 20_000 },
  { tap: /^我用完了$/, shows: /请触摸屏幕开始/ },
  { tap: /请触摸屏幕开始/, shows: /您想做什么/ },
  { tap: /^订餐/, shows: /请刷卡或输入卡号/ },
  { card: CARD, shows: /您好/ },
  { tap: /^订餐/, shows: /订哪一天、哪一餐/, timeoutMs: 20_000 },
  { tap: /明天午餐/, shows: /选一份饭菜/ },
  { tap: /鸡蛋羹软饭套餐/, shows: /在哪里吃/ },
  { tap: /堂食/, shows: /是这样订吗/ },
  { tap: /^是$/, shows: /^订好了$/, timeoutMs: 30_000 },
  { tap: /^我的订餐$/, shows: /已订好/, timeoutMs: 20_000 },
  { tap: /取消明天午餐/, shows: /要取消这一餐吗/ },
  { tap: /^是，取消$/, shows: /已经取消了/, timeoutMs: 20_000 },
  { tap: /^呼叫工作人员$/, shows: /已通知工作人员/, timeoutMs: 20_000 },
  { tap: /^我用完了$/, shows: /请触摸屏幕开始/ },
];

interface Sample {
  changes: number;
  heapMb: number;
  nodes: number;
  listeners: number;
  documents: number;
  /** The page-clock seconds until two readings agreed (the one kept is the last). */
  settledAfterS?: number;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** Is `pattern` on screen: in a heading, or failing that in any text? */
function showing(page: Page, pattern: RegExp): Promise<boolean> {
  return page.evaluate(`(() => {
    const pattern = new RegExp(${JSON.stringify(pattern.source)});
    const text = (el) => (el.textContent || '').replace(/\\s+/g, ' ').trim();
    const headings = [...document.querySelectorAll('h1, h2, h3, [role=heading]')].map(text);
    if (headings.some((h) => pattern.test(h))) return true;
    return [...document.querySelectorAll('button, p, span, li, div')].some(
      (el) => el.children.length === 0 && pattern.test(text(el)),
    );
  })()`) as Promise<boolean>;
}

/** Runs kiosk time on in small steps until `pattern` shows (server answers come in real time). */
async function waitFor(page: Page, pattern: RegExp, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await showing(page, pattern))) {
    if (Date.now() > deadline) throw new Error(`${what}: ${pattern} never showed`);
    await page.clock.runFor(50);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A finger on the button: touch events through Chromium's input pipeline, then kiosk time. */
async function touch(cdp: CDPSession, page: Page, name: RegExp) {
  const target = page.getByRole('button', { name }).first();
  await target.waitFor({ state: 'visible', timeout: 10_000 });
  // A long list (every request of the day) may hold it below the fold: scroll it up, as staff
  // would show the elder.
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`nothing to touch for ${name}`);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** What a USB card reader does: the number and Enter as a burst of keys. */
async function readCard(page: Page, card: string) {
  await page.evaluate(`(() => {
    const target = document.activeElement || document.body;
    for (const key of ${JSON.stringify([...card, 'Enter'])})
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  })()`);
}

/**
 * Enroll as staff do, in real time (before the kiosk's clock is Playwright's): five quick taps on
 * the centre's name open the enrollment code screen; then wait until the roster of 12 is in.
 */
async function enroll(page: Page, server: ServerHandle) {
  await tap(page, /请触摸屏幕开始/);
  await page
    .getByRole('heading', { name: /您想做什么/ })
    .first()
    .waitFor();
  const name = page.locator('.header-bar__centre');
  for (let i = 0; i < 5; i++) await name.tap();
  await page.getByRole('heading', { level: 1, name: /登记这台机器/ }).waitFor();
  for (const digit of await enrollmentCode(server, 'soak')) {
    await tap(page, digit);
    // A code may repeat a digit: past the repeat window after every key.
    await page.waitForTimeout(TAP_PAUSE_MS);
  }
  await tap(page, '登记');
  await page
    .getByText(/名单刚刚更新，共 12 人/)
    .first()
    .waitFor({ timeout: 60_000 });
}

/** Heap after a forced GC, and the DOM's counters. */
async function sample(cdp: CDPSession, changes: number): Promise<Sample> {
  // Twice: objects freed by the first collection's finalizers go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as {
    documents: number;
    nodes: number;
    jsEventListeners: number;
  };
  return {
    changes,
    heapMb: round(heap.usedSize / 2 ** 20),
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
  };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const started = Date.now();
  const loadAtStart = os.loadavg().map((l) => round(l, 2));
  const chromePath = ensureChromium();
  const ownBuild = process.env.BENCH_SKIP_BUILD !== '1';
  const distDir = ownBuild ? buildKiosk() : DEFAULT_DIST_DIR;
  if (!existsSync(resolve(distDir, 'index.html')))
    throw new Error(`no build in ${distDir}: run npm run build`);
  const canteen = canteenConfigDir();
  const server = await startServer({ distDir, configDir: canteen.dir, timeoutMs: 120_000 });
  const kiosk = await launchKiosk({
    orientation: 'landscape',
    executablePath: chromePath,
    baseURL: server.url,
    timeoutMs: 30_000,
  });
  const samples: Sample[] = [];
  let changes = 0;
  let rounds = 0;
  // A step that never shows ends the soak, but what was sampled until then is still written.
  let stoppedBy: string | null = null;
  try {
    const { page } = kiosk;
    await kiosk.goto('/');
    console.log('soak: enrolling the kiosk through its staff screen');
    await enroll(page, server);
    // From here the kiosk runs on Playwright's clock (installed before the page's scripts).
    await page.clock.install();
    await kiosk.goto('/');
    const cdp = await page.context().newCDPSession(page);
    await waitFor(page, /请触摸屏幕开始/, 30_000, 'start');
    let nextSample = 0;
    console.log(`soak: ${CHANGES} screen changes, a sample every ${SAMPLE_EVERY}`);
    while (changes < CHANGES && !stoppedBy) {
      for (const [i, step] of ROUND.entries()) {
        const what = `round ${rounds + 1}, step ${i + 1}`;
        try {
          if (step.tap) await touch(cdp, page, step.tap);
          else await readCard(page, step.card as string);
          await page.clock.runFor(AFTER_TOUCH_MS);
          await waitFor(page, step.shows, step.timeoutMs ?? 10_000, what);
        } catch (error) {
          stoppedBy =
            error instanceof Error ? (error.message.split('\n')[0] ?? what) : String(error);
          console.error(`soak: stopped at ${what}: ${stoppedBy}`);
          break;
        }
        changes++;
      }
      if (stoppedBy) break;
      rounds++;
      // Back on the attract screen: the same screen at every sample. The first, after one whole
      // round, is the starting level.
      if (rounds === 1 || changes >= nextSample || changes >= CHANGES) {
        let s = await sample(cdp, changes);
        // Listeners held only for a moment on return to the attract screen (the last screen's
        // leave, a chunk still arriving) are no leak: earlier soaks read 761 and 178 listeners
        // once, then 152 again, and one such moment at the last sample read as a miss. So each
        // sample is read again as the page's clock runs on, a second at a time, until two
        // readings agree (SETTLE_S at most); a leak stays where it is. The page's clock is the
        // test's, but the database and the network keep real time (a soak at load 3 ended on
        // 373, having read 309 and 301 earlier and 152 after each: most likely a pull's writes
        // in flight, which hold listeners per request), so each step also waits a real second.
        let settledAfter = 0;
        for (;;) {
          await page.clock.runFor(1000);
          await page.waitForTimeout(1000);
          settledAfter++;
          const again = await sample(cdp, changes);
          const same = again.listeners === s.listeners && again.nodes === s.nodes;
          s = { ...again, settledAfterS: settledAfter };
          if (same || settledAfter >= SETTLE_S) break;
        }
        samples.push(s);
        console.log(
          `soak: ${s.changes} changes: heap ${s.heapMb} MB, ${s.nodes} nodes, ${s.listeners} listeners, ${s.documents} documents (steady after ${settledAfter} s)`,
        );
        nextSample = (Math.floor(changes / SAMPLE_EVERY) + 1) * SAMPLE_EVERY;
      }
    }
    await cdp.detach().catch(() => undefined);
  } finally {
    await kiosk.close();
    await server.stopAndRemoveData();
    canteen.remove();
  }

  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) throw new Error('no samples taken');
  const growth = round(last.heapMb - first.heapMb);
  const figures = [
    {
      figure: `JS heap growth after forced GC (${first.changes} → ${last.changes} changes)`,
      value: growth,
      unit: 'MB',
      target: `≤ ${HEAP_GROWTH_TARGET_MB} MB`,
      meets: growth <= HEAP_GROWTH_TARGET_MB,
    },
    {
      figure: 'DOM nodes, start → end',
      value: last.nodes - first.nodes,
      unit: `(${first.nodes} → ${last.nodes})`,
      target: 'back to the start (≤ 0)',
      meets: last.nodes <= first.nodes,
    },
    {
      figure: 'JS event listeners, start → end',
      value: last.listeners - first.listeners,
      unit: `(${first.listeners} → ${last.listeners})`,
      target: 'back to the start (≤ 0)',
      meets: last.listeners <= first.listeners,
    },
  ];
  console.log(
    `\nsoak: ${changes} screen changes in ${rounds} rounds of every flow${stoppedBy ? ` (STOPPED EARLY: ${stoppedBy})` : ''}`,
  );
  for (const f of figures)
    console.log(
      `  ${f.figure}: ${f.value} ${f.unit}   target ${f.target}   ${f.meets ? 'ok' : 'MISS'}`,
    );
  console.log(`  load average at the start ${loadAtStart.join(' / ')}`);
  const result = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? null,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
      node: process.version,
    },
    settings: {
      changes: CHANGES,
      sampleEvery: SAMPLE_EVERY,
      kioskTimeAfterTouchMs: AFTER_TOUCH_MS,
      stepsPerRound: ROUND.length,
    },
    changes,
    rounds,
    stoppedBy,
    figures,
    samples,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`soak: wrote ${RESULTS} in ${result.durationSeconds} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
