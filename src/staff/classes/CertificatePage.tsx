/**
 * A course's certificate of completion, printed on A4 (classes.css: its own page size and large
 * type; the console around it is hidden in print): the centre's name, the learner's, the course
 * and each of its lessons, and the day it is printed. The server gives it only for a finished
 * course; otherwise this page says which lessons are still to do.
 */
import { useEffect, useState } from 'preact/hooks';
import { HTML_LANG, language, localText, t, verbatim } from '../../i18n';
import { type Certificate, CompletionApi } from '../../shared/classes/completion-api';
import { call } from '../api/client';
import { ApiError } from '../api/http';
import { href } from '../app/router';
import { ErrorNote } from '../ui/Notice';
import './class-records.css';
import { lessonName, useLessons } from './classes-data';

/** "2026年12月6日" / "6 December 2026", from the centre's day YYYY-MM-DD. */
function longDate(day: string): string {
  return new Intl.DateTimeFormat(HTML_LANG[language.value], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** "学完了“…”的全部 3 课：", and for a course of one lesson not "全部 1 课" but "这一课". */
export function certificateBody(course: string, lessonCount: number): string {
  return lessonCount === 1
    ? t('classRecords.certificate.bodySingle', { course })
    : t('classRecords.certificate.body', { course, count: lessonCount });
}

export function CertificatePage({ learnerId, courseId }: { learnerId: string; courseId: string }) {
  const lessons = useLessons();
  const [cert, setCert] = useState<Certificate | null>(null);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call(CompletionApi.certificate, {
      params: { id: learnerId },
      query: { course: courseId },
    }).then(setCert, async (err: unknown) => {
      if (!(err instanceof ApiError && err.code === 'course_unfinished')) return setError(err);
      // Say what is missing by name: the learner's record has the course's standing.
      try {
        const record = await call(CompletionApi.learner, { params: { id: learnerId } });
        const standing = record.courses.find((c) => c.course.id === courseId);
        setMissing(standing?.missing ?? []);
      } catch (again) {
        setError(again);
      }
    });
  }, [learnerId, courseId]);
  return (
    <>
      <p class="no-print">
        <a href={href('class-learners', learnerId)}>{t('classRecords.certificate.back')}</a>{' '}
        {cert && (
          <button type="button" class="button button--primary" onClick={() => window.print()}>
            {t('classRecords.certificate.print')}
          </button>
        )}
      </p>
      {cert && <p class="no-print">{t('classRecords.certificate.printNote')}</p>}
      <ErrorNote error={error} />
      {missing && (
        <p role="status" class="class-certificate__refused">
          {t('classRecords.certificate.refused', {
            lessons: missing.map((l) => lessonName(lessons, l)).join('、'),
          })}
        </p>
      )}
      {cert && (
        <article class="class-certificate" aria-labelledby="certificate-title">
          <p class="class-certificate__centre">{localText(cert.centre)}</p>
          <h1 id="certificate-title" tabIndex={-1} class="class-certificate__title">
            {t('classRecords.certificate.heading')}
          </h1>
          <p class="class-certificate__name">{verbatim(cert.learnerName)}</p>
          <p class="class-certificate__body">
            {certificateBody(verbatim(cert.course.title), cert.course.lessonIds.length)}
          </p>
          <ol class="class-certificate__lessons">
            {cert.course.lessonIds.map((l) => (
              <li key={l}>{lessonName(lessons, l)}</li>
            ))}
          </ol>
          <p class="class-certificate__date">{verbatim(longDate(cert.issuedOn))}</p>
        </article>
      )}
    </>
  );
}
