/**
 * 我的学习 on the lesson list: for an identified learner, what each lesson's tile adds (finished,
 * the star for 自己做到了, or the step they got to) and the words said when their records arrive.
 */
import { localText, t } from '../../../i18n';
import type { LessonRecord } from '../../../shared/lessons/progress';
import type { LessonListing } from '../../../shared/lessons/validate';
import type { Learner } from './progress';

/** How far this learner is with a lesson, and its words ('' when they have not started it). */
export interface Standing {
  kind: 'star' | 'done' | 'started' | 'none';
  words: string;
}

export function lessonStanding(record: LessonRecord | undefined): Standing {
  if (record?.unaided) return { kind: 'star', words: t('lessons.mine.star') };
  if (record?.completed) return { kind: 'done', words: t('lessons.mine.done') };
  if (record?.resume)
    return { kind: 'started', words: t('lessons.mine.at', { n: record.resume.stepsDone }) };
  return { kind: 'none', words: '' };
}

/** The line above the list: finished lessons and stars, or why earlier ones cannot be shown. */
export function learnerSummary(learner: Learner, lessons: readonly LessonListing[]): string {
  if (learner.earlier === 'loading') return t('lessons.mine.loading');
  const listed = lessons.map((l) => learner.records.get(l.id)).filter((r) => r !== undefined);
  const done = listed.filter((r) => r.completed).length;
  const stars = listed.filter((r) => r.unaided).length;
  const own = done > 0 ? t('lessons.mine.summary', { done, stars }) : '';
  if (learner.earlier === 'offline')
    return [own, t('lessons.mine.offline')].filter(Boolean).join(' ');
  if (learner.earlier === 'refused')
    return [own, t('lessons.mine.refused')].filter(Boolean).join(' ');
  return own || t('lessons.mine.nothingYet');
}

/** What is said once the records are in: the summary, then each lesson with a standing. */
export function learnerSaid(learner: Learner, lessons: readonly LessonListing[]): string {
  const each = lessons
    .map((l) => {
      const status = lessonStanding(learner.records.get(l.id)).words;
      return status ? t('lessons.mine.saidLesson', { title: localText(l.title), status }) : '';
    })
    .filter(Boolean);
  return [learnerSummary(learner, lessons), ...each].join(' ');
}
