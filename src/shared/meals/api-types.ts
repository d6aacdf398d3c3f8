/**
 * What /api/meals answers: the kitchen's roster and the meal report, as the server builds them
 * and the console reads them (schemas for the contracts in api.ts). Money is integer fen
 * throughout.
 */
import * as v from 'valibot';

/** A booking's state once made (cancelled ones are not on the roster). */
export const ROSTER_STATUSES = ['booked', 'served', 'delivered', 'no-show'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

/** One booking on the kitchen's roster. */
export const RosterLineSchema = v.object({
  bookingId: v.string(),
  memberId: v.string(),
  memberName: v.string(),
  cardNumber: v.string(),
  mealId: v.string(),
  companion: v.boolean(),
  delivery: v.boolean(),
  status: v.picklist(ROSTER_STATUSES),
  phone: v.nullable(v.string()),
  address: v.nullable(v.string()),
  notes: v.nullable(v.string()),
});
export type RosterLine = v.InferOutput<typeof RosterLineSchema>;

/** GET /api/meals/roster */
export const SittingRosterSchema = v.object({
  day: v.string(),
  sitting: v.string(),
  total: v.number(),
  byMeal: v.array(v.object({ mealId: v.string(), count: v.number() })),
  dineIn: v.array(RosterLineSchema),
  /** In the server's order: sorted for a delivery route. */
  delivery: v.array(RosterLineSchema),
});
export type SittingRoster = v.InferOutput<typeof SittingRosterSchema>;

/** Money in one line of the report (fen). */
const MONEY = {
  base: v.number(),
  operator: v.number(),
  government: v.number(),
  charity: v.number(),
  elder: v.number(),
  deliveryFees: v.number(),
};
export const MoneySchema = v.object(MONEY);
export type Money = v.InferOutput<typeof MoneySchema>;

export const ReportDaySchema = v.object({
  ...MONEY,
  day: v.string(),
  booked: v.number(),
  served: v.number(),
  delivered: v.number(),
  noShow: v.number(),
  cancelled: v.number(),
});
export type ReportDay = v.InferOutput<typeof ReportDaySchema>;

/** GET /api/meals/report */
export const MealReportSchema = v.object({
  from: v.string(),
  to: v.string(),
  days: v.array(ReportDaySchema),
  byTier: v.array(v.object({ ...MONEY, tierId: v.nullable(v.string()), meals: v.number() })),
  total: v.object({ ...MONEY, meals: v.number() }),
});
export type MealReport = v.InferOutput<typeof MealReportSchema>;
