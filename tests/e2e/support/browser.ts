/**
 * Launch the kiosk's browser: headless system Chromium with touch, at the panel's size, in a
 * fresh profile (so every launch starts with no service worker and no storage).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BrowserContext,
  chromium,
  type ElementHandle,
  type Locator,
  type Page,
} from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium';

export type Orientation = 'landscape' | 'portrait';
export type TextSize = 1 | 1.3 | 1.6;

export const VIEWPORTS: Record<Orientation, { width: number; height: number }> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};

export interface LaunchOptions {
  orientation: Orientation;
  /** Added as `size=` to every URL that `kiosk.goto()` opens (the showcase's contract). */
  textSize?: TextSize;
  /** Default: CHROME_PATH or /usr/bin/chromium (installed when missing and root). */
  executablePath?: string;
  /** Prepended to relative paths in `kiosk.goto()`. */
  baseURL?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /** Default timeout for every locator action and navigation (default 15 s). */
  timeoutMs?: number;
  /**
   * 'block' keeps the service worker out, so page routes see every request (a worker that
   * controls the page answers from its cache, where a route cannot fail a chunk).
   */
  serviceWorkers?: 'allow' | 'block';
  /** Chromium's environment (e.g. a HOME whose NSS database trusts a centre's CA). */
  env?: NodeJS.ProcessEnv;
}

export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
}

export interface Kiosk {
  context: BrowserContext;
  page: Page;
  orientation: Orientation;
  textSize: TextSize | undefined;
  /** Open a path (relative to baseURL) with `size=` added when a text size was chosen. */
  goto(path: string, params?: Record<string, string | number | undefined>): Promise<void>;
  /** Build the URL that goto() would open. */
  url(path: string, params?: Record<string, string | number | undefined>): string;
  /** Page errors and console errors since the last call (and forget them). */
  takeProblems(): PageProblems;
  /** Throw when there was any uncaught page error or console error since the last call. */
  expectNoProblems(label: string): void;
  close(): Promise<void>;
}

/** Console errors that are not the page's fault (add narrowly, with a reason). */
const IGNORED_CONSOLE_ERRORS: RegExp[] = [
  // Chromium asks for /favicon.ico by itself when a page links no icon (the showcase page); it
  // lands on whichever test loads first. The kiosk page links its icon.
  /Failed to load resource: .*404.*\/favicon\.ico/,
];

export async function launchKiosk(options: LaunchOptions): Promise<Kiosk> {
  const profile = mkdtempSync(join(tmpdir(), 'nuanxin-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? ensureChromium(),
    headless: true,
    viewport: VIEWPORTS[options.orientation],
    screen: VIEWPORTS[options.orientation],
    deviceScaleFactor: 1,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
    serviceWorkers: options.serviceWorkers ?? 'allow',
    ...(options.env ? { env: options.env } : {}),
  });
  context.setDefaultTimeout(options.timeoutMs ?? 15_000);
  context.setDefaultNavigationTimeout(options.timeoutMs ?? 15_000);
  const page = context.pages()[0] ?? (await context.newPage());

  let problems: PageProblems = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => {
    problems.pageErrors.push(error.stack ?? String(error));
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    const text = where.url
      ? `${message.text()} (${where.url}:${where.lineNumber})`
      : message.text();
    if (IGNORED_CONSOLE_ERRORS.some((pattern) => pattern.test(text))) return;
    problems.consoleErrors.push(text);
  });

  const takeProblems = (): PageProblems => {
    const taken = problems;
    problems = { pageErrors: [], consoleErrors: [] };
    return taken;
  };

  const url = (path: string, params: Record<string, string | number | undefined> = {}) => {
    const target = new URL(path, options.baseURL ?? 'http://127.0.0.1/');
    const all = { size: options.textSize, ...params };
    for (const [key, value] of Object.entries(all)) {
      if (value !== undefined) target.searchParams.set(key, String(value));
    }
    return target.href;
  };

  return {
    context,
    page,
    orientation: options.orientation,
    textSize: options.textSize,
    url,
    async goto(path, params) {
      await page.goto(url(path, params), { waitUntil: 'load' });
    },
    takeProblems,
    expectNoProblems(label) {
      const { pageErrors, consoleErrors } = takeProblems();
      if (pageErrors.length === 0 && consoleErrors.length === 0) return;
      const lines = [
        `${label}: ${pageErrors.length} uncaught page error(s), ${consoleErrors.length} console error(s)`,
        ...pageErrors.map((e) => `  page error: ${e}`),
        ...consoleErrors.map((e) => `  console.error: ${e}`),
      ];
      throw new Error(lines.join('\n'));
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

type Role = Parameters<Page['getByRole']>[0];

/** The element with this role and accessible name (exact match for strings). */
export function byRole(page: Page, name: string | RegExp, role: Role = 'button'): Locator {
  return page.getByRole(role, { name, exact: typeof name === 'string' });
}

/** A little over the kiosk's 600 ms repeat window, as a careful elder taps. */
export const TAP_PAUSE_MS = 650;

const lastTouch = new WeakMap<Page, { at: number; target: ElementHandle }>();

/**
 * Touch this element as an elder's finger would. The kiosk ignores, for its repeat window, a touch
 * on a screen that the previous touch opened (the second touch of a double tap); a person reads
 * the new screen first, so after a touch whose target has left the page this waits out the rest
 * of that window. Taps on the same screen (a keypad) follow at once.
 */
export async function touch(page: Page, target: Locator): Promise<void> {
  // Wait for the target first: a press that opens its screen late (a PIN being checked) leaves
  // the old screen up until then, and the pause is counted from when the new one is there.
  await target.waitFor();
  await readNewScreen(page);
  const handle = await target.elementHandle();
  await target.tap();
  if (handle) lastTouch.set(page, { at: Date.now(), target: handle });
}

/** Wait, if the last touch opened a new screen, until a person would have read it (see touch). */
export async function readNewScreen(page: Page): Promise<void> {
  const prev = lastTouch.get(page);
  if (!prev) return;
  const gone = await prev.target.evaluate((el) => !el.isConnected).catch(() => true);
  const left = TAP_PAUSE_MS - (Date.now() - prev.at);
  if (gone && left > 0) await page.waitForTimeout(left);
}

/** Touch the button (or other role) with this accessible name, as an elder's finger would. */
export async function tap(page: Page, name: string | RegExp, role: Role = 'button'): Promise<void> {
  await touch(page, byRole(page, name, role));
}

/** Mouse-click it instead (for code paths that differ between touch and mouse). */
export async function click(
  page: Page,
  name: string | RegExp,
  role: Role = 'button',
): Promise<void> {
  await byRole(page, name, role).click();
}

/**
 * Wait until a service worker is active for the page (its precache is then complete) and
 * controls it. A first visit is controlled only if the worker claims its clients; if it does
 * not, reload once (online) so it does. Returns the time it took in ms.
 */
export async function ensureServiceWorkerControl(page: Page, timeoutMs = 20_000): Promise<number> {
  const started = Date.now();
  const state = async () =>
    (await page.evaluate(`(async () => {
      if (!('serviceWorker' in navigator)) return { active: false, controlled: false };
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        active: registration?.active?.state === 'activated',
        controlled: navigator.serviceWorker.controller !== null,
      };
    })()`)) as { active: boolean; controlled: boolean };
  let reloaded = false;
  while (Date.now() - started < timeoutMs) {
    const now = await state();
    if (now.controlled) return Date.now() - started;
    if (now.active && !reloaded && Date.now() - started > 500) {
      await page.reload({ waitUntil: 'load' });
      reloaded = true;
      continue;
    }
    await page.waitForTimeout(100);
  }
  const last = await state();
  throw new Error(
    last.active
      ? 'The service worker is active but does not control the page, even after a reload.'
      : `No active service worker for ${page.url()} after ${timeoutMs} ms (is it registered in this build?).`,
  );
}
