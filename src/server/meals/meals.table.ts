/** Row types of meal bookings and seat counters (see migrations/20261124_2300_meals.ts). */
import type { Insertable, Selectable } from 'kysely';

export type BookingStatus = 'booked' | 'cancelled' | 'served' | 'delivered' | 'no-show';

export interface MealBookingTable {
  id: string;
  member_id: string;
  day: string;
  sitting: string;
  meal_id: string;
  delivery: number;
  companion: number;
  status: BookingStatus;
  base_fen: number;
  operator_fen: number;
  government_fen: number;
  charity_fen: number;
  delivery_fee_fen: number;
  elder_fen: number;
  quoted_elder_fen: number;
  tier_id: string | null;
  basis: string;
  counts_subsidised: number;
  kiosk_id: string;
  kiosk_time: string;
  booked_at: string;
  cancelled_at: string | null;
  served_at: string | null;
}

export interface MealCountTable {
  day: string;
  sitting: string;
  /** '' for the sitting as a whole. */
  meal_id: string;
  booked: number;
}

export interface MealNoticeTable {
  /** The id of the refused meal.book entry. */
  id: string;
  member_id: string;
  day: string;
  sitting: string;
  meal_id: string;
  reason_code: string;
  created_at: string;
  acknowledged_at: string | null;
}

export type MealBookingRow = Selectable<MealBookingTable>;
export type NewMealBooking = Insertable<MealBookingTable>;
