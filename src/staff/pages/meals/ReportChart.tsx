/**
 * Meals per day stacked by funder, drawn as inline SVG (no chart library: a few rectangles).
 * One image to a screen reader, named and described in words; the table beside it holds every
 * number, so nothing is only in the picture.
 */
import { useId } from 'preact/hooks';
import { t, verbatim } from '../../../i18n';
import { yuanDigits, yuanShort } from '../../../shared/money';
import { type ChartDay, chartGeometry, FUNDERS } from './report-chart';
import type { MealReport } from './types';

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 96;
const BOTTOM = 44;
const TOP = 16;

/** The label under a bar: the day of the month, thinned out when the bars are many. */
function dayLabel(day: string, index: number, count: number): string | null {
  const every = count <= 16 ? 1 : count <= 35 ? 5 : 10;
  return index % every === 0 ? String(Number(day.slice(8, 10))) : null;
}

export function ReportChart({ report, days }: { report: MealReport; days: ChartDay[] }) {
  const id = useId();
  const plotW = WIDTH - LEFT - 8;
  const plotH = HEIGHT - BOTTOM - TOP;
  const g = chartGeometry(days, plotW, plotH);
  const total = report.total;
  return (
    <figure class="chart">
      <svg
        role="img"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-labelledby={`${id}-title ${id}-desc`}
        class="chart__svg"
      >
        <title id={`${id}-title`}>{t('kitchen.report.chartTitle')}</title>
        <desc id={`${id}-desc`}>
          {t('kitchen.report.chartSummary', {
            from: verbatim(report.from),
            to: verbatim(report.to),
            meals: total.meals,
            government: yuanDigits(total.government),
            charity: yuanDigits(total.charity),
            operator: yuanDigits(total.operator),
            elder: yuanDigits(total.elder),
          })}
        </desc>
        <g transform={`translate(${LEFT} ${TOP})`}>
          {g.ticks.map((tick) => (
            <g key={tick.fen}>
              <line x1={0} x2={plotW} y1={tick.y} y2={tick.y} class="chart__grid" />
              <text
                x={-10}
                y={tick.y}
                class="chart__axis"
                text-anchor="end"
                dominant-baseline="middle"
              >
                {t('kitchen.money.yuanShort', { amount: yuanShort(tick.fen) })}
              </text>
            </g>
          ))}
          {g.bars.map((bar, i) => {
            const label = dayLabel(bar.day, i, g.bars.length);
            return (
              <g key={bar.day} data-day={bar.day} data-fen={bar.fen}>
                {bar.segments.map((s) => (
                  <rect
                    key={s.funder}
                    x={bar.x}
                    y={s.y}
                    width={bar.width}
                    height={s.height}
                    class={`chart__bar chart__bar--${s.funder}`}
                    data-funder={s.funder}
                    data-fen={s.fen}
                  />
                ))}
                {label && (
                  <text
                    x={bar.x + bar.width / 2}
                    y={plotH + 28}
                    class="chart__axis"
                    text-anchor="middle"
                  >
                    {verbatim(label)}
                  </text>
                )}
              </g>
            );
          })}
          <line x1={0} x2={plotW} y1={plotH} y2={plotH} class="chart__baseline" />
        </g>
      </svg>
      <figcaption>
        <p class="chart__caption">{t('kitchen.report.chartCaption')}</p>
        <ul class="legend">
          {FUNDERS.map((f) => (
            <li key={f}>
              <span class={`swatch chart__bar--${f}`} aria-hidden="true" />
              {t(`kitchen.funders.${f}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
