import { describe, expect, it } from 'vitest';
import { median, percentile, summarizeDurations } from '../../../src/shared/help/stats';

describe('response-time figures', () => {
  it('median: the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([42])).toBe(42);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('p90 by nearest rank: always a time some call really took', () => {
    const tens = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(tens, 90)).toBe(90);
    expect(percentile([...tens, 110], 90)).toBe(100);
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([], 90)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarizes without changing the input', () => {
    const input = [120, 15, 45, 30];
    expect(summarizeDurations(input)).toEqual({ count: 4, medianSeconds: 37.5, p90Seconds: 120 });
    expect(input).toEqual([120, 15, 45, 30]);
    expect(summarizeDurations([])).toEqual({ count: 0, medianSeconds: null, p90Seconds: null });
  });
});
