/**
 * How fast a page loads, the kiosk's and the reference page's alike (`npm run bench`):
 *  - Lighthouse under three profiles: its phone profile (4× CPU), the kiosk's own screen
 *    (1920×1080, desktop, 4× CPU) and a low-end kiosk (the same screen, 6× CPU), all with
 *    simulated throttling;
 *  - start in real Chromium on the kiosk's screen with the CPU slowed 6× (DevTools' CPU
 *    throttling): navigation → the page's `kiosk-interactive` mark (its first screen drawn and
 *    touchable), cold (a fresh profile each time) and, for the kiosk, from its service worker.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import type { Page } from 'playwright-core';
import { ensureServiceWorkerControl, launchKiosk } from '../../e2e/support/browser';
import { CHROMIUM_FLAGS } from '../../e2e/support/chromium';
import { pollPage } from './poll';

export interface LoadProfile {
  id: 'mobile' | 'kiosk-screen' | 'low-end';
  label: string;
  flags: Flags;
}

const KIOSK_SCREEN = {
  mobile: false,
  width: 1920,
  height: 1080,
  deviceScaleFactor: 1,
  disabled: false,
};
/** Lighthouse's desktop network (a wired centre LAN is no slower), with the CPU slowed `cpu`×. */
const desktopThrottling = (cpu: number) => ({
  rttMs: 40,
  throughputKbps: 10 * 1024,
  cpuSlowdownMultiplier: cpu,
  requestLatencyMs: 0,
  downloadThroughputKbps: 0,
  uploadThroughputKbps: 0,
});

export const LOAD_PROFILES: LoadProfile[] = [
  {
    id: 'mobile',
    label: 'mobile, 4× CPU',
    // Lighthouse's default mobile profile, said out loud.
    flags: { formFactor: 'mobile', throttlingMethod: 'simulate' },
  },
  {
    id: 'kiosk-screen',
    label: 'kiosk screen 1920×1080, 4× CPU',
    flags: {
      formFactor: 'desktop',
      screenEmulation: KIOSK_SCREEN,
      throttling: desktopThrottling(4),
      throttlingMethod: 'simulate',
    },
  },
  {
    id: 'low-end',
    label: 'low-end kiosk 1920×1080, 6× CPU',
    flags: {
      formFactor: 'desktop',
      screenEmulation: KIOSK_SCREEN,
      throttling: desktopThrottling(6),
      throttlingMethod: 'simulate',
    },
  },
];

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
  cls: number;
  problems: string[];
  /** The whole report, for the one run the bench keeps. */
  lhr: unknown;
}

export async function runLighthouse(
  url: string,
  chromePath: string,
  profile: LoadProfile,
): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'error',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      ...profile.flags,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    // Why a category is short of 100: the audits that failed in it.
    const problems: string[] = [];
    for (const id of ['accessibility', 'best-practices', 'performance']) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
          problems.push(
            `${id}: ${audit.id} (${audit.displayValue ?? audit.score}) — ${audit.title}`,
          );
        }
      }
    }
    // Opportunities: audits that estimate a saving in a metric.
    for (const audit of Object.values(lhr.audits)) {
      const savings = Object.entries(audit.metricSavings ?? {}).filter(([, ms]) => (ms ?? 0) > 0);
      if (audit.score !== null && audit.score < 1 && savings.length > 0) {
        const what = savings.map(([metric, ms]) => `${metric} −${Math.round(ms ?? 0)}`).join(', ');
        problems.push(`opportunity: ${audit.id} (${what}) — ${audit.title}`);
      }
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      problems,
      lhr,
    };
  } finally {
    chrome.kill();
  }
}

const interactiveAt = (page: Page) =>
  pollPage<number>(
    page,
    `performance.getEntriesByName('kiosk-interactive', 'mark')[0]?.startTime ?? null`,
    30_000,
    50,
  );

async function slowCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Navigation → first screen drawn, each run in a fresh browser profile (nothing cached). */
export async function coldStarts(
  url: string,
  chromePath: string,
  runs: number,
  cpu: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const browser = await launchKiosk({ orientation: 'landscape', executablePath: chromePath });
    try {
      await slowCpu(browser.page, cpu);
      await browser.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      times.push(await interactiveAt(browser.page));
    } finally {
      await browser.close();
    }
  }
  return times;
}

/** Navigation → first screen drawn on reloads served by the kiosk's service worker. */
export async function serviceWorkerStarts(
  url: string,
  chromePath: string,
  runs: number,
  cpu: number,
): Promise<{ times: number[]; fromServiceWorker: boolean }> {
  const browser = await launchKiosk({ orientation: 'landscape', executablePath: chromePath });
  try {
    const { page } = browser;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await interactiveAt(page);
    await ensureServiceWorkerControl(page);
    await slowCpu(page, cpu);
    const times: number[] = [];
    let fromServiceWorker = true;
    for (let i = 0; i < runs; i++) {
      const response = await page.reload({ waitUntil: 'load', timeout: 60_000 });
      fromServiceWorker &&= response?.fromServiceWorker() ?? false;
      times.push(await interactiveAt(page));
    }
    return { times, fromServiceWorker };
  } finally {
    await browser.close();
  }
}
