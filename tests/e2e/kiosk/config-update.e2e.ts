/**
 * Staff publish a config change and the kiosks pick it up without anyone reloading them: an
 * admin publishes a new duty phone number and idle timeout through the API; an enrolled kiosk
 * standing on the attract screen applies it (through the pull) and shows the new number on "About
 * this centre". Restoring version 1 while an elder is on that screen changes nothing under their
 * finger; once the idle timeout brings the attract screen back, the old number returns. The
 * console's preview (/?preview=1) shows a draft from localStorage with its mark, passing axe.
 */
import type { Page } from 'playwright-core';
import { afterEach, expect, inject, test } from 'vitest';
import type { ConfigFiles, ConfigVersionView } from '../../../src/shared/config/versions-api';
import { type Kiosk, launchKiosk } from '../support/browser';
import { adminCookie, enrollmentCode } from '../support/centre-admin';
import { saveScreenshot } from '../support/screenshots';
import { type ServerHandle, startServer } from '../support/server';
import {
  checkScreen,
  enrollFromStaffEntry,
  exactName,
  startSession,
  tapButton,
} from './kiosk-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

const OLD_NUMBER = '0571-8765 4321';
const NEW_NUMBER = '0571-1234 5678';

let kiosk: Kiosk | undefined;
let server: ServerHandle | undefined;
afterEach(async () => {
  await kiosk?.close();
  await server?.stopAndRemoveData();
  kiosk = undefined;
  server = undefined;
});

/** The current files with the duty phone and the idle timeout changed. */
function edited(files: ConfigFiles, number: string, timeoutSeconds: number): ConfigFiles {
  const centre = JSON.parse(files['centre.json'] as string) as {
    phones: { kind: string; number: string }[];
  };
  for (const phone of centre.phones) if (phone.kind === 'duty') phone.number = number;
  const kioskJson = JSON.parse(files['kiosk.json'] as string) as {
    idle: { timeoutSeconds: number; warningSeconds: number };
  };
  kioskJson.idle = { timeoutSeconds, warningSeconds: 20 };
  return {
    ...files,
    'centre.json': `${JSON.stringify(centre, null, 2)}\n`,
    'kiosk.json': `${JSON.stringify(kioskJson, null, 2)}\n`,
  };
}

async function api(path: string, cookie: string, body?: unknown): Promise<Response> {
  return fetch(`${server?.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Staff enroll the kiosk from its staff screen (the pull needs its device token). */
async function enroll(k: Kiosk, code: string): Promise<void> {
  const { page } = k;
  await startSession(k, 1);
  // Not enrolled yet: the staff way in asks only for the code.
  await enrollFromStaffEntry(page, code);
}

/** The network "comes back": the kiosk pulls at once instead of at its next minute. */
const wakePull = (page: Page) => page.evaluate('window.dispatchEvent(new Event("online"))');

/** The duty number the kiosk has fetched, checked and kept (before it may apply it). */
const keptHasNumber = (page: Page, number: string) =>
  page.evaluate(
    `(localStorage.getItem('nuanxin.config.lastGood') || '').includes(${JSON.stringify(number)})`,
  );

async function aboutShows(page: Page, number: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: exactName('中心信息') }).waitFor();
  await page.getByText(number).first().waitFor();
}

test('a published phone number and idle timeout reach a kiosk on its attract screen; restore brings the old back', async () => {
  server = await startServer({ distDir });
  const cookie = await adminCookie(server);
  kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
  const { page } = kiosk;
  await page.clock.install();
  await kiosk.goto('/', { 'i18n-audit': 1 });
  await enroll(kiosk, await enrollmentCode(server, '大厅 1', cookie));
  // A fresh start, enrolled, standing on the attract screen.
  await kiosk.goto('/', { 'i18n-audit': 1 });
  await page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();

  const v1 = (await (await api('/api/config/current', cookie)).json()) as ConfigVersionView;
  expect(v1.number).toBe(1);
  const published = await api('/api/config/versions', cookie, {
    files: edited(v1.files, NEW_NUMBER, 30),
    note: '新的值班电话',
    basedOn: 1,
  });
  expect(published.status).toBe(201);
  const v2 = (await published.json()) as ConfigVersionView;

  // No reload: the pull brings "config" → the kiosk fetches, checks and applies it on attract.
  await wakePull(page);
  await expect.poll(() => keptHasNumber(page, NEW_NUMBER), { timeout: 30_000 }).toBe(true);
  await page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();
  await startSession(kiosk, 1);
  await tapButton(page, '中心信息');
  await aboutShows(page, NEW_NUMBER);
  await checkScreen(kiosk, 'config-update-about', 1, true);

  // The fleet page learns which version the kiosk runs with its next request.
  await wakePull(page);
  await expect
    .poll(
      async () => {
        const { kiosks } = (await (await api('/api/kiosks', cookie)).json()) as {
          kiosks: { configNumber: number | null; configVersion: string | null }[];
        };
        return kiosks[0]?.configNumber;
      },
      { timeout: 30_000 },
    )
    .toBe(2);

  // Restore version 1 while the elder reads the screen: nothing changes under their finger.
  const restored = await api('/api/config/versions/1/restore', cookie, { note: '改回去' });
  expect(restored.status).toBe(201);
  expect(((await restored.json()) as ConfigVersionView).hash).toBe(v1.hash);
  await wakePull(page);
  await expect.poll(() => keptHasNumber(page, OLD_NUMBER), { timeout: 30_000 }).toBe(true);
  await page.getByText(NEW_NUMBER).first().waitFor();
  expect(await page.getByText(OLD_NUMBER).count()).toBe(0);

  // They walk away: the new 30-second timeout brings the attract screen, where v1 is applied.
  await page.clock.runFor(31_000);
  await page.getByRole('button', { name: /请触摸屏幕开始/ }).waitFor();
  await startSession(kiosk, 1);
  await tapButton(page, '中心信息');
  await aboutShows(page, OLD_NUMBER);
  expect(await page.getByText(NEW_NUMBER).count()).toBe(0);
  expect(v2.number).toBe(2);
  kiosk.expectNoProblems('config update');
});

test('the console preview shows a draft from localStorage, marked, without enrolling or syncing', async () => {
  server = await startServer({ distDir });
  const cookie = await adminCookie(server);
  const v1 = (await (await api('/api/config/current', cookie)).json()) as ConfigVersionView;
  const draft = { version: 'draft', files: edited(v1.files, NEW_NUMBER, 120) };
  for (const orientation of ['landscape', 'portrait'] as const) {
    kiosk = await launchKiosk({ orientation, baseURL: server.url, executablePath });
    const { page } = kiosk;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await kiosk.goto('/');
    await page.evaluate(
      `localStorage.setItem('nuanxin.config.preview', ${JSON.stringify(JSON.stringify(draft))})`,
    );
    requests.length = 0;
    await kiosk.goto('/', { preview: 1, 'i18n-audit': 1 });
    await page.getByRole('heading', { level: 1, name: /您想做什么/ }).waitFor();
    await page.getByRole('complementary', { name: /预览/ }).waitFor();
    await checkScreen(kiosk, 'config-preview-home', 1, true);
    await tapButton(page, '中心信息');
    await aboutShows(page, NEW_NUMBER);
    await checkScreen(kiosk, 'config-preview-about', 1, true);
    await saveScreenshot(page, 'kiosk-config-preview-about-mark', orientation, 1);
    // No enrolling, syncing or pulling (the page's <link rel=preload> still fetches /config.json,
    // but the preview never uses it nor keeps it as the last good copy).
    expect(requests.filter((p) => p.startsWith('/api/'))).toEqual([]);
    expect(
      await page.evaluate(
        `(localStorage.getItem('nuanxin.config.lastGood') || '').includes(${JSON.stringify(NEW_NUMBER)})`,
      ),
    ).toBe(false);
    await kiosk.close();
    kiosk = undefined;
  }
});
