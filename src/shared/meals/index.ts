/** Meal rules shared by kiosk, console and server: price, cut-offs, the booking calendar, age bands. */
export {
  ABSENCE_OUTCOMES,
  type AbsenceAnswer,
  type AbsenceBooking,
  type AbsenceCheck,
  type AbsenceList,
  type AbsenceMember,
  type AbsenceOutcome,
  type AbsenceSettings,
  type AbsentLine,
  type AbsentMember,
  absentMembers,
  LIVING_ALONE,
  lookbackWindow,
} from './absence';
export { ageForRule } from './age';
export {
  type ClosedReason,
  calendarRefusal,
  closedOn,
  DEFAULT_HORIZON_DAYS,
  horizonDays,
  horizonOf,
  lastBookableDay,
  MAX_HORIZON_DAYS,
  nextBookableDay,
  openSittings,
} from './calendar';
export { beforeCutoff, type Cutoff, cutoffInstant } from './cutoff';
export { type Meal, menuFor, priceTableOf, type Sitting, sittingsOn } from './from-config';
export {
  MEAL_ACK,
  MEAL_BOOK,
  MEAL_CANCEL,
  type MealAckPayload,
  type MealBookPayload,
  type MealCancelPayload,
} from './kinds';
export {
  MEMBER_MEALS_CHANGE,
  type MealNotice,
  type MemberMeals,
  MemberMealsSchema,
  type UpcomingBooking,
} from './member-meals';
export {
  operatorDiscountOn,
  type PriceBasis,
  type PriceBreakdown,
  type PriceInput,
  priceByTier,
  priceMeal,
  type TierPriceInput,
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
export {
  type MemberTiers,
  MemberTiersSchema,
  memberTierOn,
  memberTiers,
  TIER_DAYS,
  tierOnDay,
} from './tiers';
