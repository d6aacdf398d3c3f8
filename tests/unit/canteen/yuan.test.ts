/** Money typed in yuan becomes whole fen exactly: "3.5" is 350, never 349.99999. */
import { describe, expect, it } from 'vitest';
import { yuanDigits } from '../../../src/shared/money';
import { parseYuan } from '../../../src/staff/canteen/yuan';

describe('yuan typed → fen stored', () => {
  it.each([
    ['3.5', 350],
    ['3.50', 350],
    ['3', 300],
    ['3.', 300],
    ['0.05', 5],
    ['0.1', 10],
    ['0.29', 29],
    ['1.13', 113],
    ['19.99', 1999],
    ['1000', 100_000],
    [' 15 ', 1500],
    ['¥12.30', 1230],
    ['￥ 4.2', 420],
    ['3 元', 300],
    ['3。5', 350],
    ['３．５', 350],
    ['0', 0],
  ])('"%s" is %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each(['', ' ', 'abc', '3.555', '-1', '-0.5', '1e3', '3,5', '.5', '3.5.1', '0x10', 'Infinity'])(
    'refuses "%s"',
    (text) => {
      expect(parseYuan(text)).toBeNull();
    },
  );

  it('reads back every amount it shows, to the fen (where floats would slip: 0.29, 1.13, 4.35…)', () => {
    for (let fen = 0; fen <= 100_000; fen++) {
      const shown = yuanDigits(fen);
      if (parseYuan(shown) !== fen)
        throw new Error(`${fen} fen shown as "${shown}" reads back wrong`);
    }
    // The float way goes wrong here, which is why the digits are read one by one.
    expect(Math.trunc(Number('4.35') * 100)).toBe(434);
    expect(parseYuan('4.35')).toBe(435);
  });
});
