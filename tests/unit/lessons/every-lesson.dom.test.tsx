/**
 * Every demo lesson, every step, in each of the three languages, taken as a test (考考自己): each
 * step's phone shows all its items with their names in that language, the target among them; a
 * first miss names what was touched and what to look for, and shows the step's own words; a hold or
 * drag missed twice may then be a plain tap; and the two questions follow, each answer explained.
 * The browser tests (tests/e2e/kiosk/lessons*.e2e.ts) check how the steps look and fit; this one
 * checks, cheaply, that every word of every lesson reaches the screen in every language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localText, setLanguage, t } from '../../../src/i18n';
import { home } from '../../../src/kiosk/app/router';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config } from '../../../src/kiosk/app/state';
import { LessonScreen } from '../../../src/kiosk/flows/lessons/LessonScreen';
import { chosenLesson } from '../../../src/kiosk/flows/lessons/lesson-data';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import type { Language } from '../../../src/shared/config/fields';
import type { Lesson } from '../../../src/shared/lessons/schema';
import { demoConfig } from '../meals-flow/support';
import { recordingVoice } from '../support/recording-voice';
import { tap } from '../ui/helpers';

const DIR = 'kiosk-config/demo/lessons';
const LESSONS = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Lesson);
const LANGUAGES: Language[] = ['zh-Hans', 'zh-Hant', 'en'];

let served: Lesson | undefined;

beforeEach(() => {
  config.value = demoConfig();
  setVoice(recordingVoice().voice);
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(served)));
  home();
});
afterEach(() => {
  vi.unstubAllGlobals();
});
afterAll(() => {
  setLanguage('zh-Hans');
});

const item = (id: string) => document.querySelector(`[data-item="${id}"]`) as HTMLElement;
const note = () => document.querySelector('.lesson__note')?.textContent;

describe.each(LANGUAGES)('every demo lesson in %s', (language) => {
  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s: every step drawn and done, then the two questions',
    async (_id, lesson) => {
      setLanguage(language);
      served = lesson;
      chosenLesson.value = lesson.id;
      render(
        <KioskUiProvider repeatIgnoreMs={0}>
          <LessonScreen />
        </KioskUiProvider>,
      );
      tap(await screen.findByRole('button', { name: new RegExp(t('lessons.modes.check')) }));
      for (const [i, step] of lesson.steps.entries()) {
        const at = `${lesson.id} step ${i + 1} (${language})`;
        expect(document.querySelector('.lesson__counter')?.textContent, at).toBe(
          t('lessons.step.counter', { n: i + 1, total: lesson.steps.length }),
        );
        const items = step.screen.elements.flatMap((e) => e.items ?? []);
        for (const it of items)
          expect(item(it.id)?.textContent, `${at}: ${it.id}`).toContain(localText(it.label));
        expect(item(step.target)?.hasAttribute('data-target'), at).toBe(true);

        // A first miss: on another item if there is one, else on the phone's empty background.
        const other = items.find((it) => it.id !== step.target);
        if (other) tap(item(other.id));
        else tap(document.querySelector('.phone__screen') as HTMLElement);
        const look = localText(step.look);
        expect(note(), at).toBe(
          other
            ? t('lessons.step.tapped', { tapped: localText(other.label), look })
            : t('lessons.step.tappedNothing', { look }),
        );
        expect(document.querySelector('.lesson__step-words')?.textContent, at).toBe(
          localText(step.words),
        );
        // A hold or a drag touched like a tap is a second miss, and then a plain tap does.
        if ((step.gesture ?? 'tap') !== 'tap') {
          tap(item(step.target));
          expect(note(), at).toContain(t('lessons.step.plainTapSaid'));
        }
        tap(item(step.target));
      }
      for (const [q, question] of lesson.check.entries()) {
        const at = `${lesson.id} question ${q + 1} (${language})`;
        const question$ = await screen.findByText(localText(question.question));
        expect(question$, at).toBeTruthy();
        const right = question.answers.find((a) => a.right) as (typeof question.answers)[number];
        tap(screen.getByRole('button', { name: localText(right.text) }));
        expect(note(), at).toBe(t('lessons.quiz.right', { because: localText(question.because) }));
        tap(
          screen.getByRole('button', {
            name: q + 1 < lesson.check.length ? t('lessons.quiz.next') : t('lessons.done.title'),
          }),
        );
      }
      await waitFor(() =>
        expect(document.querySelector('.lesson-done__words')?.textContent).toContain('2'),
      );
    },
    20_000,
  );
});
