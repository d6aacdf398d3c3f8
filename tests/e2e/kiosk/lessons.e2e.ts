/**
 * 学用手机 in real Chromium against the centre server. The full check set (axe, the layout checks —
 * overflow, target sizes and gaps, words kept whole — and the i18n audit) runs on every step of a
 * sample of the demo lessons at 1× in both orientations: the first lesson, and for each gesture a
 * step can ask for (tap, press-and-hold, drag) a lesson that teaches it, guided through; at 1.6×
 * on the first lesson's first and last steps. The hint ladder is reached by deliberate misses in
 * practice, and a test done unaided earns the "自己做到了" star, at both sizes. Every step of every
 * other lesson is walked too, at 1× with the cheaper checks (lessons-every-step.e2e.ts), so ten
 * lessons cost the browser tests little more than three did.
 *
 * Screenshots (tests/report/screenshots/kiosk-lesson-*.png) are taken at 1× when a person will look
 * at them: by default locally, not in CI (E2E_WALK_SCREENSHOTS=0 / 1 decides, as for the layout walk).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Lesson } from '../../../src/shared/lessons/schema';
import {
  type Kiosk,
  launchKiosk,
  type Orientation,
  type TextSize,
  touch,
} from '../support/browser';
import { findBrokenWords, findTargetProblems, formatOverflow } from '../support/layout';
import { checkScreen, exactName, tapButton } from './kiosk-helpers';
import { doStep, item, LESSONS, openLesson, SCREENSHOTS, sampleLessons } from './lesson-helpers';

const baseURL = inject('baseURL');
const executablePath = inject('chromiumPath');
const ORIENTATIONS: Orientation[] = ['landscape', 'portrait'];
const SIZES: TextSize[] = [1, 1.6];

const FIRST = LESSONS[0] as Lesson;
const SAMPLE = sampleLessons(LESSONS);

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

const level = (page: Page) => page.locator('.lesson').getAttribute('data-level');

describe.each(ORIENTATIONS)('lessons, %s', (orientation) => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    kiosk = await launchKiosk({ orientation, baseURL, executablePath });
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  test.each(SIZES)('guided through every step of the sampled lessons at %s×', async (size) => {
    const { page } = kiosk;
    const shoot = SCREENSHOTS && size === 1;
    // At 1.6× the first lesson only: the others' phones are the same elements with other words,
    // and every step of every lesson is walked at 1× (here and in lessons-every-step.e2e.ts).
    for (const lesson of size === 1 ? SAMPLE : [FIRST]) {
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
    const shoot = SCREENSHOTS && size === 1;
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
    const shoot = SCREENSHOTS && size === 1;
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
