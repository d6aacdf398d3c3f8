/**
 * Lessons offline: after one online visit, in which no lesson was opened, the service worker holds
 * the lesson list and every lesson of the config in force, so with the server stopped and the
 * network down an elder can still open the list and any lesson and learn on the phone. Uses its
 * own server, so stopping it harms no other test.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ensureServiceWorkerControl, type Kiosk, launchKiosk, touch } from '../support/browser';
import { type ServerHandle, startServer } from '../support/server';
import { exactName, startSession, tapButton } from './kiosk-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

describe('lessons offline', () => {
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

  test('the list and every lesson open with the server stopped and the network down', async () => {
    const { page } = kiosk;
    await kiosk.goto('/');
    await ensureServiceWorkerControl(page);
    const listed = (await (await fetch(`${server.url}/lessons/index.json`)).json()) as {
      lessons: { id: string }[];
    };
    // The worker fetches the list and each lesson after it keeps the config: all of them, unopened.
    await expect
      .poll(
        () =>
          page.evaluate(
            `caches.open('nuanxin-lessons').then((c) => c.keys()).then((keys) => keys.map((r) => new URL(r.url).pathname))`,
          ),
        { timeout: 20_000 },
      )
      .toEqual(
        expect.arrayContaining([
          '/lessons/index.json',
          ...listed.lessons.map((l) => `/lessons/${l.id}.json`),
        ]),
      );

    await server.stop();
    await kiosk.context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await startSession(kiosk, 1);
    await tapButton(page, '学用手机');
    await page.getByRole('heading', { level: 1, name: exactName('学用手机') }).waitFor();
    await touch(page, page.locator('.lesson-list .big-button').last());
    await touch(page, page.getByRole('button', { name: /自己试试/ }));
    await page
      .locator('.lesson__counter')
      .getByText(/第 1 步/)
      .waitFor();
    await page.locator('.phone [data-target]').waitFor();
  });
});
