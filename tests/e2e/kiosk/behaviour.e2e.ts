/**
 * The kiosk as people meet it over time: the idle warning and timeout that wipe a session, a
 * reload with the centre server gone (served by the service worker), a broken config shown to
 * staff in words, and the kiosk's refusal of context menus and selection.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { expectNoViolations } from '../support/axe';
import { ensureServiceWorkerControl, type Kiosk, launchKiosk } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';
import { REPO_ROOT, type ServerHandle, startServer } from '../support/server';
import { exactName, startSession, tapButton } from './kiosk-helpers';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

let kiosk: Kiosk | undefined;
let server: ServerHandle | undefined;
afterEach(async () => {
  await kiosk?.close();
  await server?.stop();
  kiosk = undefined;
  server = undefined;
});

describe('idle timeout', () => {
  test('warns (shown and spoken), extends on request, then wipes the session back to defaults', async () => {
    kiosk = await launchKiosk({ orientation: 'landscape', baseURL, executablePath });
    const { page } = kiosk;
    await page.clock.install();
    await kiosk.goto('/');
    await startSession(kiosk, 1.6);
    await tapButton(page, '中心信息');
    await page.getByRole('heading', { level: 1, name: '中心信息' }).waitFor();

    // 70 s untouched: the warning, with 20 s to go and one big button.
    await page.clock.runFor(70_500);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // The installed clock also runs in real time (axe, screenshots), so read the countdown.
    const secondsLeft = async () =>
      Number(/(\d+) 秒后回到开始画面/.exec((await dialog.textContent()) ?? '')?.[1]);
    expect(await secondsLeft()).toBeGreaterThan(15);
    await expectNoViolations(page, 'idle warning');
    await saveScreenshot(page, 'kiosk-idle-warning', 'landscape', 1.6);
    const before = await secondsLeft();
    await page.clock.runFor(5_000);
    await expect.poll(secondsLeft).toBeLessThanOrEqual(before - 5);

    // "I need more time" gives the full time again, as often as asked.
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: '我需要更多时间' }).tap();
      await expect.poll(() => dialog.count()).toBe(0);
      await page.clock.runFor(70_500);
      await dialog.waitFor();
      await page.clock.runFor(1_000); // past the repeat window before the next tap on the same button
    }
    await expect(page.getByRole('heading', { level: 1, name: '中心信息' }).count()).resolves.toBe(
      1,
    );

    // Nobody answers: back to the attract screen, nothing of the session left, defaults back.
    await page.clock.runFor(21_000);
    await page.getByRole('button', { name: '请触摸屏幕开始' }).waitFor();
    expect(await page.getByText('中心信息').count()).toBe(0);
    expect(await page.evaluate('document.documentElement.dataset.textSize')).toBe('1');
    kiosk.expectNoProblems('idle timeout');
  });

  test('the attract screen itself never times out', async () => {
    kiosk = await launchKiosk({ orientation: 'portrait', baseURL, executablePath });
    const { page } = kiosk;
    await page.clock.install();
    await kiosk.goto('/');
    await page.getByRole('button', { name: '请触摸屏幕开始' }).waitFor();
    await page.clock.runFor(10 * 60_000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.getByRole('button', { name: '请触摸屏幕开始' }).waitFor();
  });
});

describe('offline', () => {
  test('with the centre server stopped, a reload still brings up a working kiosk', async () => {
    server = await startServer({ distDir });
    kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    const { page } = kiosk;
    await kiosk.goto('/');
    await page.getByRole('button', { name: '请触摸屏幕开始' }).waitFor();
    await ensureServiceWorkerControl(page);

    await server.stop();
    expect(
      await fetch(`${server.url}/healthz`).then(
        () => 'up',
        () => 'down',
      ),
    ).toBe('down');
    await page.reload({ waitUntil: 'load' });
    await startSession(kiosk);
    await tapButton(page, '中心信息');
    await page.getByText('0571-8765 4321').first().waitFor();
    await tapButton(page, '首页');
    await tapButton(page, '今天的活动');
    await page.getByRole('heading', { level: 1, name: '今天的活动' }).waitFor();
    await saveScreenshot(page, 'kiosk-offline-activities', 'landscape', 1);
    kiosk.takeProblems(); // failed network requests while offline are expected, not page errors
  });
});

describe('a broken config', () => {
  test('shows staff every problem in words instead of a blank page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nuanxin-broken-config-'));
    const demo = join(REPO_ROOT, 'kiosk-config/demo');
    writeFileSync(
      join(dir, 'centre.json'),
      readFileSync(join(demo, 'centre.json'), 'utf8').replace('"08:00"', '"25:00"'),
    );
    writeFileSync(
      join(dir, 'kiosk.json'),
      readFileSync(join(demo, 'kiosk.json'), 'utf8').replace(
        '"timeoutSeconds": 90',
        '"timeoutSeconds": 5',
      ),
    );
    server = await startServer({ distDir, configDir: dir });
    kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    const { page } = kiosk;
    await kiosk.goto('/');
    // A bundle the kiosk has not seen is drawn as served and checked once nobody is at the kiosk
    // (the attract screen untouched for 5 s): then the problems replace it.
    await page
      .getByRole('heading', { level: 1, name: exactName('自助机设置有误') })
      .waitFor({ timeout: 30_000 });
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('centre.json');
    expect(text).toContain('openingHours[0].open');
    expect(text).toContain('kiosk.json');
    expect(text).toContain('idle.timeoutSeconds');
    await expectNoViolations(page, 'config error');
    await saveScreenshot(page, 'kiosk-config-error', 'landscape', 1);
    expect(await page.getByRole('button', { name: exactName('请触摸屏幕开始') }).count()).toBe(0);
  });
});

describe('kiosk discipline', () => {
  test('no context menu, no text selection, no drag', async () => {
    kiosk = await launchKiosk({ orientation: 'landscape', baseURL, executablePath });
    const { page } = kiosk;
    await kiosk.goto('/');
    await startSession(kiosk);
    const prevented = await page.evaluate(`(() => {
      const fire = (type) => { const e = new Event(type, { bubbles: true, cancelable: true }); document.querySelector('h1').dispatchEvent(e); return e.defaultPrevented; };
      return { contextmenu: fire('contextmenu'), selectstart: fire('selectstart'), dragstart: fire('dragstart') };
    })()`);
    expect(prevented).toEqual({ contextmenu: true, selectstart: true, dragstart: true });
    expect(await page.evaluate(`getComputedStyle(document.body).userSelect`)).toBe('none');
    expect(await page.evaluate(`getComputedStyle(document.documentElement).touchAction`)).toBe(
      'pan-x pan-y',
    );
  });
});
