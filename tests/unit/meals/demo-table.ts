/** The demo centre's price table as subsidy-rules.md describes it, built by hand for the rules' tests. */
import type { PriceTable } from '../../../src/shared/meals';

export const DEMO_TABLE: PriceTable = {
  basePrice: 1500,
  operatorDiscount: { basisPoints: 500 },
  tiers: [
    {
      id: 'A',
      when: [
        { anyCategory: ['extreme-poverty', 'low-income', 'near-low-income'] },
        { minAge: 100 },
      ],
      government: 1200,
      charity: 0,
    },
    { id: 'B', when: [{ minAge: 80, maxAge: 99 }], government: 600, charity: 0 },
    { id: 'C', when: [{ minAge: 70, maxAge: 79 }], government: 400, charity: 0 },
    { id: 'D', when: [{ minAge: 60, maxAge: 69 }], government: 200, charity: 0 },
  ],
  localHukouOnly: true,
  ageCountsFrom: 'birthday',
  caps: { perDay: 1, perMonth: 22 },
  companionsAllowed: true,
  deliveryFee: 300,
};
