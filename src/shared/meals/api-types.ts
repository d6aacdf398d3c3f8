/**
 * What /api/meals answers: the kitchen's roster and the meal report, as the server builds them
 * and the console reads them. Money is integer fen throughout.
 */

/** A booking's state once made (cancelled ones are not on the roster). */
export type RosterStatus = 'booked' | 'served' | 'delivered' | 'no-show';

/** One booking on the kitchen's roster. */
export interface RosterLine {
  bookingId: string;
  memberId: string;
  memberName: string;
  cardNumber: string;
  mealId: string;
  companion: boolean;
  delivery: boolean;
  status: RosterStatus;
  phone: string | null;
  address: string | null;
  notes: string | null;
}

/** GET /api/meals/roster */
export interface SittingRoster {
  day: string;
  sitting: string;
  total: number;
  byMeal: { mealId: string; count: number }[];
  dineIn: RosterLine[];
  /** In the server's order: sorted for a delivery route. */
  delivery: RosterLine[];
}

/** Money in one line of the report (fen). */
export interface Money {
  base: number;
  operator: number;
  government: number;
  charity: number;
  elder: number;
  deliveryFees: number;
}

export interface ReportDay extends Money {
  day: string;
  booked: number;
  served: number;
  delivered: number;
  noShow: number;
  cancelled: number;
}

/** GET /api/meals/report */
export interface MealReport {
  from: string;
  to: string;
  days: ReportDay[];
  byTier: ({ tierId: string | null; meals: number } & Money)[];
  total: Money & { meals: number };
}
