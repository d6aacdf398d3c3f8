/** Subsidies: one pure engine over subsidies.json (and meals.json for the meal subsidy). */
export { ageBands, MAX_AGE_BANDS } from './bands';
export {
  evaluateProgramme,
  evaluateSubsidies,
  overriddenBy,
  type ProgrammeResult,
  programmesInForce,
  type SubsidyAnswer,
  type Verdict,
} from './evaluate';
export type { AgeBand, PersonFacts, Reason, ReasonCode } from './facts';
export type { MealSubsidyResult } from './meal-subsidy';
export {
  type MealCount,
  type MealSubsidyUse,
  mealSubsidyUse,
  type SubsidisedMeal,
} from './meal-use';
export { addMonths, firstMonthAtAge, monthOf } from './months';
export { monthlyAmount, nextPayoutDate, type Payment, payments, type Suspension } from './schedule';
