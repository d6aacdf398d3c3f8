/**
 * Class mode and the presenter screen (issue #15 items 3 and 4), in two pages of one Chromium: an
 * elder checks in to a class at the kiosk and follows its lesson there in class mode while the
 * trainer's presenter screen shows the lesson and the kiosk's seat. Three misses bring the kiosk
 * to L3: it says a volunteer has been asked (the signal reached the server), and the seat lights
 * on the presenter by the kiosk's name, never the elder's, without a reload; the trainer marks it
 * handled and the light goes out; the learner moves on and the seat follows. axe on the presenter
 * screen (empty and lit) and the kiosk at L3; screenshots console-class-presenter-*.png and
 * kiosk-class-mode-L3-*.png.
 */
import { afterEach, describe, expect, inject, test } from 'vitest';
import {
  checkScreen,
  enrollThroughStaffScreen,
  exactName,
  readCard,
  startSession,
  tapButton,
} from '../kiosk/kiosk-helpers';
import { item, LESSONS } from '../kiosk/lesson-helpers';
import { type Kiosk, launchKiosk, touch } from '../support/browser';
import { seededAdmin } from '../support/centre-admin';
import { planClassNow } from '../support/classes';
import { type ServerHandle, startServer } from '../support/server';
import { check, logInFirstAdmin } from './console-helpers';

const distDir = inject('distDir');
const executablePath = inject('chromiumPath');

let kiosk: Kiosk | undefined;
let server: ServerHandle | undefined;
afterEach(async () => {
  await kiosk?.close();
  await server?.stopAndRemoveData();
  kiosk = undefined;
  server = undefined;
});

const LESSON = LESSONS.find((l) => l.id === 'video-call');

describe('class mode and the presenter screen', () => {
  test('a learner at L3 lights the kiosk’s seat on the presenter screen, then it clears', async () => {
    if (!LESSON) throw new Error('the demo centre teaches video-call');
    const [first, second] = LESSON.steps;
    if (!first || !second) throw new Error('a lesson has steps');
    server = await startServer({ distDir });
    kiosk = await launchKiosk({ orientation: 'landscape', baseURL: server.url, executablePath });
    await enrollThroughStaffScreen(kiosk, server, '大厅 1');
    const sessionId = await planClassNow(server, [LESSON.id]);
    const { page } = kiosk;

    // The trainer's screen first, with nobody at a kiosk yet: the class follows the TV.
    const tv = await kiosk.context.newPage();
    await tv.setViewportSize({ width: 1920, height: 1080 });
    await tv.goto(`${server.url}/console/`);
    await logInFirstAdmin(tv, seededAdmin(server));
    await tv.goto(`${server.url}/console/#/class-present/${sessionId}`);
    await tv.getByText('第 1 步，共').first().waitFor();
    await tv.getByText('没有自助机在上这节课').waitFor();
    await tv.getByRole('button', { name: '显示箭头' }).click();
    await tv.locator('.phone-arrow').waitFor();
    await check(tv, 'class-presenter');

    // The elder checks in by card and follows the class here.
    await kiosk.goto('/', { 'i18n-audit': 1 });
    await startSession(kiosk, 1);
    const tile = /^[\u2063\u2064]*今天的课：/;
    await page.getByRole('button', { name: tile }).waitFor({ timeout: 20_000 });
    await tapButton(page, tile);
    await readCard(page, '10001');
    await page.getByText(exactName('签到好了')).first().waitFor({ timeout: 20_000 });
    await tapButton(page, '在这里跟着老师学');
    await touch(page, page.getByRole('button', { name: /自己试试/ }));
    await page.locator('.lesson[data-level="0"]').waitFor();

    const seat = tv.locator('.seat', { hasText: '大厅 1' });
    await seat.getByText('第 1 / ').waitFor({ timeout: 20_000 });

    // Three misses: L1, L2, L3.
    const wrong = first.screen.elements
      .flatMap((e) => e.items ?? [])
      .filter((i) => i.id !== first.target);
    for (const [rung, miss] of wrong.slice(0, 3).entries()) {
      await touch(page, item(page, miss.id));
      await page.locator(`.lesson[data-level="${rung + 1}"]`).waitFor();
    }
    // Shown under the step (and, once said, as the caption too).
    await page
      .locator('.lesson__volunteer')
      .getByText('已请志愿者过来，请稍等。')
      .waitFor({ timeout: 20_000 });
    await checkScreen(kiosk, 'class-mode-L3', 1, true);

    // The seat lights on the TV without a reload, by the kiosk's name and never the elder's.
    await seat.getByText('需要志愿者').waitFor({ timeout: 20_000 });
    expect(await tv.locator('.presenter').textContent()).not.toContain('李秀英');
    await check(tv, 'class-presenter-lit');

    // The trainer goes over: the light clears.
    await seat.getByRole('button', { name: /已有人过去/ }).click();
    await seat.getByText('需要志愿者').waitFor({ state: 'detached' });
    expect(await seat.getAttribute('class')).not.toContain('seat--lit');

    // The learner does the step: the seat follows to step 2.
    await touch(page, item(page, first.target));
    await page.locator('.lesson[data-level="0"]').waitFor();
    await seat.getByText('第 2 / ').waitFor({ timeout: 20_000 });
    kiosk.expectNoProblems('class mode');
  }, 90_000);
});
