/**
 * The console's printed step card: every step of a demo lesson word for word (instruction and
 * narration) beside a drawing of its phone screen with the place to touch named — "点这里", and
 * for a hold or a drag what the finger does, with the drop place marked — the practice task at
 * the end, in the language chosen for the card; Print opens the browser's print window; a broken
 * or missing lesson says so instead of a card.
 */
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import type { Lesson } from '../../../src/shared/lessons/schema';
import { LessonCardsPage } from '../../../src/staff/lessons/LessonCardsPage';

const SCAMS = readFileSync('kiosk-config/demo/lessons/phone-scams.json', 'utf8');
const lesson = JSON.parse(SCAMS) as Lesson;
let served: Record<string, { status: number; body: string }>;

beforeEach(() => {
  setLanguage('zh-Hans');
  served = {
    '/lessons/phone-scams.json': { status: 200, body: SCAMS },
    '/lessons/index.json': {
      status: 200,
      body: JSON.stringify({
        version: 'v1',
        lessons: [
          {
            id: 'phone-scams',
            order: 9,
            icon: 'shield',
            title: lesson.title,
            summary: lesson.summary,
            steps: 6,
          },
        ],
      }),
    },
  };
  vi.stubGlobal('fetch', async (url: string) => {
    const answer = served[url] ?? { status: 404, body: '{}' };
    return new Response(answer.body, { status: answer.status });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  setLanguage('zh-Hans');
});

const steps = () => [...document.querySelectorAll('.step-card__step')] as HTMLElement[];
const mark = (step: HTMLElement, id: string) =>
  step.querySelector(`[data-item="${id}"] .sketch__mark`)?.textContent ?? null;

describe('the step card', () => {
  it('lists the lessons, each linking to its card', async () => {
    render(<LessonCardsPage rest={null} />);
    const link = await screen.findByRole('link', { name: '打开步骤卡' });
    expect(link.getAttribute('href')).toBe('#/lesson-cards/phone-scams');
    expect(screen.getByText('防电话骗子')).toBeTruthy();
  });

  it('mirrors every step word for word, with the target named by what the finger does', async () => {
    render(<LessonCardsPage rest="phone-scams" />);
    await screen.findByRole('heading', { level: 2, name: '防电话骗子' });
    expect(steps()).toHaveLength(lesson.steps.length);
    lesson.steps.forEach((step, i) => {
      const card = steps()[i] as HTMLElement;
      const words = within(card);
      words.getByText(`第 ${i + 1} 步`);
      words.getByText(step.words['zh-Hans']);
      words.getByText(step.narration['zh-Hans']);
      // Every item of the screen is drawn; only the target (and a drag's drop) is marked.
      const items = step.screen.elements.flatMap((e) => e.items ?? []);
      expect(card.querySelectorAll('[data-item]')).toHaveLength(items.length);
      expect(card.querySelectorAll('.sketch__mark')).toHaveLength(step.gesture === 'drag' ? 2 : 1);
      expect(card.querySelector('.sketch__item--target')?.getAttribute('data-item')).toBe(
        step.target,
      );
    });
    expect(mark(steps()[0] as HTMLElement, 'hang-up')).toBe('点这里');
    expect(mark(steps()[2] as HTMLElement, 'chat-scam')).toBe('按住这里');
    expect(mark(steps()[4] as HTMLElement, 'sms-prize')).toBe('按住拖走');
    expect(mark(steps()[4] as HTMLElement, 'bin')).toBe('拖到这里');
    screen.getByText(lesson.practice.task['zh-Hans']);
  });

  it('prints in the language chosen for the card, whatever the console’s', async () => {
    render(<LessonCardsPage rest="phone-scams" />);
    await screen.findByRole('heading', { level: 2, name: '防电话骗子' });
    fireEvent.change(screen.getByLabelText('步骤卡的语言'), { target: { value: 'en' } });
    screen.getByRole('heading', { level: 2, name: 'Stop phone cheats' });
    within(steps()[0] as HTMLElement).getByText('Step 1');
    expect(mark(steps()[0] as HTMLElement, 'hang-up')).toBe('Tap here');
    expect(document.querySelector('.step-card')?.getAttribute('lang')).toBe('en');
    // The console's own words stay in its language.
    screen.getByRole('button', { name: '打印' });
  });

  it('opens the print window from Print', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<LessonCardsPage rest="phone-scams" />);
    await screen.findByRole('heading', { level: 2, name: '防电话骗子' });
    fireEvent.click(screen.getByRole('button', { name: '打印' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says a lesson cannot be read, and offers no Print, when it is missing or broken', async () => {
    served['/lessons/phone-scams.json'] = { status: 200, body: '{"id": "phone-scams"}' };
    render(<LessonCardsPage rest="phone-scams" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^这一课读不出来：/);
    expect((screen.getByRole('button', { name: '打印' }) as HTMLButtonElement).disabled).toBe(true);
    expect(document.querySelector('.step-card')).toBeNull();
  });
});
