import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf, zonedInstant } from '../../../src/shared/centre/zoned';
import { ageForRule, beforeCutoff, cutoffInstant } from '../../../src/shared/meals';

const TZ = 'Asia/Shanghai';

describe('cut-offs in the centre’s zone', () => {
  const lunch = { dayOffset: 0, time: '09:30' };

  it('lunch closes at 09:30 Beijing time, to the millisecond', () => {
    const at = cutoffInstant(lunch, '2026-11-24', TZ);
    expect(at.toISOString()).toBe('2026-11-24T01:30:00.000Z');
    expect(beforeCutoff(lunch, '2026-11-24', new Date('2026-11-24T01:29:59.999Z'), TZ)).toBe(true);
    expect(beforeCutoff(lunch, '2026-11-24', new Date('2026-11-24T01:30:00.000Z'), TZ)).toBe(false);
  });

  it('a cut-off the evening before, across midnight (and across the UTC date line)', () => {
    const early = { dayOffset: -1, time: '23:30' };
    const at = cutoffInstant(early, '2026-11-25', TZ);
    expect(at.toISOString()).toBe('2026-11-24T15:30:00.000Z');
    expect(beforeCutoff(early, '2026-11-25', new Date('2026-11-24T15:29:00Z'), TZ)).toBe(true);
    expect(beforeCutoff(early, '2026-11-25', new Date('2026-11-24T16:01:00Z'), TZ)).toBe(false);
  });

  it('wall-clock times in a zone with daylight saving convert both sides of the change', () => {
    expect(zonedInstant('2026-03-07', '09:30', 'America/New_York').toISOString()).toBe(
      '2026-03-07T14:30:00.000Z',
    );
    expect(zonedInstant('2026-03-09', '09:30', 'America/New_York').toISOString()).toBe(
      '2026-03-09T13:30:00.000Z',
    );
  });

  it('calendar arithmetic', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(weekdayOf('2026-11-24')).toBe(2);
    expect(weekdayOf('2026-11-29')).toBe(7);
  });
});

describe('age bands (周岁, or from the birthday month, or the month after)', () => {
  it('counts completed years on the day', () => {
    expect(ageForRule('1946-11-24', '2026-11-23', 'birthday')).toBe(79);
    expect(ageForRule('1946-11-24', '2026-11-24', 'birthday')).toBe(80);
  });
  it('from the 1st of the birthday month', () => {
    expect(ageForRule('1946-11-24', '2026-10-31', 'birthday-month')).toBe(79);
    expect(ageForRule('1946-11-24', '2026-11-01', 'birthday-month')).toBe(80);
  });
  it('from the 1st of the month after', () => {
    expect(ageForRule('1946-11-24', '2026-11-30', 'month-after')).toBe(79);
    expect(ageForRule('1946-11-24', '2026-12-01', 'month-after')).toBe(80);
  });
  it('a leap-day birthday turns a year older on 1 March in common years', () => {
    expect(ageForRule('1944-02-29', '2026-02-28', 'birthday')).toBe(81);
    expect(ageForRule('1944-02-29', '2026-03-01', 'birthday')).toBe(82);
  });
});
