import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type MealsConfig, MealsSchema } from '../../../src/shared/config/meals';
import {
  calendarRefusal,
  closedOn,
  horizonDays,
  nextBookableDay,
  openSittings,
} from '../../../src/shared/meals';

const TZ = 'Asia/Shanghai';
const demo = v.parse(MealsSchema, JSON.parse(readFileSync('kiosk-config/demo/meals.json', 'utf8')));
const withBooking = (horizonDays: number, closedDates: string[] = []): MealsConfig => ({
  ...demo,
  booking: { horizonDays, closedDates },
});
/** Shanghai wall-clock time on a day, as an instant. */
const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);
const ids = (meals: MealsConfig, day: string, now: Date) =>
  openSittings(meals, day, now, TZ).map((s) => s.id);

// The demo canteen: lunch Monday–Saturday (cut-off 09:30 that day), dinner Monday–Friday (14:00).
// 2026-11-24 is a Tuesday; 2026-11-29 a Sunday.
describe('which days an elder may book', () => {
  it('today and the next six days by default, by the centre’s day, not UTC’s', () => {
    // 07:00 in Shanghai is still the day before in UTC.
    expect(horizonDays(demo, new Date('2026-11-23T23:00:00Z'), TZ)).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
    expect(horizonDays(withBooking(2), new Date('2026-12-31T16:00:00Z'), TZ)).toEqual([
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('the horizon’s edge: its last day is open, the day after is refused', () => {
    const now = at('2026-11-24', '16:00');
    const meals = withBooking(7);
    expect(calendarRefusal(meals, '2026-11-30', now, TZ)).toBeNull();
    expect(ids(meals, '2026-11-30', now)).toEqual(['lunch', 'dinner']);
    expect(calendarRefusal(meals, '2026-12-01', now, TZ)).toBe('beyond_horizon');
    expect(ids(meals, '2026-12-01', now)).toEqual([]);
    // At midnight the horizon moves on by a day.
    expect(calendarRefusal(meals, '2026-12-01', at('2026-11-25', '00:00'), TZ)).toBeNull();
  });

  it('a weekday no sitting serves is closed; a weekday some sitting serves is open', () => {
    expect(closedOn(demo, '2026-11-29')).toBe('weekday');
    expect(closedOn(demo, '2026-11-28')).toBeNull();
    const now = at('2026-11-24', '16:00');
    expect(calendarRefusal(demo, '2026-11-29', now, TZ)).toBe('canteen_closed');
    // Saturday: lunch only.
    expect(ids(demo, '2026-11-28', now)).toEqual(['lunch']);
  });

  it('a holiday staff closed is closed though its weekday is served', () => {
    const meals = withBooking(7, ['2026-11-26']);
    const now = at('2026-11-24', '16:00');
    expect(closedOn(meals, '2026-11-26')).toBe('closed-date');
    expect(calendarRefusal(meals, '2026-11-26', now, TZ)).toBe('canteen_closed');
    expect(ids(meals, '2026-11-26', now)).toEqual([]);
    expect(ids(meals, '2026-11-27', now)).toEqual(['lunch', 'dinner']);
  });

  it('the cut-off today: lunch closes at 09:30, dinner at 14:00, at the instant itself', () => {
    expect(ids(demo, '2026-11-24', at('2026-11-24', '09:29'))).toEqual(['lunch', 'dinner']);
    expect(ids(demo, '2026-11-24', at('2026-11-24', '09:30'))).toEqual(['dinner']);
    expect(ids(demo, '2026-11-24', at('2026-11-24', '14:00'))).toEqual([]);
  });

  it('the next day that can be booked skips a closed Sunday and a holiday, and what is taken', () => {
    // Saturday evening: nothing left today, Sunday closed, Monday a holiday: Tuesday is next.
    const meals = withBooking(7, ['2026-11-30']);
    const saturday = at('2026-11-28', '15:00');
    expect(ids(meals, '2026-11-28', saturday)).toEqual([]);
    expect(nextBookableDay(meals, saturday, TZ, '2026-11-28')).toBe('2026-12-01');
    const takenTuesday = (day: string) => day === '2026-12-01';
    expect(nextBookableDay(meals, saturday, TZ, '2026-11-28', takenTuesday)).toBe('2026-12-02');
    // Nothing at all within a one-day horizon.
    expect(nextBookableDay(withBooking(1), saturday, TZ, '2026-11-28')).toBeNull();
  });
});

describe('meals.json booking settings', () => {
  const problems = (booking: unknown) => {
    const r = v.safeParse(MealsSchema, { ...demo, booking });
    return r.success ? [] : r.issues.map((i) => i.message);
  };

  it('takes a horizon of 1 to 14 days and real, distinct closed dates', () => {
    expect(problems({ horizonDays: 14, closedDates: ['2026-10-01'] })).toEqual([]);
    expect(problems({ horizonDays: 15, closedDates: [] })).toEqual([
      'must be a whole number from 1 to 14 days, without quotes — found 15',
    ]);
    expect(problems({ horizonDays: 7, closedDates: ['2026-02-30'] })).toEqual([
      '"2026-02-30" is not a date — write it as "YYYY-MM-DD", like "2026-11-24"',
    ]);
    expect(problems({ horizonDays: 7, closedDates: ['2026-10-01', '2026-10-01'] })).toEqual([
      'the closed date "2026-10-01" is listed twice — give each its own',
    ]);
  });

  it('a payment note needs all three languages', () => {
    const r = v.safeParse(MealsSchema, { ...demo, paymentNote: { 'zh-Hans': '付现金' } });
    expect(r.success).toBe(false);
  });
});
