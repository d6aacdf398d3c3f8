/**
 * 学用手机步骤卡: the centre's lessons (the config in force, read from the same public addresses
 * the kiosks use), and one lesson as an A4 step card to print (#/lesson-cards/<id>).
 */
import { useEffect, useState } from 'preact/hooks';
import { localText, t } from '../../i18n';
import { LESSON_INDEX_URL } from '../../shared/lessons/files';
import type { LessonIndex } from '../../shared/lessons/validate';
import { href } from '../app/router';
import { StepCard } from './StepCard';
import './step-card.css';

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

function LessonList() {
  const [index, setIndex] = useState<Loaded<LessonIndex>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    fetch(LESSON_INDEX_URL)
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json() as Promise<LessonIndex>;
      })
      .then(
        (value) => live && setIndex({ state: 'ready', value }),
        () => live && setIndex({ state: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('lessonCards.list.title')}</h1>
      </div>
      <p class="lesson-cards__intro">{t('lessonCards.list.intro')}</p>
      {index.state === 'loading' && <p>{t('lessonCards.list.loading')}</p>}
      {index.state === 'failed' && (
        <p class="notice notice--error" role="alert">
          {t('lessonCards.list.failed')}
        </p>
      )}
      {index.state === 'ready' && index.value.lessons.length === 0 && (
        <p>{t('lessonCards.list.none')}</p>
      )}
      {index.state === 'ready' && index.value.lessons.length > 0 && (
        <ul class="lesson-cards">
          {index.value.lessons.map((lesson) => (
            <li key={lesson.id} class="lesson-cards__item">
              <span class="lesson-cards__title">{localText(lesson.title)}</span>
              <span class="lesson-cards__summary">
                {localText(lesson.summary)} · {t('lessonCards.list.steps', { count: lesson.steps })}
              </span>
              <a class="button" href={href('lesson-cards', lesson.id)}>
                {t('lessonCards.list.open')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function LessonCardsPage({ rest }: { rest: string | null }) {
  return rest ? <StepCard id={rest} /> : <LessonList />;
}
