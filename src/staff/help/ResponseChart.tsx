/**
 * Response times of the month as inline SVG: time to acknowledge and to resolve, median and 90th
 * percentile, as four bars on one scale. One image to a screen reader, described in words; the
 * figures beside it hold every number, so nothing is only in the picture.
 */
import { useId } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import type { HelpReport } from '../../shared/help/api-types';
import { duration, shortDuration } from './help-format';
import { responseGeometry } from './response-chart';

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 220;
const RIGHT = 130;
const BOTTOM = 40;
const TOP = 8;

const valueText = (seconds: number | null) =>
  seconds === null ? t('helpdesk.report.noData') : duration(seconds);

export function ResponseChart({ report }: { report: HelpReport }) {
  const id = useId();
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - BOTTOM - TOP;
  const g = responseGeometry(report, plotW, plotH);
  return (
    <figure class="chart chart--response">
      <svg
        role="img"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-labelledby={`${id}-title ${id}-desc`}
        class="chart__svg"
      >
        <title id={`${id}-title`}>{t('helpdesk.report.chartTitle')}</title>
        <desc id={`${id}-desc`}>
          {t('helpdesk.report.chartSummary', {
            month: verbatim(report.month),
            ackMedian: valueText(report.acknowledge.medianSeconds),
            ackP90: valueText(report.acknowledge.p90Seconds),
            resolveMedian: valueText(report.resolve.medianSeconds),
            resolveP90: valueText(report.resolve.p90Seconds),
          })}
        </desc>
        <g transform={`translate(${LEFT} ${TOP})`}>
          {g.ticks.map((tick) => (
            <g key={tick.seconds}>
              <line x1={tick.x} x2={tick.x} y1={0} y2={plotH} class="chart__grid" />
              <text x={tick.x} y={plotH + 28} class="chart__axis" text-anchor="middle">
                {shortDuration(tick.seconds)}
              </text>
            </g>
          ))}
          {g.bars.map((bar) => (
            <g
              key={`${bar.measure}-${bar.stat}`}
              data-bar={`${bar.measure}-${bar.stat}`}
              data-seconds={bar.seconds ?? ''}
            >
              <text
                x={-12}
                y={bar.y + g.barHeight / 2}
                class="chart__axis"
                text-anchor="end"
                dominant-baseline="middle"
              >
                {t(`helpdesk.report.bar.${bar.measure}.${bar.stat}`)}
              </text>
              <rect
                x={0}
                y={bar.y}
                width={bar.width}
                height={g.barHeight}
                class={`chart__bar response-bar--${bar.stat}`}
              />
              <text
                x={bar.width + 8}
                y={bar.y + g.barHeight / 2}
                class="chart__axis"
                dominant-baseline="middle"
              >
                {valueText(bar.seconds)}
              </text>
            </g>
          ))}
          <line x1={0} x2={0} y1={0} y2={plotH} class="chart__baseline" />
        </g>
      </svg>
      <figcaption>
        <p class="chart__caption">{t('helpdesk.report.chartCaption')}</p>
      </figcaption>
    </figure>
  );
}
