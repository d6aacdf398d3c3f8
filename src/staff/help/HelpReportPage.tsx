/**
 * The admin's help report for a month — the figures a centre reports upward for its "24-hour
 * emergency response": calls per day by outcome, time to acknowledge and to resolve (median and
 * 90th percentile) with a chart, service requests by category and status, and the same as CSV.
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { hrefOf } from '../../shared/api/contract';
import { addDays } from '../../shared/centre/zoned';
import { HelpApi } from '../../shared/help/api';
import type { DurationSummary, HelpReport } from '../../shared/help/api-types';
import { SERVICE_STATUSES } from '../../shared/help/changes';
import { call } from '../api/client';
import { centreToday } from '../pages/meals/dates';
import { SelectField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { categoryName, centreZone, helpSettings, loadHelpSettings } from './help-config';
import { duration } from './help-format';
import { ResponseChart } from './ResponseChart';

/** How many months back the month list offers. */
const MONTHS_BACK = 24;

/** Kept across pages, so back from elsewhere finds the same month. */
const chosenMonth = signal<string | null>(null);

/** "2026-11", "2026-10", … this month first. */
export function recentMonths(today: string, count = MONTHS_BACK): string[] {
  const months: string[] = [];
  let day = `${today.slice(0, 7)}-01`;
  for (let i = 0; i < count; i++) {
    months.push(day.slice(0, 7));
    day = `${addDays(day, -1).slice(0, 7)}-01`;
  }
  return months;
}

const DAY_COLUMNS = ['calls', 'cancelledInWindow', 'falseAlarms', 'escalated'] as const;

function Summary({ name, summary }: { name: 'acknowledge' | 'resolve'; summary: DurationSummary }) {
  const text = (s: number | null) => (s === null ? t('helpdesk.report.noData') : duration(s));
  return (
    <div class="figure" data-figure={name}>
      <dt>{t(`helpdesk.report.${name}`)}</dt>
      <dd>
        <span class="figure__value" data-seconds={summary.medianSeconds ?? ''}>
          {t('helpdesk.report.median', { time: text(summary.medianSeconds) })}
        </span>
        <span class="figure__hint" data-seconds={summary.p90Seconds ?? ''}>
          {t('helpdesk.report.p90', { time: text(summary.p90Seconds) })}
        </span>
        <span class="figure__hint">{t('helpdesk.report.over', { count: summary.count })}</span>
      </dd>
    </div>
  );
}

function ReportBody({ report }: { report: HelpReport }) {
  const sum = (k: (typeof DAY_COLUMNS)[number]) => report.days.reduce((n, d) => n + d[k], 0);
  const categories = [...new Set(report.requests.map((r) => r.category))];
  const count = (category: string, status: string) =>
    report.requests.find((r) => r.category === category && r.status === status)?.count ?? 0;
  const perCategory = (category: string) =>
    report.requests.filter((r) => r.category === category).reduce((n, r) => n + r.count, 0);
  return (
    <>
      <h2>{t('helpdesk.report.responseTitle')}</h2>
      <dl class="figures">
        <Summary name="acknowledge" summary={report.acknowledge} />
        <Summary name="resolve" summary={report.resolve} />
      </dl>
      <ResponseChart report={report} />

      <h2>{t('helpdesk.report.daysTitle')}</h2>
      <div class="table-wrap">
        <table class="table" data-table="days">
          <caption class="visually-hidden">{t('helpdesk.report.daysTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('helpdesk.report.day')}</th>
              {DAY_COLUMNS.map((k) => (
                <th key={k} scope="col" class="num">
                  {t(`helpdesk.report.columns.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.days.map((d) => (
              <tr key={d.day} data-day={d.day}>
                <th scope="row" class="nowrap">
                  {verbatim(d.day)}
                </th>
                {DAY_COLUMNS.map((k) => (
                  <td key={k} class="num">
                    {d[k]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-day="total">
              <th scope="row">{t('helpdesk.report.total')}</th>
              {DAY_COLUMNS.map((k) => (
                <td key={k} class="num">
                  {sum(k)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>

      <h2>{t('helpdesk.report.requestsTitle')}</h2>
      {categories.length === 0 ? (
        <p>{t('helpdesk.report.noRequests')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" data-table="requests">
            <caption class="visually-hidden">{t('helpdesk.report.requestsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('helpdesk.requests.category')}</th>
                {SERVICE_STATUSES.map((s) => (
                  <th key={s} scope="col" class="num">
                    {t(`helpdesk.service.${s}`)}
                  </th>
                ))}
                <th scope="col" class="num">
                  {t('helpdesk.report.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => (
                <tr key={c} data-category={c}>
                  <th scope="row">{categoryName(c)}</th>
                  {SERVICE_STATUSES.map((s) => (
                    <td key={s} class="num" data-status={s}>
                      {count(c, s)}
                    </td>
                  ))}
                  <td class="num">{perCategory(c)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function HelpReportPage() {
  useEffect(() => {
    void loadHelpSettings();
  }, []);
  // The centre's "this month" (its zone), once the config says which zone that is.
  const settings = helpSettings.value;
  const today = centreToday(centreZone());
  const months = recentMonths(today);
  const month = chosenMonth.value ?? months[0] ?? today.slice(0, 7);
  const [report, setReport] = useState<HelpReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    setReport(null);
    call(HelpApi.report, { query: { month } }).then(
      (answer) => {
        if (!current) return;
        setReport(answer);
        setError(null);
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [month]);

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('helpdesk.report.title')}</h1>
        <a class="button" href={hrefOf(HelpApi.reportCsv, { query: { month } })} download>
          {t('console.common.exportCsv')}
        </a>
      </div>
      <form class="filters" noValidate onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('helpdesk.report.month')}
          value={month}
          onChange={(value) => {
            chosenMonth.value = value;
          }}
          options={months.map((m) => ({ value: m, label: verbatim(m) }))}
        />
      </form>
      {settings instanceof Error && <ErrorNote error={t('helpdesk.configError')} />}
      <ErrorNote error={error} />
      {!report ? !error && <p>{t('console.common.loading')}</p> : <ReportBody report={report} />}
    </>
  );
}
