/**
 * 培训统计 (trainers and admins): the year's sessions held, person-times and unique learners side
 * by side with why they differ, progress to the yearly target of centre.json, completion, volunteer
 * hours, each month (chart and table), by lesson and by community; the CSV; and each month's
 * printable sign-in sheet (#/class-report/<YYYY-MM>).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { hrefOf } from '../../shared/api/contract';
import { ClassesApi, type ClassReport } from '../../shared/classes/api';
import { call } from '../api/client';
import { href } from '../app/router';
import { centreToday } from '../pages/meals/dates';
import { SelectField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { communityName, lessonName, useCentre, useLessons } from './classes-data';
import { MonthChart } from './MonthChart';
import { SignInSheet } from './SignInSheet';
import './classes.css';

const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 100);

function Figures({ report }: { report: ClassReport }) {
  return (
    <>
      <dl class="figures">
        {(
          [
            ['sessions', report.sessions],
            ['personTimes', report.personTimes],
            ['unique', report.uniqueLearners],
          ] as const
        ).map(([key, value]) => (
          <div class="figure" data-figure={key} key={key}>
            <dt>{t(`classesConsole.report.${key}`)}</dt>
            <dd>
              <span class="figure__value">{value}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p class="class-report__why">{t('classesConsole.report.why')}</p>
      {report.target === null ? (
        <p>{t('classesConsole.report.noTarget')}</p>
      ) : (
        <div class="class-target">
          <p>
            {t('classesConsole.report.target', {
              target: report.target,
              monthly: Math.round(report.target / 12),
              done: report.personTimes,
              percent: percent(report.personTimes, report.target),
            })}
          </p>
          <div class="class-target__bar" aria-hidden="true">
            <span
              style={{ width: `${Math.min(100, percent(report.personTimes, report.target))}%` }}
            />
          </div>
        </div>
      )}
      <p>
        {t('classesConsole.report.completion', {
          completed: report.completion.completed,
          taught: report.completion.taught,
          percent: percent(report.completion.completed, report.completion.taught),
        })}{' '}
        {t('classesConsole.report.completionWhy')}
      </p>
      <p>{t('classesConsole.report.volunteerHours', { hours: report.volunteerHours })}</p>
    </>
  );
}

function Report({ report }: { report: ClassReport }) {
  const lessons = useLessons();
  const centre = useCentre();
  return (
    <>
      <Figures report={report} />
      <MonthChart report={report} />
      <div class="table-wrap">
        <table class="table" data-table="months">
          <caption class="visually-hidden">{t('classesConsole.report.chartTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('classesConsole.report.month')}</th>
              <th scope="col" class="num">
                {t('classesConsole.report.sessions')}
              </th>
              <th scope="col" class="num">
                {t('classesConsole.report.personTimes')}
              </th>
              <th scope="col" class="num">
                {t('classesConsole.report.unique')}
              </th>
              <th scope="col" class="num">
                {t('classesConsole.report.hours')}
              </th>
              <th scope="col">
                <span class="visually-hidden">{t('classesConsole.report.signIn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.months.map((m) => (
              <tr key={m.month} data-month={m.month}>
                <th scope="row">{verbatim(m.month)}</th>
                <td class="num">{m.sessions}</td>
                <td class="num">{m.personTimes}</td>
                <td class="num">{m.uniqueLearners}</td>
                <td class="num">{m.volunteerHours}</td>
                <td>
                  {m.sessions > 0 && (
                    <a href={href('class-report', m.month)}>{t('classesConsole.report.signIn')}</a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('classesConsole.report.byLesson')}</h2>
      <div class="table-wrap">
        <table class="table" data-table="lessons">
          <caption class="visually-hidden">{t('classesConsole.report.byLesson')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('classesConsole.report.lesson')}</th>
              <th scope="col" class="num">
                {t('classesConsole.report.sessions')}
              </th>
              <th scope="col" class="num">
                {t('classesConsole.report.personTimes')}
              </th>
              <th scope="col" class="num">
                {t('classesConsole.report.unique')}
              </th>
              <th scope="col" class="num">
                {t('classesConsole.report.completed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.byLesson.map((l) => (
              <tr key={l.lessonId}>
                <th scope="row">{lessonName(lessons, l.lessonId)}</th>
                <td class="num">{l.sessions}</td>
                <td class="num">{l.personTimes}</td>
                <td class="num">{l.uniqueLearners}</td>
                <td class="num">{`${l.completed} / ${l.taught}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('classesConsole.report.byCommunity')}</h2>
      <div class="table-wrap">
        <table class="table" data-table="communities">
          <caption class="visually-hidden">{t('classesConsole.report.byCommunity')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('classesConsole.report.community')}</th>
              <th scope="col" class="num">
                {t('classesConsole.report.personTimes')}
              </th>
              <th scope="col" class="num">
                {t('classesConsole.report.unique')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.byCommunity.map((c) => (
              <tr key={c.community ?? ''}>
                <th scope="row">
                  {(c.community && communityName(centre, c.community)) ??
                    t('classesConsole.report.noCommunity')}
                </th>
                <td class="num">{c.personTimes}</td>
                <td class="num">{c.uniqueLearners}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function YearReport() {
  const centre = useCentre();
  const thisYear = centreToday(centre?.timeZone ?? 'Asia/Shanghai').slice(0, 4);
  const [year, setYear] = useState(thisYear);
  const [report, setReport] = useState<ClassReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setReport(null);
    call(ClassesApi.report, { query: { year } }).then(setReport, setError);
  }, [year]);
  const years = [0, 1, 2, 3].map((n) => String(Number(thisYear) - n));
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('classesConsole.report.title')}</h1>
        <a class="button" href={hrefOf(ClassesApi.reportCsv, { query: { year } })} download>
          {t('classesConsole.report.csv')}
        </a>
      </div>
      <SelectField
        label={t('classesConsole.report.year')}
        value={year}
        onChange={setYear}
        options={years.map((y) => ({ value: y, label: verbatim(y) }))}
      />
      <ErrorNote error={error} />
      {report && <Report report={report} />}
    </>
  );
}

export function ClassReportPage({ rest }: { rest: string | null }) {
  return rest && /^\d{4}-\d{2}$/.test(rest) ? <SignInSheet month={rest} /> : <YearReport />;
}
