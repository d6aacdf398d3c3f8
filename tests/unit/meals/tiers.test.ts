/**
 * Offline pricing without the sensitive fields (issue #11): the server works out each member's
 * tier per day with the shared rule, and the kiosk prices from the tier alone — to the same fen
 * as the rule from the member's facts, for every kind of member, day and choice.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/shared/centre/zoned';
import {
  type MemberFacts,
  memberTierOn,
  memberTiers,
  priceByTier,
  priceMeal,
  type SubsidyUsage,
  TIER_DAYS,
  tierOnDay,
} from '../../../src/shared/meals';
import { DEMO_TABLE } from './demo-table';

const FROM = '2026-11-24';
const member = (over: Partial<MemberFacts> = {}): MemberFacts => ({
  birthDate: '1950-06-01',
  localHukou: true,
  categories: [],
  disability: 'none',
  ...over,
});

describe('a member’s tiers, day by day', () => {
  it(`covers ${TIER_DAYS} days from the centre's today, and moves on a birthday`, () => {
    // 79 until the 80th birthday on 30 November: C for six days, then B.
    const tiers = memberTiers(DEMO_TABLE, member({ birthDate: '1946-11-30' }), FROM, null);
    expect(tiers.from).toBe(FROM);
    expect(tiers.days).toEqual([...Array(6).fill('C'), ...Array(8).fill('B')]);
    expect(tierOnDay(tiers, '2026-11-29')).toBe('C');
    expect(tierOnDay(tiers, '2026-11-30')).toBe('B');
    // Outside the window nobody guesses.
    expect(tierOnDay(tiers, addDays(FROM, TIER_DAYS))).toBeUndefined();
    expect(tierOnDay(tiers, addDays(FROM, -1))).toBeUndefined();
  });

  it('has no tier after the membership ends, nor for a member outside the local-户籍 rule', () => {
    const ending = memberTiers(
      DEMO_TABLE,
      member({ categories: ['low-income'] }),
      FROM,
      '2026-11-26',
    );
    expect(ending.days).toEqual(['A', 'A', 'A', ...Array(TIER_DAYS - 3).fill(null)]);
    expect(
      memberTierOn(
        DEMO_TABLE,
        member({ localHukou: false, categories: ['low-income'] }),
        FROM,
        null,
      ),
    ).toBeNull();
    expect(memberTierOn(DEMO_TABLE, member({ birthDate: '1980-01-01' }), FROM, null)).toBeNull();
  });
});

describe('pricing by tier matches pricing by facts, to the fen', () => {
  const people: MemberFacts[] = [
    member({ categories: ['low-income'] }),
    member({ birthDate: '1926-11-24' }),
    member({ birthDate: '1946-11-30' }),
    member({ birthDate: '1956-11-24' }),
    member({ birthDate: '1966-11-24' }),
    member({ birthDate: '1980-01-01' }),
    member({ localHukou: false, birthDate: '1930-01-01' }),
  ];
  const usages: SubsidyUsage[] = [
    { day: 0, week: 0, month: 0 },
    { day: 1, week: 1, month: 1 },
    { day: 0, week: 3, month: 22 },
  ];
  it('for every member, day, usage, delivery and companion', () => {
    let compared = 0;
    for (const facts of people) {
      const tiers = memberTiers(DEMO_TABLE, facts, FROM, null);
      for (let i = 0; i < TIER_DAYS; i++) {
        const day = addDays(FROM, i);
        for (const usage of usages)
          for (const delivery of [false, true])
            for (const companion of [false, true]) {
              const byFacts = priceMeal({
                table: DEMO_TABLE,
                member: facts,
                day,
                usage,
                delivery,
                companion,
              });
              const byTier = priceByTier({
                table: DEMO_TABLE,
                tierId: tierOnDay(tiers, day) ?? null,
                usage,
                delivery,
                companion,
              });
              // The kiosk is not told why there is no subsidy (户籍 is not in the roster).
              const basis = byFacts.basis === 'not-local' ? 'no-tier' : byFacts.basis;
              expect(byTier).toEqual({ ...byFacts, basis });
              compared++;
            }
      }
    }
    expect(compared).toBe(people.length * TIER_DAYS * usages.length * 4);
  });
});
