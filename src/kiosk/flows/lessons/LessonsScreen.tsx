/**
 * 学用手机: the lessons of the centre, fetched when the job opens; a tap opens one. Anyone learns
 * anonymously; "记录我的学习" asks for the card, and for an identified elder the list shows 我的学习
 * (finished lessons, the star for 自己做到了, where they stopped), said as it arrives.
 */
import { useEffect, useState } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import type { LessonListing } from '../../../shared/lessons/validate';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { enrollment } from '../../app/offline';
import { navigate } from '../../app/router';
import { say, usePrompt } from '../../app/speech';
import { BigButton, Problem, ScrollArea } from '../../ui';
import { identifiedMember, identify } from '../identify/identify';
import { chosenLesson, fetchIndex, type Loaded } from './lesson-data';
import { learnerSaid, learnerSummary, lessonStanding, type Standing } from './mine';
import { learner, loadLearner } from './progress';

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
  const member = identifiedMember.value;
  useEffect(() => {
    void loadLearner();
  }, [member?.id]);
  const mine = member && learner.value?.memberId === member.id ? learner.value : null;
  usePrompt(t('lessons.list.prompt'));
  const listed = index.state === 'ready' ? index.value : null;
  // 我的学习 is said once both the list and the learner's records are in (or known missing).
  const mineSaid = mine && listed && mine.earlier !== 'loading' ? learnerSaid(mine, listed) : '';
  useEffect(() => {
    if (mineSaid) say(mineSaid);
  }, [mineSaid]);
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
          {mine && (
            <p class="lesson-mine" role="status">
              {learnerSummary(mine, index.value)}
            </p>
          )}
          {/* Only an enrolled kiosk can save progress for someone (entries need the server). */}
          {!member && enrollment.value && (
            <div class="lesson-record">
              <BigButton
                id="lessons-record"
                icon="user"
                variant="secondary"
                label={t('lessons.mine.record')}
                sublabel={t('lessons.mine.recordNote')}
                onPress={() => identify({ next: 'lessons' })}
              />
            </div>
          )}
          <ul class="lesson-list">
            {index.value.map((lesson) => (
              <li key={lesson.id} data-lesson={lesson.id}>
                <LessonTile
                  lesson={lesson}
                  standing={lessonStanding(mine?.records.get(lesson.id))}
                />
              </li>
            ))}
          </ul>
        </ScrollArea>
      )}
    </KioskScreen>
  );
}

const TILE_ICON = {
  star: 'star',
  done: 'check',
  started: 'smartphone',
  none: 'smartphone',
} as const;

/** A lesson's button: its title and summary, and for a learner how far they are with it. */
function LessonTile({ lesson, standing }: { lesson: LessonListing; standing: Standing }) {
  const tile = t('lessons.list.tile', { summary: localText(lesson.summary), count: lesson.steps });
  return (
    <BigButton
      id={`lesson-${lesson.id}`}
      icon={TILE_ICON[standing.kind]}
      variant="secondary"
      label={localText(lesson.title)}
      sublabel={standing.words ? t('lessons.mine.tile', { tile, status: standing.words }) : tile}
      onPress={() => {
        chosenLesson.value = lesson.id;
        navigate('lesson');
      }}
    />
  );
}
