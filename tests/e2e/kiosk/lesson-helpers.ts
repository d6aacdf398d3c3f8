/**
 * What the lesson browser tests share: the demo lessons as files, the sample of them that gets the
 * full check set, opening one from the kiosk's home, and doing a step the way the real phone needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { HOLD_MS } from '../../../src/kiosk/flows/lessons/ladder';
import { GESTURES, type Lesson } from '../../../src/shared/lessons/schema';
import { type Kiosk, readNewScreen, type TextSize, touch } from '../support/browser';
import { REPO_ROOT } from '../support/server';
import { exactName, startSession, tapButton } from './kiosk-helpers';

const DIR = `${REPO_ROOT}/kiosk-config/demo/lessons`;

/** The demo centre's lessons, in the order the kiosk lists them. */
export const LESSONS = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Lesson)
  .sort((a, b) => a.order - b.order);

/**
 * Screenshots for a person to look at: on by default, off in CI where nobody looks at them;
 * E2E_WALK_SCREENSHOTS=0 / 1 decides (as in layout.e2e.ts).
 */
export const SCREENSHOTS = process.env.E2E_WALK_SCREENSHOTS
  ? process.env.E2E_WALK_SCREENSHOTS !== '0'
  : !process.env.CI;

const gestures = (lesson: Lesson) => new Set(lesson.steps.map((s) => s.gesture ?? 'tap'));

/**
 * The lessons walked with every check: the first (the ladder and the test use it too), then, for
 * each gesture no chosen lesson has yet, the lesson with that gesture that teaches the most kinds
 * (the earliest of equals) — so a tap, a press-and-hold and a drag are each walked in full.
 */
export function sampleLessons(lessons: Lesson[]): Lesson[] {
  const chosen = lessons.slice(0, 1);
  for (const gesture of GESTURES) {
    if (chosen.some((l) => gestures(l).has(gesture))) continue;
    const best = lessons
      .filter((l) => gestures(l).has(gesture))
      .sort((a, b) => gestures(b).size - gestures(a).size)[0];
    if (best) chosen.push(best);
  }
  return chosen;
}

export const item = (page: Page, id: string) => page.locator(`[data-item="${id}"]`);

async function centre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await item(page, id).boundingBox();
  if (!box) throw new Error(`no phone item ${id}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The step's action as the real phone needs it: a tap, a press-and-hold, or a drag. */
export async function doStep(page: Page, step: Lesson['steps'][number]): Promise<void> {
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

/** From the kiosk's start: a session at this text size, 学用手机, the lesson, its three ways. */
export async function openLesson(kiosk: Kiosk, lesson: Lesson, size: TextSize): Promise<void> {
  const { page } = kiosk;
  await kiosk.goto('/', { 'i18n-audit': 1 });
  await startSession(kiosk, size);
  await tapButton(page, '学用手机');
  await chooseLesson(page, lesson);
}

async function chooseLesson(page: Page, lesson: Lesson): Promise<void> {
  await page.getByRole('heading', { level: 1, name: exactName('学用手机') }).waitFor();
  await touch(page, page.locator(`.lesson-list .big-button`).nth(LESSONS.indexOf(lesson)));
  await page.getByRole('button', { name: /跟着我做/ }).waitFor();
}

/**
 * The next lesson as an elder goes on to one: from the end of the last, 选别的课 and the list
 * (no new page load or session); from anywhere else, from the start as openLesson does.
 */
export async function openNextLesson(kiosk: Kiosk, lesson: Lesson): Promise<void> {
  const other = kiosk.page.getByRole('button', { name: exactName('选别的课') });
  if ((await other.count()) === 0) return openLesson(kiosk, lesson, 1);
  await touch(kiosk.page, other);
  await chooseLesson(kiosk.page, lesson);
}
