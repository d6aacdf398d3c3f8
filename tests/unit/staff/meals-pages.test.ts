/** The canteen pages' arithmetic: days in the centre's zone, roster counts, the chart. */
import { describe, expect, it } from 'vitest';
import type { AgeCountsFrom } from '../../../src/shared/meals';
import { ageForRule } from '../../../src/shared/meals';
import { birthDateForAge, centreToday, isDay, monthOf } from '../../../src/staff/pages/meals/dates';
import {
  chartDays,
  chartGeometry,
  MAX_FILLED_DAYS,
  niceStep,
} from '../../../src/staff/pages/meals/report-chart';
import { rosterCounts, withStatus } from '../../../src/staff/pages/meals/roster-counts';
import type { ReportDay, RosterLine, SittingRoster } from '../../../src/staff/pages/meals/types';
import { demoCanteen } from './demo-canteen';

describe('days in the centre’s zone', () => {
  it('is already tomorrow in Shanghai while it is still today in UTC', () => {
    expect(centreToday('Asia/Shanghai', new Date('2026-11-24T22:00:00Z'))).toBe('2026-11-25');
    expect(centreToday('Asia/Shanghai', new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
  });

  it.each([
    ['2026-11-25', '2026-11-01', '2026-11-30'],
    ['2026-12-31', '2026-12-01', '2026-12-31'],
    ['2028-02-10', '2028-02-01', '2028-02-29'],
    ['2026-02-01', '2026-02-01', '2026-02-28'],
  ])('the month of %s is %s to %s', (day, from, to) => {
    expect(monthOf(day)).toEqual({ from, to });
  });

  it('knows a real day from a look-alike', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay('')).toBe(false);
  });

  const RULES: AgeCountsFrom[] = ['birthday', 'birthday-month', 'month-after'];
  it.each(RULES)('a preview age is exactly that age when age counts from the %s', (rule) => {
    for (const day of ['2026-01-01', '2026-02-28', '2026-03-01', '2026-11-25', '2026-12-31'])
      for (const age of [0, 59, 60, 69, 70, 79, 80, 99, 100, 130])
        expect(ageForRule(birthDateForAge(day, age), day, rule), `${age} on ${day}`).toBe(age);
  });
});

const line = (over: Partial<RosterLine>): RosterLine => ({
  bookingId: 'b',
  memberId: 'm',
  memberName: '王建国',
  cardNumber: '10002',
  mealId: 'steamed-egg',
  companion: false,
  delivery: false,
  status: 'booked',
  phone: null,
  address: null,
  notes: null,
  ...over,
});

describe('rosterCounts', () => {
  const { meals } = demoCanteen();
  const roster: SittingRoster = {
    day: '2026-11-26',
    sitting: 'lunch',
    total: 4,
    // The server's order; the console shows the menu's order.
    byMeal: [
      { mealId: 'tofu-greens', count: 1 },
      { mealId: 'gone-from-menu', count: 1 },
      { mealId: 'steamed-egg', count: 2 },
    ],
    dineIn: [
      line({ bookingId: '1', status: 'served' }),
      line({ bookingId: '2', mealId: 'tofu-greens', status: 'no-show' }),
      line({ bookingId: '3', mealId: 'gone-from-menu' }),
    ],
    delivery: [line({ bookingId: '4', delivery: true, status: 'delivered' })],
  };

  it('counts meals in the menu’s order and diets from each meal’s flags', () => {
    const counts = rosterCounts(roster, meals);
    expect(counts.byMeal.map((m) => m.mealId)).toEqual([
      'steamed-egg',
      'tofu-greens',
      'gone-from-menu',
    ]);
    // steamed-egg: soft, low-salt, low-sugar ×2; tofu-greens: vegetarian, low-sugar ×1.
    expect(counts.byFlag).toEqual([
      { flag: 'soft', count: 2 },
      { flag: 'low-salt', count: 2 },
      { flag: 'low-sugar', count: 3 },
      { flag: 'vegetarian', count: 1 },
    ]);
    expect(counts).toMatchObject({ total: 4, waiting: 1, served: 1, delivered: 1, noShow: 1 });
  });

  it('follows a mark in either list', () => {
    const after = withStatus(withStatus(roster, '3', 'served'), '4', 'booked');
    expect(rosterCounts(after, meals)).toMatchObject({ waiting: 1, served: 2, delivered: 0 });
    expect(roster.dineIn[2]?.status).toBe('booked');
  });
});

const reportDay = (day: string, over: Partial<ReportDay> = {}): ReportDay => ({
  day,
  booked: 0,
  served: 0,
  delivered: 0,
  noShow: 0,
  cancelled: 0,
  base: 0,
  operator: 0,
  government: 0,
  charity: 0,
  elder: 0,
  deliveryFees: 0,
  ...over,
});

describe('the report chart', () => {
  it('draws every day of a short range, empty days too', () => {
    const days = chartDays('2026-11-01', '2026-11-30', [reportDay('2026-11-26', { base: 1500 })]);
    expect(days).toHaveLength(30);
    expect(days[25]?.base).toBe(1500);
    expect(days[0]?.base).toBe(0);
  });

  it('draws only the days with meals over a long range', () => {
    const booked = [reportDay('2026-01-05'), reportDay('2026-06-01')];
    expect(MAX_FILLED_DAYS).toBeLessThan(365);
    expect(chartDays('2026-01-01', '2026-12-31', booked)).toEqual(booked);
  });

  it.each([
    [0, 100],
    [4000, 1000],
    [5100, 2000],
    [18_000, 5000],
    [100_000, 50_000],
  ])('gridlines for a tallest bar of %i fen come every %i fen', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  it('stacks each day by funder, bottom up, in proportion to the fen', () => {
    const a = reportDay('2026-11-25', { government: 2400, operator: 150, elder: 750 });
    const b = reportDay('2026-11-26', {
      government: 1200,
      charity: 300,
      operator: 75,
      elder: 1725,
    });
    const g = chartGeometry([a, b], 200, 100);
    expect(g.top).toBe(4000);
    expect(g.ticks.map((t) => t.fen)).toEqual([0, 1000, 2000, 3000, 4000]);
    const [first, second] = g.bars;
    expect(first?.fen).toBe(3300);
    expect(first?.segments.map((s) => s.funder)).toEqual(['government', 'operator', 'elder']);
    expect(second?.segments.map((s) => s.funder)).toEqual([
      'government',
      'charity',
      'operator',
      'elder',
    ]);
    // Bottom of the first segment sits on the baseline; each next one sits on the last.
    const segs = second?.segments ?? [];
    expect((segs[0]?.y ?? 0) + (segs[0]?.height ?? 0)).toBeCloseTo(100);
    for (let i = 1; i < segs.length; i++)
      expect((segs[i]?.y ?? 0) + (segs[i]?.height ?? 0)).toBeCloseTo(segs[i - 1]?.y ?? 0);
    const drawn = segs.reduce((h, s) => h + s.height, 0);
    expect(drawn).toBeCloseTo((3300 / 4000) * 100);
    expect((second?.x ?? 0) > (first?.x ?? 0)).toBe(true);
  });
});
