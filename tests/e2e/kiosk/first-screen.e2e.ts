/**
 * The first screen before the code (README: "The first screen before the code"): the centre
 * server sends the kiosk's page with the attract screen drawn in, so a kiosk starting cold shows
 * it before any script has run. Until the kiosk's code runs, that copy must claim nothing: a
 * touch does nothing and a screen reader finds no button. Then the kiosk draws over it on the
 * same nodes (nothing moves), and the screen works as always. Its stylesheets come in the page
 * (src/tools/inline-first-styles.ts): no round trip holds the first paint, the page's CSP allows
 * them, and no flow fetches them again.
 */
import { afterEach, expect, inject, test } from 'vitest';
import { type Kiosk, launchKiosk } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';
import { type ServerHandle, startServer } from '../support/server';
import { startSession } from './kiosk-helpers';

const executablePath = inject('chromiumPath');
const distDir = inject('distDir');

let kiosk: Kiosk | undefined;
let server: ServerHandle | undefined;
afterEach(async () => {
  await kiosk?.close();
  await server?.stop();
});

async function open(serviceWorkers: 'allow' | 'block'): Promise<Kiosk> {
  server = await startServer({ distDir });
  kiosk = await launchKiosk({
    orientation: 'landscape',
    baseURL: server.url,
    executablePath,
    serviceWorkers,
  });
  return kiosk;
}

const count = (k: Kiosk, selector: string) =>
  k.page.evaluate(`document.querySelectorAll(${JSON.stringify(selector)}).length`);

test('with no script run, the attract screen shows, and claims nothing', async () => {
  // Page routes must see every request (a service worker would answer from its cache).
  const k = await open('block');
  const { page } = k;
  await page.route('**/assets/*.js', (route) => route.abort());
  await k.goto('/');
  await page.getByText('欢迎来到长青社区服务中心').waitFor();
  await page.getByText('请触摸屏幕开始').waitFor();
  await saveScreenshot(page, 'kiosk-first-screen-before-code', 'landscape', 1);
  // Hidden from screen readers, and inert: no button to find, and a touch does nothing.
  expect(await page.getByRole('button').count()).toBe(0);
  expect(await count(k, 'main.attract[inert][aria-hidden="true"]')).toBe(1);
  const start = await page.getByText('请触摸屏幕开始').boundingBox();
  if (!start) throw new Error('the start button is not on screen');
  await page.mouse.click(start.x + start.width / 2, start.y + start.height / 2);
  await page.waitForTimeout(500);
  expect(await count(k, 'main.attract')).toBe(1);
  expect(await page.getByText('您想做什么？').count()).toBe(0);
  k.takeProblems();
});

test('the kiosk draws over it on the same nodes, and the screen works', async () => {
  // A first start: no service worker controls the page yet, so the route sees the start script.
  const k = await open('allow');
  const { page } = k;
  // Hold the kiosk's start until the server's copy has been marked.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/kiosk-start-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(k.url('/'), { waitUntil: 'commit' });
  await page.getByText('欢迎来到长青社区服务中心').waitFor();
  await page.evaluate(
    `document.querySelector('h1').fromServer = true; document.querySelector('.attract__start').fromServer = true`,
  );
  release();
  await expect
    .poll(() => page.evaluate(`performance.getEntriesByName('kiosk-interactive').length`), {
      timeout: 15_000,
      interval: 100,
    })
    .toBe(1);
  // The same nodes, now the kiosk's: nothing was drawn again, nothing moved.
  expect(await page.evaluate(`document.querySelector('h1').fromServer === true`)).toBe(true);
  expect(await page.evaluate(`document.querySelector('.attract__start').fromServer === true`)).toBe(
    true,
  );
  expect(await count(k, '[inert]')).toBe(0);
  expect(await count(k, 'main[aria-hidden]')).toBe(0);
  await startSession(k);
  k.expectNoProblems('first screen, then a session');
});

test('its stylesheets come in the page: none fetched, none refused, none fetched again later', async () => {
  // Page events must see every request (a service worker would answer from its cache).
  const k = await open('block');
  const { page } = k;
  const sheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet' || request.url().endsWith('.css'))
      sheets.push(new URL(request.url()).pathname);
  });
  await k.goto('/');
  await expect
    .poll(() => page.evaluate(`performance.getEntriesByName('kiosk-interactive').length`), {
      timeout: 15_000,
      interval: 100,
    })
    .toBe(1);
  const inlined = (await page.evaluate(
    `[...document.querySelectorAll('link[rel=stylesheet][disabled]')].map((l) => new URL(l.href).pathname)`,
  )) as string[];
  expect(inlined.length).toBeGreaterThan(0);
  expect(await count(k, 'head > style')).toBe(inlined.length);
  // Styled from the page: the start button is a large target, not the browser's default button.
  const height = await page.evaluate(
    `document.querySelector('.attract__start').getBoundingClientRect().height`,
  );
  expect(height).toBeGreaterThanOrEqual(80);
  expect(sheets).toEqual([]);
  // Leaving the attract screen fetches every flow, with the stylesheets only they use.
  await startSession(k);
  await expect.poll(() => sheets.length, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  for (const sheet of inlined) expect(sheets).not.toContain(sheet);
  // A refused inline sheet would be a console error here. (With service workers blocked for this
  // test, the kiosk's registration of its worker fails, as it should.)
  const { pageErrors, consoleErrors } = k.takeProblems();
  expect(pageErrors).toEqual([]);
  expect(consoleErrors.filter((e) => !e.includes('service worker'))).toEqual([]);
});
