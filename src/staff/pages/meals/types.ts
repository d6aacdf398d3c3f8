/**
 * What /api/meals answers, as the console reads it (written out here: src/server compiles for
 * Node, the console for the DOM). Money is integer fen throughout.
 */

export type BookingStatus = 'booked' | 'served' | 'delivered' | 'no-show';

/** One booking on the kitchen's roster. */
export interface RosterLine {
  bookingId: string;
  memberId: string;
  memberName: string;
  cardNumber: string;
  mealId: string;
  companion: boolean;
  delivery: boolean;
  status: BookingStatus;
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
