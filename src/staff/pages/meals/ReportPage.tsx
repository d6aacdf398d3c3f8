/**
 * The admin's meal report: meals per day by what became of them, the money per funder (so the
 * centre can claim its subsidy from the bureau) per day, in total and by tier, a chart of it, and
 * the same as CSV. Every amount is the server's sum of stored fen, shown in yuan exactly.
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../../i18n';
import { hrefOf } from '../../../shared/api/contract';
import type { MealsConfig } from '../../../shared/config/meals';
import { MealsApi } from '../../../shared/meals/api';
import { yuanDigits } from '../../../shared/money';
import { call } from '../../api/client';
import { TextField } from '../../ui/Field';
import { ErrorNote } from '../../ui/Notice';
import { fieldMessage, localInvalid } from '../../ui/problems';
import { CanteenGate } from './CanteenGate';
import { tierLabel } from './canteen';
import { centreToday, isDay, monthOf } from './dates';
import { ReportChart } from './ReportChart';
import { chartDays } from './report-chart';
import type { MealReport, Money } from './types';

interface Range {
  from: string;
  to: string;
}

/** Kept across pages, so back from elsewhere finds the same range. */
const applied = signal<Range | null>(null);

export function ReportPage() {
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('kitchen.report.title')}</h1>
      </div>
      <CanteenGate>{(meals, timeZone) => <Report meals={meals} timeZone={timeZone} />}</CanteenGate>
    </>
  );
}

/** What is wrong with a range before asking the server, in the form's words. */
function problemsOf(range: Range) {
  const problems = [];
  if (!isDay(range.from)) problems.push({ path: 'from', message: t('kitchen.report.badDay') });
  if (!isDay(range.to)) problems.push({ path: 'to', message: t('kitchen.report.badDay') });
  if (problems.length === 0 && range.from > range.to)
    problems.push({ path: 'to', message: t('kitchen.report.toBeforeFrom') });
  return problems;
}

function Report({ meals, timeZone }: { meals: MealsConfig; timeZone: string }) {
  const range = applied.value ?? monthOf(centreToday(timeZone));
  const [draft, setDraft] = useState<Range>(range);
  const [report, setReport] = useState<MealReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    setReport(null);
    call(MealsApi.report, { query: { ...range } }).then(
      (answer) => {
        if (!current) return;
        setReport(answer.report);
        setError(null);
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [range.from, range.to]);

  return (
    <>
      <div class="actions roster-actions">
        <a
          class="button"
          href={hrefOf(MealsApi.report, { query: { ...range, format: 'csv' } })}
          download
        >
          {t('console.common.exportCsv')}
        </a>
      </div>
      <form
        class="filters"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problems = problemsOf(draft);
          if (problems.length) {
            setError(localInvalid(problems));
            return;
          }
          setError(null);
          applied.value = { ...draft };
        }}
      >
        <TextField
          type="date"
          label={t('kitchen.report.from')}
          value={draft.from}
          error={fieldMessage(error, 'from')}
          onInput={(from) => setDraft({ ...draft, from })}
        />
        <TextField
          type="date"
          label={t('kitchen.report.to')}
          value={draft.to}
          error={fieldMessage(error, 'to')}
          onInput={(to) => setDraft({ ...draft, to })}
        />
        <div class="filters__buttons">
          <button type="submit" class="button button--primary">
            {t('kitchen.report.show')}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      {!report ? (
        !error && <p>{t('console.common.loading')}</p>
      ) : (
        <ReportBody report={report} meals={meals} />
      )}
    </>
  );
}

const yuan = (fen: number) => t('kitchen.money.yuan', { amount: yuanDigits(fen) });

/** A money cell: the amount in words for people, the fen for machines (and tests). */
function Fen({ fen }: { fen: number }) {
  return (
    <td class="num" data-fen={fen}>
      {yuan(fen)}
    </td>
  );
}

const MONEY_COLUMNS: (keyof Money)[] = [
  'base',
  'government',
  'charity',
  'operator',
  'elder',
  'deliveryFees',
];

function MoneyHeads() {
  return (
    <>
      {MONEY_COLUMNS.map((k) => (
        <th key={k} scope="col" class="num">
          {t(`kitchen.report.money.${k}`)}
        </th>
      ))}
    </>
  );
}

function ReportBody({ report, meals }: { report: MealReport; meals: MealsConfig }) {
  const sum = (k: 'booked' | 'served' | 'delivered' | 'noShow' | 'cancelled') =>
    report.days.reduce((n, d) => n + d[k], 0);
  const total = report.total;
  return (
    <>
      <p class="roster-when">
        {t('kitchen.report.range', { from: verbatim(report.from), to: verbatim(report.to) })}
      </p>
      <dl class="figures">
        <div class="figure" data-figure="meals">
          <dt>{t('kitchen.report.meals')}</dt>
          <dd>
            <span class="figure__value">{t('kitchen.count', { count: total.meals })}</span>
          </dd>
        </div>
        <div class="figure" data-figure="government">
          <dt>{t('kitchen.funders.government')}</dt>
          <dd>
            <span class="figure__value">{yuan(total.government)}</span>
          </dd>
        </div>
        <div class="figure" data-figure="charity">
          <dt>{t('kitchen.funders.charity')}</dt>
          <dd>
            <span class="figure__value">{yuan(total.charity)}</span>
          </dd>
        </div>
      </dl>
      {report.days.length === 0 && <p class="notice notice--info">{t('kitchen.report.none')}</p>}

      <h2>{t('kitchen.report.moneyTitle')}</h2>
      <div class="chart-and-table">
        <ReportChart report={report} days={chartDays(report.from, report.to, report.days)} />
        <div class="table-wrap">
          <table class="table" data-table="money">
            <caption class="visually-hidden">{t('kitchen.report.moneyTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kitchen.report.day')}</th>
                <MoneyHeads />
              </tr>
            </thead>
            <tbody>
              {report.days.map((d) => (
                <tr key={d.day} data-day={d.day}>
                  <th scope="row" class="nowrap">
                    {verbatim(d.day)}
                  </th>
                  {MONEY_COLUMNS.map((k) => (
                    <Fen key={k} fen={d[k]} />
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-day="total">
                <th scope="row">{t('kitchen.report.total')}</th>
                {MONEY_COLUMNS.map((k) => (
                  <Fen key={k} fen={total[k]} />
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </div>

      <h2>{t('kitchen.report.countsTitle')}</h2>
      <div class="table-wrap">
        <table class="table" data-table="counts">
          <caption class="visually-hidden">{t('kitchen.report.countsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kitchen.report.day')}</th>
              <th scope="col" class="num">
                {t('kitchen.report.meals')}
              </th>
              <th scope="col" class="num">
                {t('kitchen.status.booked')}
              </th>
              <th scope="col" class="num">
                {t('kitchen.status.served')}
              </th>
              <th scope="col" class="num">
                {t('kitchen.status.delivered')}
              </th>
              <th scope="col" class="num">
                {t('kitchen.status.noShow')}
              </th>
              <th scope="col" class="num">
                {t('kitchen.status.cancelled')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.days.map((d) => (
              <tr key={d.day} data-day={d.day}>
                <th scope="row" class="nowrap">
                  {verbatim(d.day)}
                </th>
                <td class="num">{d.booked + d.served + d.delivered + d.noShow}</td>
                <td class="num">{d.booked}</td>
                <td class="num">{d.served}</td>
                <td class="num">{d.delivered}</td>
                <td class="num">{d.noShow}</td>
                <td class="num">{d.cancelled}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-day="total">
              <th scope="row">{t('kitchen.report.total')}</th>
              <td class="num">{total.meals}</td>
              <td class="num">{sum('booked')}</td>
              <td class="num">{sum('served')}</td>
              <td class="num">{sum('delivered')}</td>
              <td class="num">{sum('noShow')}</td>
              <td class="num">{sum('cancelled')}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <h2>{t('kitchen.report.byTier')}</h2>
      <div class="table-wrap">
        <table class="table" data-table="tiers">
          <caption class="visually-hidden">{t('kitchen.report.byTier')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kitchen.report.tier')}</th>
              <th scope="col" class="num">
                {t('kitchen.report.meals')}
              </th>
              <MoneyHeads />
            </tr>
          </thead>
          <tbody>
            {report.byTier.map((tier) => (
              <tr key={tier.tierId ?? ''} data-tier={tier.tierId ?? ''}>
                <th scope="row">
                  {tier.tierId === null
                    ? t('kitchen.report.noTier')
                    : tierLabel(meals, tier.tierId)}
                </th>
                <td class="num">{tier.meals}</td>
                {MONEY_COLUMNS.map((k) => (
                  <Fen key={k} fen={tier[k]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
