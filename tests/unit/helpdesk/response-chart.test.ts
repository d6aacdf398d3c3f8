/** The response-time chart's arithmetic, and the month list of the report. */
import { describe, expect, it } from 'vitest';
import { recentMonths } from '../../../src/staff/help/HelpReportPage';
import { responseGeometry, secondsStep } from '../../../src/staff/help/response-chart';

describe('response chart geometry', () => {
  it('picks round steps: seconds, then minutes, then hours', () => {
    expect(secondsStep(20)).toBe(5);
    expect(secondsStep(75)).toBe(15);
    expect(secondsStep(900)).toBe(300);
    expect(secondsStep(5 * 3600)).toBe(3600);
    expect(secondsStep(0)).toBe(5);
  });

  it('draws each bar to scale, and nothing for a figure with no data', () => {
    const g = responseGeometry(
      {
        acknowledge: { count: 3, medianSeconds: 42, p90Seconds: 75 },
        resolve: { count: 2, medianSeconds: 900, p90Seconds: null },
      },
      600,
      200,
    );
    expect(g.top).toBe(900);
    expect(g.bars.map((b) => Math.round(b.width))).toEqual([28, 50, 600, 0]);
    expect(g.bars[3]?.seconds).toBeNull();
    expect(g.ticks.map((t) => t.seconds)).toEqual([0, 300, 600, 900]);
    expect(g.ticks.at(-1)?.x).toBe(600);
    // Four bars one under the other, none overlapping.
    for (let i = 1; i < g.bars.length; i++)
      expect(g.bars[i]?.y).toBeGreaterThanOrEqual((g.bars[i - 1]?.y ?? 0) + g.barHeight);
  });

  it('is an empty chart, not a broken one, in a month with no calls', () => {
    const none = { count: 0, medianSeconds: null, p90Seconds: null };
    const g = responseGeometry({ acknowledge: none, resolve: none }, 600, 200);
    expect(g.bars.every((b) => b.width === 0)).toBe(true);
    expect(g.top).toBe(5);
  });
});

describe('the report’s months', () => {
  it('goes back month by month across a year', () => {
    expect(recentMonths('2026-02-14', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });
});
