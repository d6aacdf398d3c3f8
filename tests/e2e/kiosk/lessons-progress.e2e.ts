/**
 * Lesson progress across kiosks (issue #14), in real Chromium with the real service worker: on an
 * enrolled kiosk with the network down, an elder identifies by card (the offline roster), is told
 * earlier progress needs the connection, and does the first three steps of a lesson; the network
 * comes back and the progress arrives once. On a second kiosk (its own browser context), the same
 * card: 我的学习 shows the step they got to and the lesson offers to go on from step 4.
 * Its own server, so taking the network away harms no other test.
 */

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, expect, inject, test } from 'vitest';
import { ensureServiceWorkerControl, type Kiosk, launchKiosk, touch } from '../support/browser';
import { type ServerHandle, startServer } from '../support/server';
import {
  checkScreen,
  enrollThroughStaffScreen,
  exactName,
  readCard,
  startSession,
  tapButton,
} from './kiosk-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

const kiosks: Kiosk[] = [];
let server: ServerHandle | undefined;

afterAll(async () => {
  for (const k of kiosks) await k.close();
  await server?.stopAndRemoveData();
});

/** Rows of the centre's database (the server this helper started keeps it by port). */
function rows<T>(handle: ServerHandle, sql: string): T[] {
  const db = new Database(join(tmpdir(), `nuanxin-e2e-${handle.port}.db`), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** Words on screen, whatever invisible i18n-audit markers sit between their characters. */
function loose(words: string): RegExp {
  const any = '[\\u2063\\u2064]*';
  return new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(any));
}

/** From the home screen: 学用手机, 记录我的学习, the card, and on to the list. */
async function identifyForLessons(page: Page): Promise<void> {
  await tapButton(page, '学用手机');
  await page.getByRole('heading', { level: 1, name: exactName('学用手机') }).waitFor();
  await tapButton(page, /记录我的学习/);
  await page.getByRole('heading', { name: exactName('请刷卡或输入卡号') }).waitFor();
  await readCard(page, '10001');
  await page.getByRole('heading', { name: exactName('李秀英，您好') }).waitFor();
  await tapButton(page, '继续');
  await page.getByRole('heading', { level: 1, name: exactName('学用手机') }).waitFor();
}

const lessonTile = (page: Page) => page.locator('[data-lesson="big-text-wifi"] .big-button');

test('progress made offline arrives once, and another kiosk offers to go on from it', async () => {
  server = await startServer({ distDir });
  const handle = server;
  const first = await launchKiosk({
    orientation: 'landscape',
    baseURL: handle.url,
    executablePath,
  });
  kiosks.push(first);
  // A second kiosk of the centre, in its own browser context; both enrolled at once.
  const second = await launchKiosk({
    orientation: 'landscape',
    baseURL: handle.url,
    executablePath,
  });
  kiosks.push(second);
  await Promise.all([
    enrollThroughStaffScreen(first, handle, '大厅 1', { audit: false }),
    enrollThroughStaffScreen(second, handle, '大厅 2'),
  ]);
  await first.goto('/');
  await ensureServiceWorkerControl(first.page);
  // The worker keeps the lessons once it has the config: wait for them before the network goes.
  await expect
    .poll(
      () =>
        first.page.evaluate(
          `caches.open('nuanxin-lessons').then((c) => c.keys()).then((keys) => keys.map((r) => new URL(r.url).pathname))`,
        ),
      { timeout: 20_000 },
    )
    .toEqual(expect.arrayContaining(['/lessons/index.json', '/lessons/big-text-wifi.json']));

  await first.context.setOffline(true);
  const { page } = first;
  await startSession(first, 1);
  await identifyForLessons(page);
  await page.getByText(loose('以前的学习记录要联网才能看到')).first().waitFor();
  await touch(page, lessonTile(page));
  await touch(page, page.getByRole('button', { name: /自己试试/ }));
  for (const target of ['settings', 'display', 'text-size'])
    await touch(page, page.locator(`[data-item="${target}"]`));
  await page
    .locator('.lesson__counter')
    .getByText(/第 4 步/)
    .waitFor();
  await touch(page, page.getByRole('button', { name: /我用完了/ }));
  expect(rows(handle, 'SELECT member_id FROM lesson_progress')).toEqual([]);

  // Back online: the three steps arrive, each once, folded into one record.
  await first.context.setOffline(false);
  await expect
    .poll(
      () =>
        rows<{ resume_steps_done: number }>(
          handle,
          'SELECT resume_steps_done FROM lesson_progress',
        ),
      { timeout: 60_000, interval: 500 },
    )
    .toEqual([{ resume_steps_done: 3 }]);
  expect(
    rows(handle, "SELECT count(*) AS n FROM sync_entries WHERE kind = 'lesson.progress'"),
  ).toEqual([{ n: 3 }]);

  // The second kiosk, the same card: where she stopped, and going on from there (its screens
  // checked like every kiosk screen: axe, overflow, every word through i18next).
  await second.goto('/', { 'i18n-audit': 1 });
  await startSession(second, 1);
  await identifyForLessons(second.page);
  await lessonTile(second.page).getByText(loose('学到第 3 步')).waitFor();
  await checkScreen(second, 'lessons-mine', 1, false);
  await touch(second.page, lessonTile(second.page));
  await second.page.getByRole('button', { name: /从第 4 步继续/ }).waitFor();
  await checkScreen(second, 'lesson-resume', 1, false);
  await touch(second.page, second.page.getByRole('button', { name: /从第 4 步继续/ }));
  await second.page
    .locator('.lesson__counter')
    .getByText(/第 4 步/)
    .waitFor();
  // The first kiosk logged its failed requests while the network was down: only no page errors.
  expect(first.takeProblems().pageErrors).toEqual([]);
  second.expectNoProblems('lesson progress, second kiosk');
}, 180_000);
