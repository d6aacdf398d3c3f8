import { describe, expect, it } from 'vitest';
import { centreClock } from '../../../src/shared/centre/clock';
import {
  activitiesOn,
  activityTiming,
  hoursOn,
  isOpen,
  weeklyHours,
} from '../../../src/shared/centre/schedule';
import type { CentreConfig } from '../../../src/shared/config/schema';

const text = (s: string) => ({ 'zh-Hans': s, 'zh-Hant': s, en: s });
const centre: CentreConfig = {
  id: 'test',
  name: text('Test'),
  address: text('Road'),
  timeZone: 'Asia/Shanghai',
  staffLocation: text('Desk'),
  phones: [{ kind: 'duty', label: text('Duty'), number: '123' }],
  openingHours: [
    { days: [1, 2, 3, 4, 5], open: '08:00', close: '17:30' },
    { days: [6], open: '09:00', close: '16:00' },
  ],
  activities: [
    {
      id: 'late',
      title: text('Late'),
      place: text('Hall'),
      start: '14:00',
      end: '15:00',
      days: [2],
    },
    {
      id: 'early',
      title: text('Early'),
      place: text('Hall'),
      start: '08:30',
      end: '09:30',
      days: [2, 4],
    },
    {
      id: 'once',
      title: text('Once'),
      place: text('Hall'),
      start: '10:00',
      end: '11:00',
      date: '2026-11-24',
    },
    {
      id: 'other-day',
      title: text('Other'),
      place: text('Hall'),
      start: '10:00',
      end: '11:00',
      days: [1],
    },
  ],
};

// Tuesday 24 November 2026, 10:30 in Shanghai.
const tuesday = centreClock(new Date('2026-11-24T02:30:00Z'), 'Asia/Shanghai');

describe('activitiesOn', () => {
  it('lists weekly activities of the weekday and one-off ones of the date, by start time', () => {
    expect(activitiesOn(centre, tuesday).map((a) => a.id)).toEqual(['early', 'once', 'late']);
  });

  it('leaves out a one-off activity on another date', () => {
    const thursday = centreClock(new Date('2026-11-26T02:30:00Z'), 'Asia/Shanghai');
    expect(activitiesOn(centre, thursday).map((a) => a.id)).toEqual(['early']);
  });
});

describe('activityTiming', () => {
  it('says done, now and later at the boundaries', () => {
    const byId = Object.fromEntries(activitiesOn(centre, tuesday).map((a) => [a.id, a]));
    const get = (id: string) => {
      const a = byId[id];
      if (!a) throw new Error(`no activity ${id}`);
      return a;
    };
    expect(activityTiming(get('early'), tuesday)).toBe('done');
    expect(activityTiming(get('once'), tuesday)).toBe('now');
    expect(activityTiming(get('late'), tuesday)).toBe('later');
    expect(activityTiming(get('once'), { ...tuesday, time: '11:00' })).toBe('done');
    expect(activityTiming(get('once'), { ...tuesday, time: '10:00' })).toBe('now');
  });
});

describe('opening hours', () => {
  it('knows whether the centre is open, closing time exclusive', () => {
    expect(isOpen(centre, tuesday)).toBe(true);
    expect(isOpen(centre, { ...tuesday, time: '17:30' })).toBe(false);
    expect(isOpen(centre, { ...tuesday, time: '07:59' })).toBe(false);
    const sunday = centreClock(new Date('2026-11-29T02:30:00Z'), 'Asia/Shanghai');
    expect(hoursOn(centre, sunday)).toBeUndefined();
    expect(isOpen(centre, sunday)).toBe(false);
  });

  it('groups consecutive days with the same hours for reading aloud', () => {
    expect(weeklyHours(centre)).toEqual([
      { fromDay: 1, toDay: 5, open: '08:00', close: '17:30' },
      { fromDay: 6, toDay: 6, open: '09:00', close: '16:00' },
      { fromDay: 7, toDay: 7, open: null, close: null },
    ]);
  });
});
