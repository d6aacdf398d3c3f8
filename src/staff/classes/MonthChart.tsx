/**
 * Person-times and unique learners per month as plain SVG bars, side by side: one image to a
 * screen reader, described in words; the table beside it holds every number.
 */
import { useId } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import type { ClassReport } from '../../shared/classes/api';

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 40;
const BOTTOM = 28;
const TOP = 16;

export function MonthChart({ report }: { report: ClassReport }) {
  const id = useId();
  const plotW = WIDTH - LEFT - 8;
  const plotH = HEIGHT - BOTTOM - TOP;
  const monthly = report.target === null ? 0 : report.target / 12;
  const top = Math.max(1, monthly, ...report.months.map((m) => m.personTimes));
  const slot = plotW / 12;
  const bar = slot * 0.36;
  const y = (n: number) => plotH - (n / top) * plotH;
  return (
    <figure class="chart chart--classes">
      <svg
        role="img"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-labelledby={`${id}-t ${id}-d`}
        class="chart__svg"
      >
        <title id={`${id}-t`}>{t('classesConsole.report.chartTitle')}</title>
        <desc id={`${id}-d`}>
          {t('classesConsole.report.chartSummary', {
            year: verbatim(report.year),
            personTimes: report.personTimes,
            unique: report.uniqueLearners,
          })}
        </desc>
        <g transform={`translate(${LEFT} ${TOP})`}>
          <line x1={0} x2={plotW} y1={plotH} y2={plotH} class="chart__grid" />
          {monthly > 0 && (
            <line x1={0} x2={plotW} y1={y(monthly)} y2={y(monthly)} class="chart__target" />
          )}
          {report.months.map((m, i) => (
            <g key={m.month} transform={`translate(${i * slot + slot * 0.14} 0)`}>
              <rect
                x={0}
                y={y(m.personTimes)}
                width={bar}
                height={plotH - y(m.personTimes)}
                class="chart__bar"
              />
              <rect
                x={bar}
                y={y(m.uniqueLearners)}
                width={bar}
                height={plotH - y(m.uniqueLearners)}
                class="chart__bar chart__bar--second"
              />
              <text x={bar} y={plotH + 20} class="chart__axis" text-anchor="middle">
                {verbatim(String(Number(m.month.slice(5))))}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption class="chart__legend">
        <span class="chart__key chart__key--first">{t('classesConsole.report.personTimes')}</span>
        <span class="chart__key chart__key--second">{t('classesConsole.report.unique')}</span>
      </figcaption>
    </figure>
  );
}
