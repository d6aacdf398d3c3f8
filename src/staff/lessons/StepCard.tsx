/**
 * One lesson as an A4 step card for an elder to take home: the lesson's title and summary, then
 * each step word for word as the kiosk shows it (its instruction large, its narration under it)
 * beside a drawing of the phone with the place to touch circled, then the practice task. Printed
 * in the language chosen here (the elder's, not necessarily the console's); the controls and the
 * console's frame are left off the paper (console.css and step-card.css, @media print).
 */
import { useEffect, useState } from 'preact/hooks';
import { language, t, tIn } from '../../i18n';
import { LANGUAGES, type Language } from '../../shared/config/fields';
import { lessonFile, lessonUrl } from '../../shared/lessons/files';
import type { Lesson } from '../../shared/lessons/schema';
import { validateLessonFile } from '../../shared/lessons/validate';
import { href } from '../app/router';
import { PhoneSketch } from './PhoneSketch';

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; lesson: Lesson }
  | { state: 'failed'; detail: string };

/** The lesson as the kiosk would get it: fetched, then checked with the same rules. */
async function fetchLesson(id: string): Promise<Lesson> {
  const res = await fetch(lessonUrl(id));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const outcome = validateLessonFile(lessonFile(id), await res.text());
  if (outcome.problems) throw new Error(outcome.problems[0]?.message ?? 'invalid');
  return outcome.lesson;
}

export function StepCard({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [lang, setLang] = useState<Language>(language.value);
  useEffect(() => {
    let live = true;
    fetchLesson(id).then(
      (lesson) => live && setLoaded({ state: 'ready', lesson }),
      (error: unknown) =>
        live &&
        setLoaded({
          state: 'failed',
          detail: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <>
      <div class="page-head no-print">
        <h1 tabIndex={-1}>
          {loaded.state === 'ready'
            ? loaded.lesson.title[language.value]
            : t('lessonCards.list.title')}
        </h1>
        <div class="actions">
          <a class="button button--quiet" href={href('lesson-cards')}>
            {t('lessonCards.card.back')}
          </a>
          <button
            type="button"
            class="button button--primary"
            disabled={loaded.state !== 'ready'}
            onClick={() => window.print()}
          >
            {t('lessonCards.card.print')}
          </button>
        </div>
      </div>
      <div class="no-print step-card__controls">
        <div class="field">
          <label for="step-card-language">{t('lessonCards.card.language')}</label>
          <select
            id="step-card-language"
            value={lang}
            onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {tIn(l, 'console.app.ownName')}
              </option>
            ))}
          </select>
        </div>
        <p>{t('lessonCards.card.printNote')}</p>
      </div>
      {loaded.state === 'loading' && <p>{t('lessonCards.card.loading')}</p>}
      {loaded.state === 'failed' && (
        <p class="notice notice--error" role="alert">
          {t('lessonCards.card.failed', { detail: loaded.detail })}
        </p>
      )}
      {loaded.state === 'ready' && <Card lesson={loaded.lesson} lang={lang} />}
    </>
  );
}

function Card({ lesson, lang }: { lesson: Lesson; lang: Language }) {
  return (
    <article class="step-card" lang={lang}>
      <header class="step-card__head">
        <h2 class="step-card__title">{lesson.title[lang]}</h2>
        <p class="step-card__summary">{lesson.summary[lang]}</p>
      </header>
      <ol class="step-card__steps">
        {lesson.steps.map((step, i) => (
          // Steps have no ids; their order in the lesson is what the card mirrors.
          <li key={i} class="step-card__step">
            <div class="step-card__words">
              <p class="step-card__n">{tIn(lang, 'lessonCards.card.step', { n: i + 1 })}</p>
              <p class="step-card__instruction">{step.words[lang]}</p>
              <p class="step-card__narration">{step.narration[lang]}</p>
            </div>
            <PhoneSketch step={step} lang={lang} />
          </li>
        ))}
      </ol>
      <section class="step-card__practice">
        <h3>{tIn(lang, 'lessonCards.card.practice')}</h3>
        <p>{lesson.practice.task[lang]}</p>
        <p class="step-card__help">{tIn(lang, 'lessonCards.card.help')}</p>
      </section>
    </article>
  );
}
