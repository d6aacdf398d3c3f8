/**
 * The meal subsidy used and left (src/shared/subsidies/meal-use.ts), with the demo canteen:
 * lunch ¥15, 5 % off, ¥4 a meal for 70–79 and ¥6 for 80–99 counted from the birthday, at most
 * 22 subsidised meals a month, local 户籍 only.
 */
import { describe, expect, it } from 'vitest';
import type { MealsConfig } from '../../../src/shared/config/meals';
import type { MemberFacts } from '../../../src/shared/meals/rules-types';
import { mealSubsidyUse } from '../../../src/shared/subsidies';
import { MEALS } from './demo-subsidies';

const member = (birthDate: string, more: Partial<MemberFacts> = {}): MemberFacts => ({
  birthDate,
  localHukou: true,
  categories: [],
  disability: 'none',
  ...more,
});

describe('mealSubsidyUse', () => {
  it('counts this month’s and this year’s meals as the canteen priced them', () => {
    const use = mealSubsidyUse(
      MEALS,
      member('1940-03-01'),
      [
        { day: '2025-12-30', fen: 600 },
        { day: '2026-01-05', fen: 600 },
        { day: '2026-11-02', fen: 600 },
        { day: '2026-11-03', fen: 600 },
        // Booked for later this month: it counts against the cap already.
        { day: '2026-11-27', fen: 600 },
      ],
      '2026-11-10',
    );
    expect(use.perMealFen).toBe(600);
    expect(use.month).toEqual({
      used: { meals: 3, fen: 1800 },
      left: { meals: 19, fen: 11_400 },
    });
    // Last year's meal is not this year's.
    expect(use.year).toEqual({
      used: { meals: 4, fen: 2400 },
      left: { meals: 41, fen: 24_600 },
    });
  });

  it('prices what is left of a later month at the rate the member will have then', () => {
    // 79 now (¥4), 80 on 15 November (¥6 from the birthday): December's meals are ¥6.
    const use = mealSubsidyUse(MEALS, member('1946-11-15'), [], '2026-11-10');
    expect(use.perMealFen).toBe(400);
    expect(use.month.left).toEqual({ meals: 22, fen: 22 * 400 });
    expect(use.year.left).toEqual({ meals: 44, fen: 22 * 400 + 22 * 600 });
  });

  it('never says less than nothing is left, and says nothing is left without a monthly cap', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      day: `2026-11-${String(i + 1).padStart(2, '0')}`,
      fen: 600,
    }));
    const full = mealSubsidyUse(MEALS, member('1940-03-01'), many, '2026-11-28');
    expect(full.month.left).toEqual({ meals: 0, fen: 0 });
    expect(full.year.left).toEqual({ meals: 22, fen: 22 * 600 });

    const uncapped: MealsConfig = {
      ...MEALS,
      pricing: { ...MEALS.pricing, caps: { perDay: 1 } },
    };
    const open = mealSubsidyUse(uncapped, member('1940-03-01'), many, '2026-11-28');
    expect(open.perMonth).toBeNull();
    expect(open.month).toEqual({ used: { meals: 25, fen: 15_000 }, left: null });
    expect(open.year.left).toBeNull();
  });

  it('gives no subsidy to a member outside the local-户籍 rule, and counts what they used', () => {
    const use = mealSubsidyUse(
      MEALS,
      member('1940-03-01', { localHukou: false }),
      [{ day: '2026-03-02', fen: 600 }],
      '2026-11-10',
    );
    expect(use.perMealFen).toBe(0);
    expect(use.month.left).toEqual({ meals: 22, fen: 0 });
    expect(use.year.used).toEqual({ meals: 1, fen: 600 });
  });
});
