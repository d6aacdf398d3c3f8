/**
 * A course's learners (the trainer's own; an admin's: all) lesson by lesson: where each is and
 * their figures, finished or not, with the certificate of each who finished.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { CompletionApi, type CourseCompletion } from '../../shared/classes/completion-api';
import { call } from '../api/client';
import { href } from '../app/router';
import { ErrorNote } from '../ui/Notice';
import './class-records.css';
import { useLessons } from './classes-data';
import { CompletionTable } from './completion-cells';

export function CoursePage({ id }: { id: string }) {
  const lessons = useLessons();
  const [page, setPage] = useState<CourseCompletion | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call(CompletionApi.course, { params: { id } }).then(setPage, setError);
  }, [id]);
  return (
    <>
      <p>
        <a href={href('class-learners')}>{t('classRecords.course.back')}</a>
      </p>
      <div class="page-head">
        <h1 tabIndex={-1}>
          {page
            ? t('classRecords.course.title', { title: verbatim(page.course.title) })
            : t('classRecords.courses.title')}
        </h1>
      </div>
      <ErrorNote error={error} />
      {page?.course.schedule && <p>{verbatim(page.course.schedule)}</p>}
      {page && page.learners.length === 0 && <p>{t('classRecords.course.none')}</p>}
      {page?.learners.map((learner) => (
        <section key={learner.id} class="class-course__learner" data-learner={learner.id}>
          <h2>
            <a href={href('class-learners', learner.id)}>{verbatim(learner.name)}</a>
            {' · '}
            {learner.finished
              ? t('classRecords.course.finished')
              : t('classRecords.course.notFinished')}
          </h2>
          {learner.finished && (
            <p>
              <a
                class="button button--primary"
                href={href('class-learners', `${learner.id}/certificate/${id}`)}
              >
                {t('classRecords.learner.certificate')}
              </a>
            </p>
          )}
          <CompletionTable
            caption={verbatim(learner.name)}
            rows={learner.lessons}
            lessons={lessons}
          />
        </section>
      ))}
    </>
  );
}
