/**
 * 我的学员: the members checked in to the trainer's classes (an admin's: everyone's), their
 * community and how many sessions, and the lessons they finished at a kiosk — never a phone,
 * address or ID: the server does not send them here.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { ClassesApi, type Learner } from '../../shared/classes/api';
import { call } from '../api/client';
import { ErrorNote } from '../ui/Notice';
import { communityName, lessonName, useCentre, useLessons } from './classes-data';
import './classes.css';

export function LearnersPage() {
  const lessons = useLessons();
  const centre = useCentre();
  const [learners, setLearners] = useState<Learner[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call(ClassesApi.learners).then((a) => setLearners(a.learners), setError);
  }, []);
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('classesConsole.learners.title')}</h1>
      </div>
      <p>{t('classesConsole.learners.intro')}</p>
      <ErrorNote error={error} />
      {learners?.length === 0 && <p>{t('classesConsole.learners.none')}</p>}
      {learners && learners.length > 0 && (
        <div class="table-wrap">
          <table class="table" data-table="learners">
            <caption class="visually-hidden">{t('classesConsole.learners.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('classesConsole.learners.name')}</th>
                <th scope="col">{t('classesConsole.learners.community')}</th>
                <th scope="col" class="num">
                  {t('classesConsole.learners.sessions')}
                </th>
                <th scope="col">{t('classesConsole.learners.done')}</th>
              </tr>
            </thead>
            <tbody>
              {learners.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{verbatim(l.name)}</th>
                  <td>
                    {(l.community && communityName(centre, l.community)) ??
                      t('classesConsole.learners.noCommunity')}
                  </td>
                  <td class="num">{l.sessions}</td>
                  <td>
                    {l.lessons
                      .filter((r) => r.completed)
                      .map((r) => `${lessonName(lessons, r.lessonId)}${r.unaided ? ' ★' : ''}`)
                      .join('、')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
