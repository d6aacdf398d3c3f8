/**
 * `npm run bench`: how fast the kiosk is, measured on the real build, the real centre server and
 * real headless Chromium. Prints a table (figure / value / target) and writes
 * tests/bench/results/kiosk.json. It never fails on a slow figure: timings are reported, not
 * asserted. It fails (exit code 1, loudly) when the initial JS is over its 50 KB budget, a size
 * that does not drift with the machine's load, or when the bench itself could not run.
 *
 * Figures:
 *  - initial JS / CSS of the kiosk page: the entry chunk, its static imports and their CSS
 *    (from the Vite manifest, cross-checked with dist/index.html), minified + gzip -9; and the
 *    bundle visualiser (support/bundle-report.ts): every chunk's gzip size and the biggest
 *    modules of the first load's chunks → tests/bench/results/kiosk-bundle.json;
 *  - the reference page (tests/bench/reference: Preact + signals drawing a heading and four
 *    buttons, built by the same Vite setup) served in the same run, and Lighthouse on both, run
 *    by run in turn, under three profiles (support/load-profiles.ts): the mobile profile (4×
 *    CPU), the kiosk's own screen (1920×1080, 4× CPU) and a low-end kiosk (1920×1080, 6× CPU):
 *    performance, LCP and TBT with the kiosk's LCP as a ratio to the reference page's (median of
 *    BENCH_LH_RUNS runs; accessibility, best practices and CLS on the mobile profile);
 *  - start on a low-end kiosk in real Chromium (1920×1080, CPU slowed 6×): navigation → first
 *    screen drawn (`kiosk-interactive`), cold for the kiosk and the reference page, and from the
 *    kiosk's service worker, with the ratios (BENCH_START_RUNS runs each);
 *  - offline start: after one online load the service worker controls the page; the centre
 *    server is stopped and the browser set offline; each reload is timed from navigation start
 *    to the app's `performance.mark('kiosk-interactive')` (fallback: first child of #app);
 *  - taps on a settled kiosk (once its warm-up has run, src/kiosk/app/warm-up.ts; touch events
 *    through Chromium's real input pipeline, attract → home, then home → the first job → Back,
 *    BENCH_TAPS times): tap → pressed state painted (Event Timing duration of
 *    the pointerdown, and whether [data-pressed] was set before the first frame), tap → next
 *    screen painted (Event Timing duration of the pointerup that navigates), and the app's own
 *    marks (pointerup → `screen-change`, `nav-start` → `screen-change`);
 *  - the meal flow (support/meal-flow.ts; its own server with the demo canteen, lunch every
 *    day): taps and screens from attract to "订好了" for a first booking and for a returning
 *    elder's usual meal (≤ 4 taps), and every screen change in them: trigger → screen painted
 *    (median, max), trigger → the next button on screen, and 是 → the server's "订好了".
 *
 * Each figure is printed beside its target. Where the bench holds a figure to more than #16 asks
 * (performance and TBT on the 1920×1080 profiles, the low-end start ratios), the target is marked
 * as the team's aim, and a miss is reported as short of it, apart from the issue's own targets.
 *
 * Environment: BENCH_LH_RUNS (default 5 for the phone profile, the median of five as Lighthouse
 * advises, and 9 for the two 1920×1080 profiles: there both pages paint in about 400 ms, so one
 * run's 100 ms of drift moves the LCP ratio by 0.25, and five runs' median moved it by 0.3 from
 * bench to bench on the same code; TBT on these shared machines varies several-fold too),
 * BENCH_TAPS (default 5), BENCH_OFFLINE_RUNS (default 5), BENCH_START_RUNS (default 3),
 * CHROME_PATH, BENCH_SKIP_BUILD=1 (measure and serve dist/ from `npm run build` instead of a fresh
 * production build in a temp folder).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { ensureServiceWorkerControl, type Kiosk, launchKiosk } from '../e2e/support/browser';
import { chromiumVersion, ensureChromium } from '../e2e/support/chromium';
import {
  buildKiosk,
  DEFAULT_DIST_DIR,
  REPO_ROOT,
  type ServerHandle,
  startServer,
} from '../e2e/support/server';
import { printBundleReport, readBundleReport } from './support/bundle-report';
import { firstLoadFiles, readManifest } from './support/first-load';
import {
  coldStarts,
  type LighthouseRun,
  LOAD_PROFILES,
  type LoadProfile,
  runLighthouse,
  serviceWorkerStarts,
} from './support/load-profiles';
import {
  type FlowRun,
  type MealFlowResult,
  measureMealFlow,
  type StepTiming,
} from './support/meal-flow';
import { pollPage, settled } from './support/poll';
import { buildReference, serveStatic } from './support/reference-page';
import { touch } from './support/touch';

const RESULTS = resolve(REPO_ROOT, 'tests/bench/results/kiosk.json');
const BUNDLE_RESULTS = resolve(REPO_ROOT, 'tests/bench/results/kiosk-bundle.json');
const LIGHTHOUSE_REPORT = resolve(REPO_ROOT, 'tests/report/lighthouse.json');
/** Lighthouse runs of each page under `profile` (see the environment above). */
const lighthouseRuns = (profile: LoadProfile) =>
  Number(process.env.BENCH_LH_RUNS ?? (profile.id === 'mobile' ? 5 : 9));
const TAPS = Number(process.env.BENCH_TAPS ?? 5);
const OFFLINE_RUNS = Number(process.env.BENCH_OFFLINE_RUNS ?? 5);
const START_RUNS = Number(process.env.BENCH_START_RUNS ?? 3);
/** The low-end kiosk's CPU slowdown for the start times in real Chromium. */
const LOW_END_CPU = 6;
/** The first load's budget: index.html's module script and modulepreloads, gzip. */
const INITIAL_JS_BUDGET_KB = 50;
/** The kiosk's LCP may be at most this many times the reference page's, in the same run. */
const LCP_RATIO_TARGET = 1.3;
const BENCH_DEADLINE_MS = 25 * 60_000;

interface Figure {
  figure: string;
  value: number | null;
  unit: string;
  target: string;
  /** true / false against the target, null when not measured. */
  meets: boolean | null;
  note?: string;
  /**
   * A target stricter than its issue asks (#16 sets LCP ≤ 1.3× the reference on the 1920×1080
   * profiles, and TBT and performance on the phone profile only): the team's own aim, printed as
   * such, so that a miss is not read as the issue's.
   */
  aim?: true;
}

const figures: Figure[] = [];
function record(
  figure: string,
  value: number | null,
  unit: string,
  target: string,
  meets: (v: number) => boolean,
  note?: string,
  aim?: 'aim',
) {
  figures.push({
    figure,
    value,
    unit,
    target,
    meets: value === null ? null : meets(value),
    ...(note ? { note } : {}),
    ...(aim ? { aim: true as const } : {}),
  });
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const round = (n: number | null, digits = 1) => (n === null ? null : Number(n.toFixed(digits)));
const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

// ───────────────────────────── initial JS and CSS ─────────────────────────────

function measureInitialBundle(distDir: string) {
  // What the built index.html asks for at start, and what that imports by the manifest.
  const files = firstLoadFiles(readManifest(distDir), distDir);

  const sizes = {
    js: { raw: 0, gzip: 0, files: [] as string[] },
    css: { raw: 0, gzip: 0, files: [] as string[] },
  };
  for (const file of [...files].sort()) {
    const path = resolve(distDir, file);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    const kind = file.endsWith('.css') ? sizes.css : file.endsWith('.js') ? sizes.js : null;
    if (!kind) continue;
    kind.raw += bytes.length;
    const gzip = gzipSync(bytes, { level: 9 }).length;
    kind.gzip += gzip;
    kind.files.push(`${file} (${(gzip / 1024).toFixed(1)} KB gzip)`);
  }
  return sizes;
}

// ───────────────────────────── in-page probes ─────────────────────────────

/**
 * Installed before any page script runs. A string, not a function: tsx keeps function names with
 * a helper that does not exist in the page.
 */
const PROBE = `
(() => {
  const bench = (window.__bench = { downs: [], ups: [], events: [], appChildAt: null });
  document.addEventListener('pointerdown', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => {
      // In the first animation frame after the touch: is the pressed state already set?
      const pressed = document.querySelector('[data-pressed]') !== null;
      bench.downs.push({ t0, frame: performance.now(), pressed });
    });
  }, { capture: true });
  document.addEventListener('pointerup', (e) => bench.ups.push(e.timeStamp), { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.events.push({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          inputDelay: e.processingStart - e.startTime,
          processing: e.processingEnd - e.processingStart,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const watch = () => {
    const app = document.getElementById('app');
    if (!app) return false;
    const seen = () => { if (bench.appChildAt === null && app.firstElementChild) bench.appChildAt = performance.now(); };
    seen();
    new MutationObserver(seen).observe(app, { childList: true });
    return true;
  };
  if (!watch()) document.addEventListener('DOMContentLoaded', watch, { once: true });
})();
`;

interface Probe {
  downs: { t0: number; frame: number; pressed: boolean }[];
  ups: number[];
  events: {
    name: string;
    start: number;
    duration: number;
    inputDelay: number;
    processing: number;
  }[];
  appChildAt: number | null;
}

const readProbe = (page: Page) => page.evaluate('window.__bench') as Promise<Probe>;
const marks = (page: Page, name: string) =>
  page.evaluate(
    `performance.getEntriesByName(${JSON.stringify(name)}, 'mark').map((m) => m.startTime)`,
  ) as Promise<number[]>;

/** Time from navigation start to interactive: the app's mark, or the first child of #app. */
async function timeToInteractive(page: Page): Promise<{ ms: number; source: string }> {
  try {
    const ms = await pollPage<number>(
      page,
      `performance.getEntriesByName('kiosk-interactive', 'mark')[0]?.startTime ?? null`,
      10_000,
      50,
    );
    return { ms, source: 'mark kiosk-interactive' };
  } catch {
    const ms = await pollPage<number>(
      page,
      '(window.__bench && window.__bench.appChildAt) ?? null',
      10_000,
    );
    return { ms, source: '#app first child (no kiosk-interactive mark)' };
  }
}

// ───────────────────────────── offline start ─────────────────────────────

async function measureOfflineStart(server: ServerHandle, chromePath: string) {
  const kiosk = await launchKiosk({
    orientation: 'landscape',
    executablePath: chromePath,
    baseURL: server.url,
  });
  try {
    await kiosk.context.addInitScript({ content: PROBE });
    await kiosk.goto('/');
    await timeToInteractive(kiosk.page);
    await ensureServiceWorkerControl(kiosk.page);
    await timeToInteractive(kiosk.page);

    // The centre goes away: the server stops and the kiosk's network is down.
    await server.stop();
    await kiosk.context.setOffline(true);
    const times: number[] = [];
    let source = '';
    let fromServiceWorker = true;
    for (let i = 0; i < OFFLINE_RUNS; i++) {
      const response = await kiosk.page.reload({ waitUntil: 'load' });
      fromServiceWorker &&= response?.fromServiceWorker() ?? false;
      const result = await timeToInteractive(kiosk.page);
      times.push(result.ms);
      source = result.source;
    }
    const problems = kiosk.takeProblems();
    return { times, source, fromServiceWorker, problems };
  } finally {
    await kiosk.close();
  }
}

// ───────────────────────────── taps ─────────────────────────────

async function measureTaps(server: ServerHandle, chromePath: string) {
  const kiosk: Kiosk = await launchKiosk({
    orientation: 'landscape',
    executablePath: chromePath,
    baseURL: server.url,
  });
  try {
    await kiosk.context.addInitScript({ content: PROBE });
    await kiosk.goto('/');
    await timeToInteractive(kiosk.page);
    // Touches on a settled kiosk, as when an elder walks up to one standing on its attract screen.
    await settled(kiosk.page);
    const page = kiosk.page;
    const cdp = await kiosk.context.newCDPSession(page);

    const screenChanges: number[] = [];
    const navToScreen: number[] = [];
    const pressedPaints: number[] = [];
    const screenPaints: number[] = [];
    let pressedInFirstFrame = true;
    let belowThreshold = 0;
    const notes: string[] = [];
    /**
     * Event Timing: from the touch to the next paint after its handlers ran, for the event with
     * this timestamp. Entries under 16 ms are not reported: those count as 16 (an upper bound).
     */
    const paintAfter = (probe: Probe, name: string, timeStamp: number): number => {
      const entry = probe.events.find((e) => e.name === name && Math.abs(e.start - timeStamp) < 2);
      if (entry) return entry.duration;
      belowThreshold++;
      return 16;
    };

    /** Tap, wait for the next screen, and collect this tap's figures. */
    const step = async (target: Locator, expectScreen: boolean) => {
      const before = await readProbe(page);
      const marksBefore = (await marks(page, 'screen-change')).length;
      await touch(cdp, page, target);
      if (expectScreen) {
        await pollPage(
          page,
          `performance.getEntriesByName('screen-change', 'mark').length > ${marksBefore}`,
          5000,
        ).catch((error) =>
          notes.push(`no screen-change mark after tapping ${target}: ${errorText(error)}`),
        );
      }
      await page.waitForTimeout(250);
      const after = await readProbe(page);
      const down = after.downs[before.downs.length];
      if (down) {
        pressedPaints.push(paintAfter(after, 'pointerdown', down.t0));
        if (!down.pressed) pressedInFirstFrame = false;
      }
      const up = after.ups[before.ups.length];
      if (expectScreen && up !== undefined) {
        screenPaints.push(paintAfter(after, 'pointerup', up));
        const change = (await marks(page, 'screen-change')).find((t) => t > up);
        if (change !== undefined) screenChanges.push(change - up);
        const navStart = (await marks(page, 'nav-start')).find((t) => t > up);
        if (change !== undefined && navStart !== undefined) navToScreen.push(change - navStart);
      }
      // Past the repeat-rejection window (600 ms by default) before the next tap.
      await page.waitForTimeout(700);
    };

    const back = page.getByRole('button', { name: /^(返回|Back)$/ });
    // By name: the attract screen's first button is its own 紧急呼叫 target, not the start.
    await step(page.getByRole('button', { name: /请触摸屏幕开始|Touch the screen/ }), true); // attract → home
    for (let i = 0; i < TAPS; i++) {
      await step(page.locator('.choice-grid button').first(), true); // home → the first job
      await step(back, true); // Back → home
    }

    const probe = await readProbe(page);
    const eventDurations = (name: string) =>
      probe.events.filter((e) => e.name === name).map((e) => e.duration);
    const breakdown = (name: string) => {
      const entries = probe.events.filter((e) => e.name === name);
      if (entries.length === 0) return null;
      return {
        count: entries.length,
        medianDuration: median(entries.map((e) => e.duration)),
        medianInputDelay: round(median(entries.map((e) => e.inputDelay))),
        medianProcessing: round(median(entries.map((e) => e.processing))),
      };
    };
    return {
      screenChanges,
      navToScreen,
      pressedPaints,
      screenPaints,
      pressedInFirstFrame,
      belowThreshold,
      slowEvents: {
        pointerdown: eventDurations('pointerdown'),
        pointerup: eventDurations('pointerup'),
        click: eventDurations('click'),
      },
      eventTiming: {
        pointerdown: breakdown('pointerdown'),
        pointerup: breakdown('pointerup'),
        click: breakdown('click'),
      },
      notes,
      problems: kiosk.takeProblems(),
    };
  } finally {
    await kiosk.close();
  }
}

// ───────────────────────────── the meal flow ─────────────────────────────

function recordMealFlow({ first, usual }: MealFlowResult) {
  const path = (run: FlowRun) => run.screenIds.join(' → ');
  record(
    'meal flow: taps attract → saved, usual meal (returning elder)',
    usual.taps,
    '',
    '≤ 4',
    (v) => v <= 4,
    `${usual.screens} screens: ${path(usual)} (the card read is not a tap)`,
  );
  record('meal flow: screens attract → saved, usual meal', usual.screens, '', '–', () => true);
  record(
    'meal flow: taps attract → saved, first booking',
    first.taps,
    '',
    '–',
    () => true,
    `${first.screens} screens: ${path(first)}`,
  );
  record('meal flow: screens attract → saved, first booking', first.screens, '', '–', () => true);
  const steps = [...first.steps, ...usual.steps];
  const describe = (s: StepTiming, ms: number | null) => `${s.step} ${ms} ms`;
  const changes = steps.filter((s) => s.screenMs !== null);
  const screenMs = changes.map((s) => s.screenMs as number);
  record(
    'meal flow: tap → next screen painted (median)',
    round(median(screenMs)),
    'ms',
    '≤ 100 ms',
    (v) => v <= 100,
    `${screenMs.length} screen changes (trigger → the app's screen-change mark, the frame that paints the new screen); the card read counts as the trigger of its change`,
  );
  // The ≤ 100 ms target is for a touch. A card read is answered only once its key is derived:
  // 600,000 PBKDF2 rounds, at least 100 ms of a core by design (src/shared/members/card.ts, so
  // that guessing card numbers from a stolen kiosk's roster stays slow; `npm run bench:card`).
  // The identify screen shows that it is checking at once (IdentifyScreen's `checking`).
  const tapped = changes.filter((s) => s.trigger === 'tap');
  const tappedMs = tapped.map((s) => s.screenMs as number);
  const slowestTap = tapped.reduce<StepTiming | null>(
    (worst, s) => (worst === null || (s.screenMs ?? 0) > (worst.screenMs ?? 0) ? s : worst),
    null,
  );
  record(
    'meal flow: tap → next screen painted (max)',
    tappedMs.length ? round(Math.max(...tappedMs)) : null,
    'ms',
    '≤ 100 ms',
    (v) => v <= 100,
    slowestTap ? `slowest: ${describe(slowestTap, slowestTap.screenMs)}` : undefined,
  );
  const cards = changes.filter((s) => s.trigger === 'card');
  record(
    'meal flow: card read → greeting painted (max)',
    cards.length ? round(Math.max(...cards.map((s) => s.screenMs as number))) : null,
    'ms',
    '–',
    () => true,
    `${cards.map((s) => describe(s, s.screenMs)).join('; ')}; includes the card key's 600,000 PBKDF2 rounds (≥ 100 ms by design, bench:card); "checking" shows at once`,
  );
  // Ready: the heading and the next button on screen; the saved step waits for the server.
  const local = steps.filter((s) => s.step !== '是 → 订好了');
  const readyMs = local.map((s) => s.readyMs);
  const slowestReady = local.reduce<StepTiming | null>(
    (worst, s) => (worst === null || s.readyMs > worst.readyMs ? s : worst),
    null,
  );
  record(
    'meal flow: tap → next screen ready to tap (median)',
    round(median(readyMs)),
    'ms',
    '–',
    () => true,
    `the first frame showing the new screen's heading and the button the elder needs next`,
  );
  record(
    'meal flow: tap → next screen ready to tap (max)',
    readyMs.length ? round(Math.max(...readyMs)) : null,
    'ms',
    '–',
    () => true,
    slowestReady ? `slowest: ${describe(slowestReady, slowestReady.readyMs)}` : undefined,
  );
  const saved = steps.filter((s) => s.step === '是 → 订好了').map((s) => s.readyMs);
  record(
    'meal flow: confirm → "saved" (stored, pushed, answered)',
    round(median(saved)),
    'ms',
    '–',
    () => true,
    `each: ${saved.join(' ms, ')} ms`,
  );
  for (const run of [first, usual])
    console.log(
      `bench: meal flow, ${run.flow}: ${run.steps
        .map((s) => `${s.step} ${s.screenMs ?? '–'} / ${s.readyMs} ms`)
        .join('; ')} (screen painted / ready)`,
    );
}

// ───────────────────────────── load, beside the reference page ─────────────────────────────

const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : Number((a / b).toFixed(2));

/**
 * Lighthouse on the kiosk and the reference page, run by run in turn (so drift hits both), under
 * each profile; then start times on a low-end kiosk in real Chromium. Absolute times on a shared
 * machine drift; the ratios to the reference page are the targets.
 */
async function measureLoad(
  kioskUrl: string,
  referenceUrl: string,
  chromePath: string,
  errors: string[],
  details: Record<string, unknown>,
): Promise<void> {
  const lighthouse: Record<string, unknown> = {};
  const problems = new Set<string>();
  for (const profile of LOAD_PROFILES) {
    const kiosk: LighthouseRun[] = [];
    const ref: LighthouseRun[] = [];
    const count = lighthouseRuns(profile);
    for (let i = 0; i < count; i++) {
      console.log(`bench: Lighthouse, ${profile.label}, run ${i + 1}/${count}`);
      for (const [url, runs] of [
        [`${kioskUrl}/`, kiosk],
        [`${referenceUrl}/`, ref],
      ] as const) {
        try {
          runs.push(await runLighthouse(url, chromePath, profile));
        } catch (error) {
          errors.push(`lighthouse (${profile.id}, ${url}): ${errorText(error)}`);
        }
      }
    }
    const last = kiosk.at(-1);
    if (profile.id === 'mobile' && last) {
      mkdirSync(dirname(LIGHTHOUSE_REPORT), { recursive: true });
      writeFileSync(LIGHTHOUSE_REPORT, JSON.stringify(last.lhr, null, 1));
    }
    for (const run of kiosk) for (const p of run.problems) problems.add(`${profile.id}: ${p}`);
    recordProfile(profile, kiosk, ref);
    const strip = (runs: LighthouseRun[]) => runs.map(({ lhr: _lhr, ...rest }) => rest);
    lighthouse[profile.id] = { kiosk: strip(kiosk), reference: strip(ref) };
  }
  details.lighthouse = lighthouse;
  details.lighthouseProblems = [...problems];
  if (problems.size)
    console.log(
      `bench: Lighthouse audits below 0.9 and opportunities:\n  ${[...problems].join('\n  ')}`,
    );

  // A low-end kiosk starting in real Chromium: cold, and from the service worker.
  try {
    console.log(
      `bench: start on a low-end kiosk (1920×1080, ${LOW_END_CPU}× CPU), ${START_RUNS} runs each`,
    );
    const kioskCold = await coldStarts(`${kioskUrl}/`, chromePath, START_RUNS, LOW_END_CPU);
    const refCold = await coldStarts(`${referenceUrl}/`, chromePath, START_RUNS, LOW_END_CPU);
    const kioskWarm = await serviceWorkerStarts(
      `${kioskUrl}/`,
      chromePath,
      START_RUNS,
      LOW_END_CPU,
    );
    details.lowEndStarts = { kioskCold, referenceCold: refCold, kioskServiceWorker: kioskWarm };
    const k = round(median(kioskCold), 0);
    const r = round(median(refCold), 0);
    record(
      `low-end start, cold: kiosk (nav → first screen)`,
      k,
      'ms',
      '–',
      () => true,
      `each: ${kioskCold.map((t) => Math.round(t)).join(', ')} ms`,
    );
    record(`low-end start, cold: reference page`, r, 'ms', '–', () => true);
    record(
      `low-end start, cold: kiosk ÷ reference`,
      ratio(k, r),
      '×',
      `≤ ${LCP_RATIO_TARGET}×`,
      (v) => v <= LCP_RATIO_TARGET,
      // #16 asks for these start times reported; its 1.3× is for LCP. A cold start runs the
      // kiosk's code, which the reference page's few lines cannot be held to.
      undefined,
      'aim',
    );
    const w = round(median(kioskWarm.times), 0);
    record(
      'low-end start, from the service worker: kiosk',
      w,
      'ms',
      '–',
      () => true,
      `${kioskWarm.fromServiceWorker ? 'served by the service worker' : 'NOT served by the service worker'}; each: ${kioskWarm.times.map((t) => Math.round(t)).join(', ')} ms`,
    );
    record(
      'low-end start, from the service worker ÷ reference cold',
      ratio(w, r),
      '×',
      `≤ ${LCP_RATIO_TARGET}×`,
      (v) => v <= LCP_RATIO_TARGET,
      undefined,
      'aim',
    );
  } catch (error) {
    errors.push(`low-end start: ${errorText(error)}`);
  }
}

/** One profile's figures: the kiosk's, the reference page's, and their ratio, beside each target. */
function recordProfile(profile: LoadProfile, kiosk: LighthouseRun[], ref: LighthouseRun[]): void {
  const med = (
    runs: LighthouseRun[],
    key: 'performance' | 'accessibility' | 'bestPractices' | 'lcp' | 'tbt' | 'cls',
  ) => median(runs.map((r) => r[key]).filter((v) => Number.isFinite(v)));
  const tag = `(${profile.label})`;
  // #16's own targets on this profile; the rest are the team's stricter aims.
  const aim = profile.id === 'mobile' ? undefined : ('aim' as const);
  record(
    `Lighthouse performance ${tag}`,
    med(kiosk, 'performance'),
    '',
    '≥ 98',
    (v) => v >= 98,
    undefined,
    aim,
  );
  if (profile.id === 'mobile') {
    record('Lighthouse accessibility', med(kiosk, 'accessibility'), '', '100', (v) => v >= 100);
    record('Lighthouse best practices', med(kiosk, 'bestPractices'), '', '–', () => true);
    record('CLS', round(med(kiosk, 'cls'), 3), '', '0', (v) => v === 0);
  }
  const lcp = round(med(kiosk, 'lcp'), 0);
  const refLcp = round(med(ref, 'lcp'), 0);
  // Each run's figure beside the median, so a reader sees how far one run moves it.
  const each = (runs: LighthouseRun[], key: 'lcp' | 'tbt') =>
    `each run: ${runs.map((r) => Math.round(r[key])).join(', ')} ms`;
  record(`LCP ${tag}`, lcp, 'ms', '≤ 1200 ms', (v) => v <= 1200, each(kiosk, 'lcp'), aim);
  record(`LCP, reference page ${tag}`, refLcp, 'ms', '–', () => true, each(ref, 'lcp'));
  record(
    `LCP ÷ reference ${tag}`,
    ratio(lcp, refLcp),
    '×',
    `≤ ${LCP_RATIO_TARGET}×`,
    (v) => v <= LCP_RATIO_TARGET,
  );
  record(
    `TBT ${tag}`,
    round(med(kiosk, 'tbt'), 0),
    'ms',
    '≤ 50 ms',
    (v) => v <= 50,
    `reference page ${round(med(ref, 'tbt'), 0)} ms; ${each(kiosk, 'tbt')}`,
    aim,
  );
}

// ───────────────────────────── main ─────────────────────────────

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
  } catch {
    return null;
  }
}

function printTable() {
  const rows = figures.map((f) => [
    f.figure,
    f.value === null ? 'n/a' : `${f.value}${f.unit ? ` ${f.unit}` : ''}`,
    f.target,
    f.meets === null
      ? '–'
      : f.aim
        ? f.meets
          ? 'ok (aim)'
          : 'short of aim'
        : f.meets
          ? 'ok'
          : 'MISS',
  ]);
  const header = ['figure', 'value', 'target', ''];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const f of figures.filter((x) => x.note)) console.log(`  note — ${f.figure}: ${f.note}`);
  const missed = figures.filter((f) => f.meets === false && !f.aim).length;
  const short = figures.filter((f) => f.meets === false && f.aim).length;
  console.log(
    `\nbench: ${missed === 0 ? 'every target met' : `${missed} target(s) missed`}; ${short} of the team's stricter aims (marked "aim") not reached`,
  );
}

async function main() {
  const deadline = setTimeout(() => {
    console.error(`bench: still running after ${BENCH_DEADLINE_MS / 60_000} min, giving up`);
    process.exit(2);
  }, BENCH_DEADLINE_MS);
  deadline.unref();
  const started = Date.now();
  const loadAtStart = os.loadavg();
  console.log(
    `bench: load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores`,
  );
  const chromePath = ensureChromium();
  const errors: string[] = [];
  const details: Record<string, unknown> = {};

  const ownBuild = process.env.BENCH_SKIP_BUILD !== '1';
  const reportPath = resolve(os.tmpdir(), `nuanxin-bundle-report-${process.pid}.json`);
  const distDir = ownBuild
    ? buildKiosk({ manifest: true, env: { NUANXIN_BUNDLE_REPORT: reportPath } })
    : DEFAULT_DIST_DIR;
  if (!existsSync(resolve(distDir, 'index.html')))
    throw new Error(`no build in ${distDir}: run npm run build`);

  const bundle = measureInitialBundle(distDir);
  const initialJsKB = round(bundle.js.gzip / 1024) as number;
  details.initialFiles = { js: bundle.js.files, css: bundle.css.files };
  record(
    'initial JS (min+gzip)',
    initialJsKB,
    'KB',
    `≤ ${INITIAL_JS_BUDGET_KB} KB`,
    (v) => v <= INITIAL_JS_BUDGET_KB,
  );
  record('initial CSS (min+gzip)', round(bundle.css.gzip / 1024), 'KB', '–', () => true);
  console.log(`bench: initial files:\n  ${[...bundle.js.files, ...bundle.css.files].join('\n  ')}`);
  // The bundle visualiser: every chunk's gzip size and what the first load's chunks hold.
  if (existsSync(reportPath)) {
    const report = readBundleReport(distDir, reportPath);
    printBundleReport(report);
    mkdirSync(dirname(BUNDLE_RESULTS), { recursive: true });
    writeFileSync(BUNDLE_RESULTS, `${JSON.stringify(report, null, 1)}\n`);
    rmSync(reportPath, { force: true });
  } else {
    console.log('bench: no bundle report (BENCH_SKIP_BUILD=1 measures a build made without one)');
  }

  console.log('bench: building the reference page (Preact + signals: a heading, four buttons)');
  const referenceDir = await buildReference();
  const reference = await serveStatic(referenceDir);
  // A loaded machine compiles the server slowly: give it longer than the tests' 30 s.
  const server = await startServer({ distDir, timeoutMs: 120_000 });
  try {
    console.log(`bench: centre server at ${server.url}, reference page at ${reference.url}`);
    await measureLoad(server.url, reference.url, chromePath, errors, details);

    // Taps, online.
    try {
      console.log('bench: taps');
      const taps = await measureTaps(server, chromePath);
      details.taps = taps;
      const worst = (values: number[]) =>
        values.length ? `worst ${round(Math.max(...values))} ms of ${values.length}` : undefined;
      record(
        'tap → pressed state painted (Event Timing)',
        round(median(taps.pressedPaints)),
        'ms',
        'next frame (≤ 17 ms)',
        (v) => v <= 17 && taps.pressedInFirstFrame,
        `${worst(taps.pressedPaints)}; [data-pressed] ${taps.pressedInFirstFrame ? 'was' : 'was NOT always'} set before the first frame after pointerdown`,
      );
      record(
        'tap → next screen painted (Event Timing)',
        round(median(taps.screenPaints)),
        'ms',
        '≤ 100 ms',
        (v) => v <= 100,
        worst(taps.screenPaints),
      );
      record(
        'pointerup → screen-change mark',
        round(median(taps.screenChanges)),
        'ms',
        '≤ 100 ms',
        (v) => v <= 100,
        taps.screenChanges.length ? worst(taps.screenChanges) : 'no screen-change mark',
      );
      record(
        'nav-start → screen-change mark',
        round(median(taps.navToScreen)),
        'ms',
        '–',
        () => true,
      );
      if (taps.belowThreshold) {
        console.log(
          `bench: ${taps.belowThreshold} pointer event(s) painted in under 16 ms (not reported by Event Timing; counted as 16)`,
        );
      }
      const slow = [
        ...taps.slowEvents.pointerdown,
        ...taps.slowEvents.pointerup,
        ...taps.slowEvents.click,
      ];
      record(
        'slowest input event (Event Timing)',
        slow.length ? Math.max(...slow) : null,
        'ms',
        '≤ 100 ms',
        (v) => v <= 100,
        slow.length
          ? undefined
          : 'every pointer event under 16 ms (Event Timing reports only ≥ 16 ms)',
      );
      console.log(`bench: Event Timing (entries ≥ 16 ms): ${JSON.stringify(taps.eventTiming)}`);
      if (taps.notes.length) errors.push(...taps.notes);
      if (taps.problems.pageErrors.length)
        errors.push(...taps.problems.pageErrors.map((e) => `page error: ${e}`));
    } catch (error) {
      errors.push(`taps: ${errorText(error)}`);
      record('tap → next screen painted (Event Timing)', null, 'ms', '≤ 100 ms', () => false);
    }

    // The meal flow, on its own server with the demo canteen (lunch every day).
    try {
      console.log('bench: meal flow (first booking, then the usual meal)');
      const meals = await measureMealFlow(distDir, chromePath);
      details.mealFlow = meals;
      recordMealFlow(meals);
      if (meals.pageErrors.length)
        errors.push(...meals.pageErrors.map((e) => `meal flow page error: ${e}`));
    } catch (error) {
      errors.push(`meal flow: ${errorText(error)}`);
      record('meal flow: taps attract → saved, usual meal', null, '', '≤ 4', () => false);
    }

    // Offline start, last: it stops the server.
    try {
      console.log('bench: offline start');
      const offline = await measureOfflineStart(server, chromePath);
      details.offline = offline;
      record(
        'offline start (nav → interactive)',
        round(median(offline.times)),
        'ms',
        '≤ 400 ms',
        (v) => v <= 400,
        `${offline.source}; ${offline.fromServiceWorker ? 'served by the service worker' : 'NOT served by the service worker'}; worst ${round(Math.max(...offline.times))} ms of ${offline.times.length}`,
      );
      if (offline.problems.pageErrors.length)
        errors.push(...offline.problems.pageErrors.map((e) => `offline page error: ${e}`));
    } catch (error) {
      errors.push(`offline start: ${errorText(error)}`);
      record('offline start (nav → interactive)', null, 'ms', '≤ 400 ms', () => false);
    }
  } finally {
    await server.stopAndRemoveData();
    await reference.close();
    rmSync(referenceDir, { recursive: true, force: true });
    if (ownBuild) rmSync(distDir, { recursive: true, force: true });
  }

  printTable();
  const cores = os.availableParallelism();
  const busiest = Math.max(loadAtStart[0] ?? 0, os.loadavg()[0] ?? 0);
  if (busiest > cores) {
    console.log(
      `\nbench: the machine was busy (load average up to ${busiest.toFixed(1)} on ${cores} cores): timings are inflated`,
    );
  }
  if (errors.length) console.log(`\nbench: problems while measuring:\n  ${errors.join('\n  ')}`);

  const cpus = os.cpus();
  const result = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      /** Other work on the machine skews timings: the 1-minute load average at start and end. */
      loadAverage: { start: round(loadAtStart[0] ?? 0, 2), end: round(os.loadavg()[0] ?? 0, 2) },
    },
    versions: {
      node: process.version,
      chromium: chromiumVersion(chromePath),
      lighthouse: JSON.parse(
        readFileSync(resolve(REPO_ROOT, 'node_modules/lighthouse/package.json'), 'utf8'),
      ).version,
    },
    settings: {
      lighthouseRuns: Object.fromEntries(LOAD_PROFILES.map((p) => [p.id, lighthouseRuns(p)])),
      taps: TAPS,
      offlineRuns: OFFLINE_RUNS,
      startRuns: START_RUNS,
      lighthouse: LOAD_PROFILES.map((p) => p.label),
      initialJsBudgetKB: INITIAL_JS_BUDGET_KB,
      lcpRatioTarget: LCP_RATIO_TARGET,
    },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    figures,
    errors,
    details,
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nbench: wrote ${RESULTS} in ${result.durationSeconds} s`);
  clearTimeout(deadline);
  if (initialJsKB > INITIAL_JS_BUDGET_KB) {
    // A budget, not a timing: the bench fails on it, loudly, whatever the machine's load.
    console.error(
      `\nbench: BUDGET EXCEEDED — the kiosk's initial JS is ${initialJsKB} KB gzip, over the ${INITIAL_JS_BUDGET_KB} KB budget. See ${BUNDLE_RESULTS} for what the first load holds.`,
    );
    process.exitCode = 1;
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
