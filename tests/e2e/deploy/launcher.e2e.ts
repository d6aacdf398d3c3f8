/**
 * The kiosk box's launcher and watchdog (src/deploy/kiosk/nuanxin-kiosk.mjs), run as a kiosk box
 * runs it but headless: a killed Chromium comes back; a page whose app heartbeat stops is
 * reloaded; a page whose main thread hangs gets Chromium restarted. The test reads the page
 * through the same remote-debugging port the watchdog uses.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHROMIUM_FLAGS } from '../support/chromium';
import { freePort, REPO_ROOT } from '../support/server';

const LAUNCHER = resolve(REPO_ROOT, 'src/deploy/kiosk/nuanxin-kiosk.mjs');

describe('kiosk launcher and watchdog', () => {
  let dir: string;
  let launcher: ChildProcess;
  let port: number;
  let output = '';

  /** Waits until the launcher has printed `pattern` after position `from`; returns the match. */
  async function printed(pattern: RegExp, from: number, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = pattern.exec(output.slice(from));
      if (match) return match;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the launcher never printed ${pattern}; it printed:\n${output}`);
  }

  /** The app's heartbeat on the kiosk page, read over the debugging port. */
  async function heartbeat(): Promise<number | null> {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const page = browser.contexts()[0]?.pages()[0];
      if (!page) return null;
      return (await page.evaluate('globalThis.nuanxinHeartbeat ?? null')) as number | null;
    } finally {
      // Leaves the browser running: closing a CDP connection does not close Chromium.
      await browser.close();
    }
  }

  async function appAlive(timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        const beat = await heartbeat();
        if (typeof beat === 'number' && Date.now() - beat < 10_000) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`the app never beat; the launcher printed:\n${output}`);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nuanxin-launcher-'));
    port = await freePort();
    const config = join(dir, 'kiosk.json');
    writeFileSync(
      config,
      JSON.stringify({
        url: `${inject('baseURL')}/`,
        chromium: inject('chromiumPath'),
        debuggingPort: port,
        userDataDir: join(dir, 'profile'),
        // This machine has no display: headless, as root, with the tests' closed-network flags.
        extraFlags: [...CHROMIUM_FLAGS, '--headless'],
        checkEverySeconds: 1,
        heartbeatStaleSeconds: 8,
        hangSeconds: 4,
        startGraceSeconds: 20,
        nightlyReload: null,
        blanking: 'none',
      }),
    );
    launcher = spawn(process.execPath, ['--experimental-websocket', LAUNCHER, config], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });

  afterAll(async () => {
    if (launcher && launcher.exitCode === null) {
      const exited = new Promise((done) => launcher.once('exit', done));
      launcher.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test('starts Chromium on the kiosk page and starts it again when it is killed', async () => {
    const first = await printed(/started Chromium \(pid (\d+)\)/, 0);
    await appAlive();
    const mark = output.length;
    process.kill(Number(first[1]), 'SIGKILL');
    const second = await printed(/started Chromium \(pid (\d+)\)/, mark);
    expect(second[1]).not.toBe(first[1]);
    await appAlive();
  });

  test('reloads the page when the app heartbeat stops', async () => {
    const mark = output.length;
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const page = browser.contexts()[0]?.pages()[0];
      // The beat stops: the value freezes, as when the app is gone from the page.
      await page?.evaluate(`Object.defineProperty(globalThis, 'nuanxinHeartbeat', {
        configurable: true, get: () => Date.now() - 60000, set() {} })`);
    } finally {
      await browser.close();
    }
    await printed(/heartbeat stopped \d+ s ago: reloading the page/, mark);
    expect(output.slice(mark)).not.toMatch(/started Chromium/);
    await appAlive();
  });

  test('restarts Chromium when the page hangs', async () => {
    const mark = output.length;
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const page = browser.contexts()[0]?.pages()[0];
    // The page's main thread never returns; the evaluation itself never answers.
    void page?.evaluate('for (;;) {}').catch(() => {});
    await printed(/the page does not answer .*: killing Chromium/, mark);
    await printed(/started Chromium \(pid \d+\)/, mark);
    await browser.close().catch(() => {});
    await appAlive();
  });
});
