/**
 * 学用手机 in real Chromium against the centre server: the demo lessons completed by touch in each
 * way of learning — guided (the arrow from the start), practice with the hint ladder reached by
 * deliberate misses (L1 words, L2 arrow and hand, L3 greyed rest and "watch me"), and a test that
 * earns the "自己做到了" star — with axe, the layout checks (overflow, target sizes and gaps, words
 * kept whole) and the i18n audit on every state, at 1× and 1.6× in both orientations. Every step
 * of the demo lessons is photographed in both orientations at 1× (tests/report/screenshots/
 * kiosk-lesson-*.png).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { HOLD_MS } from '../../../src/kiosk/flows/lessons/ladder';
import type { Lesson } from '../../../src/shared/lessons/schema';
import {
  type Kiosk,
  launchKiosk,
  type Orientation,
  readNewScreen,
  type TextSize,
  touch,
} from '../support/browser';
import { findBrokenWords, findTargetProblems, formatOverflow } from '../support/layout';
import { REPO_ROOT } from '../support/server';
import { checkScreen, exactName, startSession, tapButton } from './kiosk-helpers';

const baseURL = inject('baseURL');
const executablePath = inject('chromiumPath');
const ORIENTATIONS: Orientation[] = ['landscape', 'portrait'];
const SIZES: TextSize[] = [1, 1.6];

const DIR = `${REPO_ROOT}/kiosk-config/demo/lessons`;
const LESSONS = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Lesson)
  .sort((a, b) => a.order - b.order);
const FIRST = LESSONS[0] as Lesson;

/** axe, overflow, i18n audit (checkScreen), plus the targets and whole words of layout.ts. */
async function checkState(kiosk: Kiosk, name: string, size: TextSize, shoot: boolean) {
  await checkScreen(kiosk, name, size, shoot);
  const problems = [
    ...(await findTargetProblems(kiosk.page)),
    ...(await findBrokenWords(kiosk.page)),
  ];
  expect(problems, `${name} (${kiosk.orientation}, ${size}×)\n${formatOverflow(problems)}`).toEqual(
    [],
  );
}

const item = (page: Page, id: string) => page.locator(`[data-item="${id}"]`);

async function centre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await item(page, id).boundingBox();
  if (!box) throw new Error(`no phone item ${id}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The step's action as the real phone needs it: a tap, a press-and-hold, or a drag. */
async function doStep(page: Page, step: Lesson['steps'][number]): Promise<void> {
  const gesture = step.gesture ?? 'tap';
  if (gesture === 'tap') return touch(page, item(page, step.target));
  await item(page, step.target).waitFor();
  await readNewScreen(page);
  const from = await centre(page, step.target);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  if (gesture === 'hold') await page.waitForTimeout(HOLD_MS + 300);
  else {
    const to = await centre(page, step.dropOn ?? '');
    await page.mouse.move(to.x, to.y, { steps: 12 });
  }
  await page.mouse.up();
}
const level = (page: Page) => page.locator('.lesson').getAttribute('data-level');

async function openLesson(kiosk: Kiosk, lesson: Lesson, size: TextSize) {
  const { page } = kiosk;
  await kiosk.goto('/', { 'i18n-audit': 1 });
  await startSession(kiosk, size);
  await tapButton(page, '学用手机');
  await page.getByRole('heading', { level: 1, name: exactName('学用手机') }).waitFor();
  await touch(page, page.locator(`.lesson-list .big-button`).nth(LESSONS.indexOf(lesson)));
  await page.getByRole('button', { name: /跟着我做/ }).waitFor();
}

describe.each(ORIENTATIONS)('lessons, %s', (orientation) => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    kiosk = await launchKiosk({ orientation, baseURL, executablePath });
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  test.each(SIZES)('guided through every step of every demo lesson at %s×', async (size) => {
    const { page } = kiosk;
    const shoot = size === 1;
    for (const lesson of LESSONS) {
      await openLesson(kiosk, lesson, size);
      if (lesson === FIRST) {
        await tapButton(page, '首页');
        await tapButton(page, '学用手机');
        await page.locator('.lesson-list').waitFor();
        await checkState(kiosk, 'lesson-list', size, shoot);
        await touch(page, page.locator('.lesson-list .big-button').first());
        await page.getByRole('button', { name: /跟着我做/ }).waitFor();
        await checkState(kiosk, 'lesson-modes', size, shoot);
      }
      await touch(page, page.getByRole('button', { name: /跟着我做/ }));
      for (const [i, step] of lesson.steps.entries()) {
        await page
          .locator('.lesson__counter')
          .getByText(`第 ${i + 1} 步，共 ${lesson.steps.length} 步`)
          .waitFor();
        expect(await level(page)).toBe('2');
        await expect
          .poll(() => item(page, step.target).locator('.phone-hint__hand').count())
          .toBe(1);
        // Every step at 1×; at 1.6× the first and last, which carry the most text.
        if (size === 1 || i === 0 || i === lesson.steps.length - 1)
          await checkState(kiosk, `lesson-${lesson.id}-step-${i + 1}`, size, shoot);
        await doStep(page, step);
      }
      await page.getByRole('heading', { level: 1, name: exactName('学完了') }).waitFor();
      if (lesson === FIRST) await checkState(kiosk, 'lesson-done-guided', size, shoot);
      await tapButton(page, '首页');
    }
  });

  test.each(SIZES)('the hint ladder in practice, by deliberate misses, at %s×', async (size) => {
    const { page } = kiosk;
    const shoot = size === 1;
    await openLesson(kiosk, FIRST, size);
    await touch(page, page.getByRole('button', { name: /自己试试/ }));
    const [first, ...rest] = FIRST.steps;
    if (!first) throw new Error('a lesson has steps');
    const wrong = first.screen.elements
      .flatMap((e) => e.items ?? [])
      .filter((i) => i.id !== first.target);
    await page.locator('.lesson[data-level="0"]').waitFor();
    await checkState(kiosk, 'lesson-practice-L0', size, shoot);
    for (const [rung, miss] of wrong.slice(0, 3).entries()) {
      await touch(page, item(page, miss.id));
      await page.locator(`.lesson[data-level="${rung + 1}"]`).waitFor();
      await checkState(kiosk, `lesson-practice-L${rung + 1}`, size, shoot);
    }
    await tapButton(page, '看我做一遍');
    await page.locator('.phone-hint--replay, .phone-item--hinted').first().waitFor();
    await touch(page, item(page, first.target));
    for (const step of rest) {
      await page.locator('.lesson[data-level="0"]').waitFor();
      await doStep(page, step);
    }
    await page.getByRole('heading', { level: 1, name: exactName('学完了') }).waitFor();
    await checkState(kiosk, 'lesson-done-practice', size, shoot);
  });

  test.each(SIZES)('a test done unaided earns the star, at %s×', async (size) => {
    const { page } = kiosk;
    const shoot = size === 1;
    await openLesson(kiosk, FIRST, size);
    await touch(page, page.getByRole('button', { name: /考考自己/ }));
    await page
      .getByText(/要做的事：/)
      .first()
      .waitFor();
    await checkState(kiosk, 'lesson-check-step', size, shoot);
    for (const [i, step] of FIRST.steps.entries()) {
      await page
        .locator('.lesson__counter')
        .getByText(`第 ${i + 1} 步，共 ${FIRST.steps.length} 步`)
        .waitFor();
      expect(await level(page)).toBe('0');
      await doStep(page, step);
    }
    for (const [q, question] of FIRST.check.entries()) {
      await page
        .locator('.lesson__counter')
        .getByText(`第 ${q + 1} 题，共 2 题`)
        .waitFor();
      if (q === 0) await checkState(kiosk, 'lesson-quiz', size, shoot);
      const right = question.answers.find((a) => a.right);
      await tapButton(page, right?.text['zh-Hans'] ?? '');
      if (q === 0) await checkState(kiosk, 'lesson-quiz-answered', size, shoot);
      await tapButton(page, q === 0 ? '下一题' : '学完了');
    }
    await page.getByText('自己做到了').first().waitFor();
    await checkState(kiosk, 'lesson-done-check', size, shoot);
  });
});
