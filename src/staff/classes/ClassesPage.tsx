/**
 * 课程和签到 (trainers and admins): the sessions from a month ago on, each with how many are
 * checked in, a form to plan one, and a session's sign-in list (#/classes/<id>).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { ClassesApi, type ClassSession } from '../../shared/classes/api';
import { call } from '../api/client';
import { href } from '../app/router';
import { centreToday } from '../pages/meals/dates';
import { ErrorNote } from '../ui/Notice';
import { CapacityMark } from './CapacityMark';
import { lessonName, useCentre, useLessons } from './classes-data';
import { SessionForm } from './SessionForm';
import { SessionPage } from './SessionPage';
import './classes.css';

function SessionList() {
  const lessons = useLessons();
  const centre = useCentre();
  const [sessions, setSessions] = useState<ClassSession[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () =>
    call(ClassesApi.sessions, { query: {} }).then((a) => setSessions(a.sessions), setError);
  useEffect(() => void load(), []);
  const today = centreToday(centre?.timeZone ?? 'Asia/Shanghai');
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('classesConsole.list.title')}</h1>
      </div>
      <ErrorNote error={error} />
      {sessions?.length === 0 && <p>{t('classesConsole.list.none')}</p>}
      {sessions && sessions.length > 0 && (
        <div class="table-wrap">
          <table class="table" data-table="sessions">
            <caption class="visually-hidden">{t('classesConsole.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('classesConsole.list.date')}</th>
                <th scope="col">{t('classesConsole.list.time')}</th>
                <th scope="col">{t('classesConsole.list.lessons')}</th>
                <th scope="col">{t('classesConsole.list.venue')}</th>
                <th scope="col">{t('classesConsole.list.trainer')}</th>
                <th scope="col">{t('classesConsole.list.kind')}</th>
                <th scope="col" class="num">
                  {t('classesConsole.list.checkedIn')}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t('classesConsole.list.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} data-session={s.id}>
                  <th scope="row" class="nowrap">
                    {verbatim(s.date)}
                    {s.cancelled && ` ${t('classRecords.edit.cancelledShort')}`}
                  </th>
                  <td class="nowrap">{verbatim(`${s.start}–${s.end}`)}</td>
                  <td>{s.lessonIds.map((id) => lessonName(lessons, id)).join('、')}</td>
                  <td>{verbatim(s.venue)}</td>
                  <td>{verbatim(s.trainerName)}</td>
                  <td>{t(`classesConsole.kinds.${s.kind}`)}</td>
                  <td class="num nowrap">
                    {t('classesConsole.list.places', { count: s.checkedIn, capacity: s.capacity })}
                    <CapacityMark checkedIn={s.checkedIn} capacity={s.capacity} />
                  </td>
                  <td>
                    <a class="button" href={href('classes', s.id)}>
                      {t('classesConsole.list.open')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SessionForm today={today} onSaved={() => void load()} />
    </>
  );
}

export function ClassesPage({ rest }: { rest: string | null }) {
  return rest ? <SessionPage id={rest} /> : <SessionList />;
}
