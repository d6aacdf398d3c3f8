/**
 * The report's chart as geometry: one bar per day, the day's meals' value (base price plus
 * delivery fees) stacked by who paid it. Pure, so the arithmetic is tested without a browser;
 * ReportChart.tsx only draws what this returns.
 */
import { addDays } from '../../../shared/centre/zoned';
import type { Money, ReportDay } from './types';

/** Who paid, bottom of the bar first. The elder's share includes any delivery fee. */
export const FUNDERS = ['government', 'charity', 'operator', 'elder'] as const;
export type Funder = (typeof FUNDERS)[number];

export interface Segment {
  funder: Funder;
  fen: number;
  /** From the top of the plot, in plot units. */
  y: number;
  height: number;
}

export interface Bar {
  day: string;
  x: number;
  width: number;
  fen: number;
  segments: Segment[];
}

export interface ChartGeometry {
  bars: Bar[];
  /** Gridline values in fen, from 0 up to `top`. */
  ticks: { fen: number; y: number }[];
  top: number;
}

/** Days shown: every day of a range up to this long; beyond it only the days with meals. */
export const MAX_FILLED_DAYS = 62;

export type ChartDay = Money & { day: string };

/** The days to draw: the whole range when it is short (empty days are news too). */
export function chartDays(from: string, to: string, days: readonly ReportDay[]): ChartDay[] {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const out: ChartDay[] = [];
  let day = from;
  for (let i = 0; i < MAX_FILLED_DAYS && day <= to; i++, day = addDays(day, 1)) {
    const d = byDay.get(day);
    out.push(
      d ?? { day, base: 0, operator: 0, government: 0, charity: 0, elder: 0, deliveryFees: 0 },
    );
  }
  return day <= to ? [...days] : out;
}

/** A round step for gridlines: 1, 2 or 5 × a power of ten yuan, about `lines` of them. */
export function niceStep(maxFen: number, lines = 4): number {
  const rough = Math.max(maxFen / lines, 100);
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 5, 10]) if (m * power >= rough) return m * power;
  return 10 * power;
}

export function chartGeometry(
  days: readonly ChartDay[],
  width: number,
  height: number,
): ChartGeometry {
  const totals = days.map((d) => FUNDERS.reduce((n, f) => n + d[f], 0));
  const max = Math.max(0, ...totals);
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const scale = (fen: number) => (fen / top) * height;
  const slot = days.length ? width / days.length : width;
  const bars = days.map((d, i) => {
    let y = height;
    const segments: Segment[] = [];
    for (const funder of FUNDERS) {
      const h = scale(d[funder]);
      y -= h;
      if (d[funder] > 0) segments.push({ funder, fen: d[funder], y, height: h });
    }
    // A few days' bars stay slim: a bar as wide as the chart reads as a block, not a day.
    const barWidth = Math.min(slot * 0.7, width / 12);
    const x = i * slot + (slot - barWidth) / 2;
    return { day: d.day, x, width: barWidth, fen: totals[i] ?? 0, segments };
  });
  const ticks = [];
  for (let fen = 0; fen <= top; fen += step) ticks.push({ fen, y: height - scale(fen) });
  return { bars, ticks, top };
}
