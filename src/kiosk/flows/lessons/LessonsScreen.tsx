/** 学用手机: the lessons of the centre, fetched when the job opens; a tap opens one. */
import { useEffect, useState } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import type { LessonListing } from '../../../shared/lessons/validate';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { say, usePrompt } from '../../app/speech';
import { BigButton, Problem, ScrollArea } from '../../ui';
import { chosenLesson, fetchIndex, type Loaded } from './lesson-data';

export function LessonsScreen() {
  const [index, setIndex] = useState<Loaded<LessonListing[]>>({ state: 'loading' });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let live = true;
    fetchIndex().then(
      (value) => live && setIndex({ state: 'ready', value: value.lessons }),
      () => live && setIndex({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [tries]);
  usePrompt(t('lessons.list.prompt'));
  const empty = index.state === 'ready' && index.value.length === 0;
  // Said when it happens, and what "Hear again" repeats from then on.
  useEffect(() => {
    if (index.state === 'failed')
      say(
        t('lessons.list.failedSaid', {
          what: t('lessons.list.failed'),
          next: t('lessons.list.failedNext'),
        }),
      );
    else if (empty) say(t('lessons.list.none'));
  }, [index.state, empty]);
  return (
    <KioskScreen title={t('lessons.list.title')}>
      {index.state === 'loading' && <p class="info-block__lead">{t('lessons.list.loading')}</p>}
      {index.state === 'failed' && (
        <Problem
          what={t('lessons.list.failed')}
          next={t('lessons.list.failedNext')}
          action={{
            label: t('lessons.list.again'),
            icon: 'refresh',
            onPress: () => {
              setIndex({ state: 'loading' });
              setTries((n) => n + 1);
            },
          }}
        />
      )}
      {empty && <p class="info-block__lead">{t('lessons.list.none')}</p>}
      {index.state === 'ready' && !empty && (
        <ScrollArea label={t('lessons.list.title')}>
          <ul class="lesson-list">
            {index.value.map((lesson) => (
              <li key={lesson.id}>
                <BigButton
                  id={`lesson-${lesson.id}`}
                  icon="smartphone"
                  variant="secondary"
                  label={localText(lesson.title)}
                  sublabel={t('lessons.list.tile', {
                    summary: localText(lesson.summary),
                    count: lesson.steps,
                  })}
                  onPress={() => {
                    chosenLesson.value = lesson.id;
                    navigate('lesson');
                  }}
                />
              </li>
            ))}
          </ul>
        </ScrollArea>
      )}
    </KioskScreen>
  );
}
