/**
 * The kiosk keeps working when the centre server goes away: after one online visit the service
 * worker starts it with the server stopped and the network down, and it picks up again when the
 * server comes back on the same address. Uses its own server, so stopping it harms no other test.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ensureServiceWorkerControl, type Kiosk, launchKiosk } from './support/browser';
import { type ServerHandle, startServer } from './support/server';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

/** The attract screen's one big button: the kiosk is up and can be touched. */
const START = /请触摸屏幕开始|Touch the screen/;

describe('offline', () => {
  let server: ServerHandle;
  let kiosk: Kiosk;

  beforeAll(async () => {
    server = await startServer({ distDir });
    kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
  });
  afterAll(async () => {
    await kiosk?.close();
    await server?.stopAndRemoveData();
  });

  test('starts from the service worker with the server stopped and the network down', async () => {
    const { page } = kiosk;
    await kiosk.goto('/');
    await page.getByRole('button', { name: START }).waitFor();
    await ensureServiceWorkerControl(page);
    kiosk.expectNoProblems('online start');

    await server.stop();
    await kiosk.context.setOffline(true);
    const response = await page.reload({ waitUntil: 'load' });
    expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await page.getByRole('button', { name: START }).waitFor();
    expect(await page.evaluate('navigator.onLine')).toBe(false);
    // Failed requests to the absent server are expected while offline; uncaught errors are not.
    expect(kiosk.takeProblems().pageErrors).toEqual([]);

    // A touch still works offline: attract → home.
    await page.getByRole('button', { name: START }).tap();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(kiosk.takeProblems().pageErrors).toEqual([]);
  });

  test('comes back when the server returns on the same address', async () => {
    const { page } = kiosk;
    server = await startServer({ distDir, port: server.port });
    await kiosk.context.setOffline(false);
    await kiosk.goto('/');
    await page.getByRole('button', { name: START }).waitFor();
    const health = await page.evaluate(`fetch('/healthz').then((r) => r.ok)`);
    expect(health).toBe(true);
    kiosk.expectNoProblems('back online');
  });
});
