import { describe, expect, it } from 'vitest';
import {
  type MemberFacts,
  type PriceTable,
  priceMeal,
  type SubsidyUsage,
  tierFor,
} from '../../../src/shared/meals';
import { DEMO_TABLE } from './demo-table';

const DAY = '2026-11-24';
const NONE: SubsidyUsage = { day: 0, week: 0, month: 0 };
const member = (over: Partial<MemberFacts> = {}): MemberFacts => ({
  birthDate: '1950-06-01',
  localHukou: true,
  categories: [],
  disability: 'none',
  ...over,
});
const price = (m: MemberFacts, extra: Partial<Parameters<typeof priceMeal>[0]> = {}) =>
  priceMeal({ table: DEMO_TABLE, member: m, day: DAY, usage: NONE, ...extra });

describe('the demo centre: ¥15 set meal, 5 % canteen discount, tiers A–D', () => {
  it.each([
    ['A by 低保', member({ categories: ['low-income'] }), 'A', 1200, 225],
    ['A by 特困', member({ categories: ['extreme-poverty'] }), 'A', 1200, 225],
    ['A by 低保边缘', member({ categories: ['near-low-income'] }), 'A', 1200, 225],
    ['A by being 100', member({ birthDate: '1926-11-24' }), 'A', 1200, 225],
    ['B at 80', member({ birthDate: '1946-11-24' }), 'B', 600, 825],
    ['B at 99', member({ birthDate: '1927-11-25' }), 'B', 600, 825],
    ['C at 70', member({ birthDate: '1956-11-24' }), 'C', 400, 1025],
    ['C at 79', member({ birthDate: '1946-11-25' }), 'C', 400, 1025],
    ['D at 60', member({ birthDate: '1966-11-24' }), 'D', 200, 1225],
  ])('%s', (_name, m, tier, government, elder) => {
    const p = price(m);
    expect(p).toMatchObject({ tierId: tier, government, charity: 0, operator: 75, elder });
    expect(p.basis).toBe('subsidised');
    expect(p.countsAsSubsidised).toBe(true);
    expect(p.operator + p.government + p.charity + p.elder - p.deliveryFee).toBe(p.base);
  });

  it('a 59-year-old is in no tier and pays the member price (the canteen discount only)', () => {
    const p = price(member({ birthDate: '1966-11-25' }));
    expect(p).toMatchObject({ tierId: null, basis: 'no-tier', government: 0, elder: 1425 });
    expect(p.countsAsSubsidised).toBe(false);
  });

  it('a 低保 member of 85 gets the tier that covers most (A), never A and B stacked', () => {
    const p = price(member({ birthDate: '1941-01-01', categories: ['low-income'] }));
    expect(p).toMatchObject({ tierId: 'A', government: 1200, elder: 225 });
  });

  it('without local 户籍: no subsidy, the canteen discount still applies', () => {
    const p = price(member({ localHukou: false, categories: ['low-income'] }));
    expect(p).toMatchObject({ basis: 'not-local', government: 0, operator: 75, elder: 1425 });
  });

  it('a companion pays the full base price, no discount, whoever brings them', () => {
    const p = price(member({ categories: ['low-income'] }), { companion: true });
    expect(p).toMatchObject({ basis: 'companion', operator: 0, government: 0, elder: 1500 });
    expect(p.countsAsSubsidised).toBe(false);
  });

  it('delivery adds its fee to the elder share, unsubsidised', () => {
    const p = price(member({ categories: ['low-income'] }), { delivery: true });
    expect(p).toMatchObject({ deliveryFee: 300, government: 1200, elder: 525 });
  });

  it('one subsidised meal a day, 22 a month: beyond a cap the meal is at the member price', () => {
    const m = member({ categories: ['low-income'] });
    expect(price(m, { usage: { day: 1, week: 1, month: 1 } })).toMatchObject({
      basis: 'cap-day',
      government: 0,
      elder: 1425,
    });
    expect(price(m, { usage: { day: 0, week: 4, month: 22 } }).basis).toBe('cap-month');
    expect(price(m, { usage: { day: 0, week: 4, month: 21 } }).basis).toBe('subsidised');
  });
});

describe('stacking and rounding', () => {
  const table = (over: Partial<PriceTable>): PriceTable => ({ ...DEMO_TABLE, ...over });

  it('government, charity and the canteen stack (the issue’s example: pays ¥3 of ¥15)', () => {
    const t = table({
      operatorDiscount: { fen: 200 },
      tiers: [{ id: 'X', when: [{ minAge: 60 }], government: 800, charity: 200 }],
    });
    const p = priceMeal({ table: t, member: member(), day: DAY, usage: NONE });
    expect(p).toMatchObject({
      base: 1500,
      operator: 200,
      government: 800,
      charity: 200,
      elder: 300,
    });
  });

  it('shares never make the elder’s part negative: charity is cut first, then government', () => {
    const t = table({
      operatorDiscount: { fen: 300 },
      tiers: [{ id: 'X', when: [{ minAge: 60 }], government: 1100, charity: 500 }],
    });
    const p = priceMeal({ table: t, member: member(), day: DAY, usage: NONE });
    expect(p).toMatchObject({ operator: 300, government: 1100, charity: 100, elder: 0 });
    const t2 = table({
      operatorDiscount: { fen: 300 },
      tiers: [{ id: 'X', when: [{ minAge: 60 }], government: 2000, charity: 500 }],
    });
    expect(priceMeal({ table: t2, member: member(), day: DAY, usage: NONE })).toMatchObject({
      government: 1200,
      charity: 0,
      elder: 0,
    });
  });

  it('a percentage discount rounds half up to the fen, never to a float', () => {
    // 5 % of 1,250 fen is 62.5 → 63; 5 % of 1,230 is 61.5 → 62; 3.33 % of 1,000 is 33.3 → 33.
    const at = (basePrice: number, basisPoints: number) =>
      priceMeal({
        table: table({ basePrice, operatorDiscount: { basisPoints } }),
        member: member({ birthDate: '2000-01-01' }),
        day: DAY,
        usage: NONE,
      });
    expect(at(1250, 500).operator).toBe(63);
    expect(at(1230, 500).operator).toBe(62);
    expect(at(1000, 333).operator).toBe(33);
    for (const p of [at(1250, 500), at(999, 777), at(1, 5000)]) {
      for (const fen of [p.operator, p.government, p.charity, p.elder]) {
        expect(Number.isInteger(fen)).toBe(true);
      }
    }
  });

  it('a tier can ask for a disability grade and a category together (ALL inside one condition)', () => {
    const t = table({
      tiers: [
        {
          id: 'care',
          when: [{ anyCategory: ['low-income'], minDisability: 'moderate', minAge: 60 }],
          government: 1000,
          charity: 100,
        },
      ],
    });
    const at = (m: MemberFacts) => tierFor(t, m, DAY)?.id ?? null;
    expect(at(member({ categories: ['low-income'], disability: 'severe' }))).toBe('care');
    expect(at(member({ categories: ['low-income'], disability: 'mild' }))).toBeNull();
    expect(at(member({ categories: [], disability: 'total' }))).toBeNull();
  });
});
