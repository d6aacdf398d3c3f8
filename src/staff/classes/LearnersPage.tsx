/**
 * 我的学员: the members checked in to the trainer's classes (an admin's: everyone's), their
 * community and how many sessions, and the lessons they finished at a kiosk — never a phone,
 * address or ID: the server does not send them here. Below, the courses; a learner's name opens
 * their record (#/class-learners/<id>), a course its learners' completion (…/course/<id>), and a
 * finished course its certificate (…/<id>/certificate/<course id>).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { ClassesApi, type Learner } from '../../shared/classes/api';
import { call } from '../api/client';
import { href } from '../app/router';
import { ErrorNote } from '../ui/Notice';
import { CertificatePage } from './CertificatePage';
import { CourseList } from './CourseList';
import { CoursePage } from './CoursePage';
import { communityName, lessonName, useCentre, useLessons } from './classes-data';
import { LearnerPage } from './LearnerPage';
import './classes.css';

function LearnerList() {
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
                  <th scope="row">
                    <a href={href('class-learners', l.id)}>{verbatim(l.name)}</a>
                  </th>
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
      <CourseList />
    </>
  );
}

export function LearnersPage({ rest }: { rest: string | null }) {
  if (!rest) return <LearnerList />;
  const course = /^course\/(.+)$/.exec(rest);
  if (course?.[1]) return <CoursePage id={course[1]} />;
  const cert = /^([^/]+)\/certificate\/(.+)$/.exec(rest);
  if (cert?.[1] && cert[2]) return <CertificatePage learnerId={cert[1]} courseId={cert[2]} />;
  return <LearnerPage id={rest} />;
}
