import { describe, expect, it } from 'vitest';
import { monthlyAmount, nextPayoutDate, payments } from '../../../src/shared/subsidies';
import { born, SUBSIDIES } from './demo-subsidies';

const programme = (id: string) => {
  const found = SUBSIDIES.programmes.find((p) => p.id === id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
};
const OLD_AGE = programme('qinghe-old-age');
const QUARTERLY = { months: [1, 4, 7, 10], day: 15 };
// 86 all of 2026: ¥80 a month.
const ELDER = born('1940-01-10');

describe('accrual and payout', () => {
  it('accrues monthly; a band change is paid from its month, the months before at the old rate', () => {
    const turning90 = born('1936-05-20');
    expect(monthlyAmount(SUBSIDIES, OLD_AGE, turning90, '2026-05')).toBe(8000);
    expect(monthlyAmount(SUBSIDIES, OLD_AGE, turning90, '2026-06')).toBe(20000);
    const paid = payments(
      SUBSIDIES,
      OLD_AGE,
      turning90,
      { from: '2026-04', to: '2026-06' },
      '2026-07-31',
    );
    expect(paid).toEqual([
      {
        date: '2026-07-15',
        fen: 8000 + 8000 + 20000,
        months: [
          { month: '2026-04', fen: 8000 },
          { month: '2026-05', fen: 8000 },
          { month: '2026-06', fen: 20000 },
        ],
        backPay: [],
      },
    ]);
  });

  it('pays quarterly on the 15th of January, April, July and October, each the quarter before', () => {
    expect(nextPayoutDate(QUARTERLY, '2026-04-15')).toBe('2026-04-15');
    expect(nextPayoutDate(QUARTERLY, '2026-04-16')).toBe('2026-07-15');
    expect(nextPayoutDate(QUARTERLY, '2026-11-01')).toBe('2027-01-15');
    const paid = payments(
      SUBSIDIES,
      OLD_AGE,
      ELDER,
      { from: '2026-01', to: '2026-06' },
      '2026-12-31',
    );
    expect(paid.map((p) => [p.date, p.fen, p.months.map((m) => m.month)])).toEqual([
      ['2026-04-15', 24000, ['2026-01', '2026-02', '2026-03']],
      ['2026-07-15', 24000, ['2026-04', '2026-05', '2026-06']],
    ]);
  });

  it('a suspension holds the payout and the next one pays the held months as back pay', () => {
    const paid = payments(
      SUBSIDIES,
      OLD_AGE,
      ELDER,
      { from: '2026-01', to: '2026-09' },
      '2026-10-31',
      [{ from: '2026-04', to: '2026-05' }],
    );
    expect(paid.map((p) => [p.date, p.fen, p.backPay])).toEqual([
      ['2026-07-15', 48000, ['2026-01', '2026-02', '2026-03']],
      ['2026-10-15', 24000, []],
    ]);
    // Still suspended: nothing is paid, nothing is lost from the record of what is owed.
    expect(
      payments(SUBSIDIES, OLD_AGE, ELDER, { from: '2026-01', to: '2026-09' }, '2026-10-31', [
        { from: '2026-04', to: null },
      ]),
    ).toEqual([]);
  });

  it('nothing accrues in months without eligibility (not local, too young)', () => {
    expect(
      monthlyAmount(SUBSIDIES, OLD_AGE, born('1940-01-10', { localHukou: false }), '2026-03'),
    ).toBe(0);
    expect(monthlyAmount(SUBSIDIES, OLD_AGE, born('1950-01-10'), '2026-03')).toBe(0);
  });
});
