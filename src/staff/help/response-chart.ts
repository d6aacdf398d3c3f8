/**
 * The response-time chart as geometry: four horizontal bars (time to acknowledge and to resolve,
 * median and 90th percentile) on one scale of round minutes or seconds. Pure, so the arithmetic
 * is tested without a browser; ResponseChart.tsx only draws what this returns.
 */
import type { HelpReport } from '../../shared/help/api-types';

export const RESPONSE_BARS = [
  { measure: 'acknowledge', stat: 'median' },
  { measure: 'acknowledge', stat: 'p90' },
  { measure: 'resolve', stat: 'median' },
  { measure: 'resolve', stat: 'p90' },
] as const;

export type Measure = (typeof RESPONSE_BARS)[number]['measure'];
export type Stat = (typeof RESPONSE_BARS)[number]['stat'];

export interface ResponseBar {
  measure: Measure;
  stat: Stat;
  /** null: no call of the month got that far (nothing to draw, said in words). */
  seconds: number | null;
  y: number;
  width: number;
}

export interface ResponseGeometry {
  bars: ResponseBar[];
  /** Gridlines in seconds, from 0 up to `top`. */
  ticks: { seconds: number; x: number }[];
  top: number;
  barHeight: number;
}

/** Round steps a person reads at a glance: seconds, then whole minutes, then hours. */
const STEPS = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400];

/** The smallest round step that splits `max` seconds into at most `lines` parts. */
export function secondsStep(max: number, lines = 5): number {
  return STEPS.find((step) => step * lines >= max) ?? Math.ceil(max / lines / 86400) * 86400;
}

export function responseGeometry(
  report: Pick<HelpReport, 'acknowledge' | 'resolve'>,
  width: number,
  height: number,
): ResponseGeometry {
  const values = RESPONSE_BARS.map(({ measure, stat }) => {
    const summary = report[measure];
    return stat === 'median' ? summary.medianSeconds : summary.p90Seconds;
  });
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  const step = secondsStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const slot = height / RESPONSE_BARS.length;
  const barHeight = slot * 0.6;
  const bars = RESPONSE_BARS.map(({ measure, stat }, i) => {
    const seconds = values[i] ?? null;
    return {
      measure,
      stat,
      seconds,
      y: i * slot + (slot - barHeight) / 2,
      width: seconds === null ? 0 : (seconds / top) * width,
    };
  });
  const ticks = [];
  for (let s = 0; s <= top; s += step) ticks.push({ seconds: s, x: (s / top) * width });
  return { bars, ticks, top, barHeight };
}
