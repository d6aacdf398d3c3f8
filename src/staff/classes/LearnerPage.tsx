/**
 * A learner's record (我的学员 → 学习情况): each lesson they learned or were taught, with where
 * they are and their figures, and each course they came to — finished, with its certificate to
 * print, or what is still missing. A trainer reaches only their own learners (the server says 403).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { CompletionApi, type LearnerCompletion } from '../../shared/classes/completion-api';
import { call } from '../api/client';
import { href } from '../app/router';
import { ErrorNote } from '../ui/Notice';
import './class-records.css';
import { communityName, lessonName, useCentre, useLessons } from './classes-data';
import { CompletionTable } from './completion-cells';

export function LearnerPage({ id }: { id: string }) {
  const lessons = useLessons();
  const centre = useCentre();
  const [record, setRecord] = useState<LearnerCompletion | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call(CompletionApi.learner, { params: { id } }).then(setRecord, setError);
  }, [id]);
  const names = (ids: readonly string[]) => ids.map((l) => lessonName(lessons, l)).join('、');
  // In teaching order where the lesson list knows them.
  const order = (lessonId: string) => {
    const i = lessons.findIndex((l) => l.id === lessonId);
    return i === -1 ? lessons.length : i;
  };
  const rows = record
    ? [...record.lessons].sort((a, b) => order(a.lessonId) - order(b.lessonId))
    : [];
  const community = record?.learner.community
    ? communityName(centre, record.learner.community)
    : null;
  return (
    <>
      <p>
        <a href={href('class-learners')}>{t('classRecords.learner.back')}</a>
      </p>
      <div class="page-head">
        <h1 tabIndex={-1}>
          {record
            ? t('classRecords.learner.title', { name: verbatim(record.learner.name) })
            : t('classRecords.learner.open')}
        </h1>
      </div>
      {community && <p>{community}</p>}
      <ErrorNote error={error} />
      {record && (
        <>
          <h2>{t('classRecords.learner.courses')}</h2>
          {record.courses.length === 0 && <p>{t('classRecords.learner.noCourses')}</p>}
          <ul class="class-courses">
            {record.courses.map(({ course, missing }) => (
              <li key={course.id} data-course={course.id}>
                <a href={href('class-learners', `course/${course.id}`)}>{verbatim(course.title)}</a>
                {' · '}
                {missing.length === 0 ? (
                  <>
                    {t('classRecords.learner.finished')}{' '}
                    <a
                      class="button button--primary"
                      href={href('class-learners', `${id}/certificate/${course.id}`)}
                    >
                      {t('classRecords.learner.certificate')}
                    </a>
                  </>
                ) : (
                  t('classRecords.learner.missing', { lessons: names(missing) })
                )}
              </li>
            ))}
          </ul>
          <h2>{t('classRecords.learner.lessons')}</h2>
          <p class="class-report__why">{t('classRecords.learner.why')}</p>
          {rows.length === 0 && <p>{t('classRecords.learner.none')}</p>}
          {rows.length > 0 && (
            <CompletionTable
              caption={t('classRecords.learner.lessons')}
              rows={rows}
              lessons={lessons}
              dataTable="completion"
            />
          )}
        </>
      )}
    </>
  );
}
