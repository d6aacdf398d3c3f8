/**
 * The month's training sign-in sheet, the evidence a district asks for: each session (date, time,
 * venue, trainer, lessons) with everyone checked in, how, and a column to sign; on A4 when printed
 * (classes.css hides the console around it).
 */
import { useEffect, useState } from 'preact/hooks';
import { localText, t, verbatim } from '../../i18n';
import { ClassesApi, type SignInSheet as Sheet } from '../../shared/classes/api';
import { call } from '../api/client';
import { dateTime } from '../app/format';
import { href } from '../app/router';
import { ErrorNote } from '../ui/Notice';
import { lessonName, useCentre, useLessons } from './classes-data';

export function SignInSheet({ month }: { month: string }) {
  const lessons = useLessons();
  const centre = useCentre();
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call(ClassesApi.signIn, { query: { month } }).then(setSheet, setError);
  }, [month]);
  const held = sheet?.sessions.filter((s) => s.attendees.length > 0) ?? [];
  return (
    <div class="sign-in-sheet">
      <p class="no-print">
        <a href={href('class-report')}>{t('classesConsole.sheet.back')}</a>{' '}
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('classesConsole.sheet.print')}
        </button>
      </p>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('classesConsole.sheet.title', { month: verbatim(month) })}</h1>
      </div>
      {centre && <p class="sign-in-sheet__centre">{localText(centre.name)}</p>}
      <p class="sign-in-sheet__printed">
        {t('classesConsole.sheet.printed', { time: dateTime(new Date().toISOString()) })}
      </p>
      <ErrorNote error={error} />
      {sheet && held.length === 0 && <p>{t('classesConsole.sheet.none')}</p>}
      {held.map(({ session: s, attendees }) => (
        <section key={s.id} class="sign-in-sheet__session">
          <h2>
            {t('classesConsole.sheet.session', {
              date: verbatim(s.date),
              start: verbatim(s.start),
              end: verbatim(s.end),
              venue: verbatim(s.venue),
              trainer: verbatim(s.trainerName),
            })}
          </h2>
          <p>{s.lessonIds.map((l) => lessonName(lessons, l)).join('、')}</p>
          <table class="table">
            <caption class="visually-hidden">{verbatim(`${s.date} ${s.start}`)}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  {t('classesConsole.sheet.no')}
                </th>
                <th scope="col">{t('classesConsole.session.name')}</th>
                <th scope="col">{t('classesConsole.session.method')}</th>
                <th scope="col">{t('classesConsole.session.at')}</th>
                <th scope="col" class="sign-in-sheet__sign">
                  {t('classesConsole.sheet.signature')}
                </th>
              </tr>
            </thead>
            <tbody>
              {attendees.map((a, i) => (
                <tr key={a.learnerId}>
                  <td class="num">{i + 1}</td>
                  <th scope="row">
                    {verbatim(a.name)}
                    {a.guest && ` ${t('classesConsole.session.guest')}`}
                  </th>
                  <td>
                    {t(`classesConsole.methods.${a.method}`)}
                    {a.by && ` · ${verbatim(a.by)}`}
                  </td>
                  <td class="nowrap">{dateTime(a.at)}</td>
                  <td class="sign-in-sheet__sign" />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
