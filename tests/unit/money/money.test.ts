/** Money for people to read (src/shared/money.ts): yuan from whole fen, the same on every side. */
import { describe, expect, it } from 'vitest';
import { yuanDigits, yuanShort } from '../../../src/shared/money';

describe('yuanDigits', () => {
  it.each([
    [225, '2.25'],
    [0, '0.00'],
    [5, '0.05'],
    [1500, '15.00'],
    [123_456_789, '1234567.89'],
    [-75, '-0.75'],
  ])('%i fen is %s', (fen, text) => {
    expect(yuanDigits(fen)).toBe(text);
  });

  it('refuses a fraction of a fen rather than rounding money', () => {
    expect(() => yuanDigits(2.5)).toThrow(RangeError);
  });
});

describe('yuanShort (the kiosk’s prices)', () => {
  it('shows yuan from whole fen without float errors', () => {
    expect(yuanShort(225)).toBe('2.25');
    expect(yuanShort(1500)).toBe('15');
    expect(yuanShort(75)).toBe('0.75');
    expect(yuanShort(1210)).toBe('12.10');
    expect(yuanShort(5)).toBe('0.05');
    expect(yuanShort(0)).toBe('0');
    // 0.1 + 0.2 in floats would show 0.30000000000000004.
    expect(yuanShort(10 + 20)).toBe('0.30');
    expect(() => yuanShort(2.5)).toThrow(RangeError);
  });
});
