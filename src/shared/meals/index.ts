/** Meal rules shared by kiosk, console and server: price, cut-offs, age bands. */
export { ageForRule } from './age';
export { beforeCutoff, bookableDays, type Cutoff, cutoffInstant } from './cutoff';
export { type Meal, menuFor, priceTableOf, type Sitting, sittingsOn } from './from-config';
export {
  operatorDiscountOn,
  type PriceBasis,
  type PriceBreakdown,
  type PriceInput,
  priceMeal,
  tierFor,
} from './price';
export type {
  AgeCountsFrom,
  Funder,
  MemberFacts,
  OperatorDiscount,
  PriceTable,
  SubsidyTier,
  SubsidyUsage,
  TierCondition,
} from './rules-types';
