import { describe, expect, it } from 'vitest';
import { centreClock } from '../../../src/shared/centre/clock';

describe('centreClock', () => {
  it('reads the wall clock in the centre zone, not the machine zone', () => {
    // 2026-11-24T23:30Z is already Wednesday 07:30 in Shanghai.
    const c = centreClock(new Date('2026-11-24T23:30:00Z'), 'Asia/Shanghai');
    expect(c).toEqual({ date: '2026-11-25', weekday: 3, time: '07:30', hour: 7, minute: 30 });
  });

  it('counts Sunday as 7 and midnight as 00:00', () => {
    const c = centreClock(new Date('2026-11-28T16:00:00Z'), 'Asia/Shanghai');
    expect(c.weekday).toBe(7);
    expect(c.time).toBe('00:00');
    expect(c.date).toBe('2026-11-29');
  });
});
