/**
 * 补贴月报 (issue #13 item 4): a month's subsidy payments by programme — people, payments and
 * yuan — with the total (the programmes' sum, to the fen), a bar chart drawn as plain SVG, the
 * CSV, and how current the payment lists are, so a month not yet imported never reads as "nobody
 * was paid". For the desk (`subsidies.report`).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { hrefOf } from '../../shared/api/contract';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import { yuanDigits } from '../../shared/money';
import { type SubsidyReport, SubsidyReportApi } from '../../shared/subsidies/report-api';
import { call } from '../api/client';
import { readCentreConfig } from '../app/centre-config';
import { TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { programmeName } from './programme-words';

function lastMonth(): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

const BAR_HEIGHT = 48;
const LABEL_WIDTH = 360;
const WIDTH = 1200;

function Chart({ report, name }: { report: SubsidyReport; name: (id: string) => string }) {
  const most = Math.max(1, ...report.programmes.map((p) => p.fen));
  const height = report.programmes.length * (BAR_HEIGHT + 16) + 16;
  const title = t('subsidyRegister.report.chart', { month: report.month });
  return (
    <figure class="chart">
      <svg class="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        {report.programmes.map((p, i) => {
          const y = 16 + i * (BAR_HEIGHT + 16);
          const w = Math.round(((WIDTH - LABEL_WIDTH - 200) * p.fen) / most);
          return (
            <g key={p.programmeId}>
              <text class="chart__axis" x={0} y={y + BAR_HEIGHT / 2 + 8}>
                {name(p.programmeId)}
              </text>
              <rect
                class="chart__bar chart__bar--government"
                x={LABEL_WIDTH}
                y={y}
                width={Math.max(w, 2)}
                height={BAR_HEIGHT}
              />
              <text class="chart__axis" x={LABEL_WIDTH + w + 12} y={y + BAR_HEIGHT / 2 + 8}>
                {yuanDigits(p.fen)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="chart__caption">{title}</figcaption>
    </figure>
  );
}

export function SubsidyReportPage() {
  const [month, setMonth] = useState(lastMonth());
  const [report, setReport] = useState<SubsidyReport | null>(null);
  const [programmes, setProgrammes] = useState<SubsidyProgramme[]>([]);
  const [error, setError] = useState<unknown>(null);

  const load = (m: string) => {
    setError(null);
    call(SubsidyReportApi.report, { query: { month: m.trim() } }).then(setReport, setError);
  };
  useEffect(() => {
    readCentreConfig().then((c) => setProgrammes(c.subsidies?.programmes ?? []), setError);
    load(month);
  }, []);

  const name = (id: string) => programmeName(programmes, id);

  return (
    <>
      <h1 tabIndex={-1}>{t('subsidyRegister.report.title')}</h1>
      <p>{t('subsidyRegister.report.intro')}</p>
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          load(month);
        }}
      >
        <TextField
          label={t('subsidyRegister.report.month')}
          hint={t('subsidyRegister.report.monthHint')}
          value={month}
          onInput={setMonth}
        />
        <div class="actions">
          <button type="submit" class="button button--primary">
            {t('subsidyRegister.report.show')}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      {report && (
        <section aria-labelledby="subsidy-report-month">
          <h2 id="subsidy-report-month">{report.month}</h2>
          <p>
            {report.asOf
              ? t('subsidyRegister.report.asOf', { month: report.asOf })
              : t('subsidyRegister.report.asOfNone')}
          </p>
          {report.asOf && report.month > report.asOf && <p>{t('subsidyRegister.report.later')}</p>}
          {report.programmes.length === 0 ? (
            <p>{t('subsidyRegister.report.none')}</p>
          ) : (
            <>
              <Chart report={report} name={name} />
              <div class="table-wrap">
                <table class="table" data-table="subsidy-report">
                  <thead>
                    <tr>
                      <th scope="col">{t('subsidyRegister.report.programme')}</th>
                      <th scope="col">{t('subsidyRegister.report.people')}</th>
                      <th scope="col">{t('subsidyRegister.report.payments')}</th>
                      <th scope="col">{t('subsidyRegister.report.amount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.programmes.map((p) => (
                      <tr key={p.programmeId}>
                        <th scope="row">{name(p.programmeId)}</th>
                        <td>{p.people}</td>
                        <td>{p.payments}</td>
                        <td>{yuanDigits(p.fen)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('subsidyRegister.report.total')}</th>
                      <td>{report.total.people}</td>
                      <td>{report.total.payments}</td>
                      <td>{yuanDigits(report.total.fen)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </>
          )}
          <a
            class="button"
            href={hrefOf(SubsidyReportApi.reportCsv, { query: { month: report.month } })}
            download
          >
            {t('subsidyRegister.report.csv')}
          </a>
        </section>
      )}
    </>
  );
}
