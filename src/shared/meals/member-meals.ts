/**
 * What a kiosk knows about one member's meals, published by the server through pull (change type
 * "member-meals", key = member id) after every booking, cancellation, refusal or acknowledgement:
 * their upcoming bookings (for "My meals" and "same as last time") and the refusals they have not
 * yet been told about (told at their next identification, on whichever kiosk).
 */
import * as v from 'valibot';
import { defineChangeType } from '../sync/pull';
import { REASON_CODES } from '../sync/reasons';

const DAY = v.pipe(v.string(), v.isoDate());
const FEN = v.pipe(v.number(), v.integer(), v.minValue(0));

export const UpcomingBookingSchema = v.object({
  /** The id of the entry that made it: what meal.cancel names. */
  bookingId: v.string(),
  day: DAY,
  sitting: v.string(),
  mealId: v.string(),
  delivery: v.boolean(),
  companion: v.boolean(),
  status: v.picklist(['booked', 'served', 'delivered', 'no-show']),
  /** What the elder pays, as the server worked it out. */
  elderFen: FEN,
});
export type UpcomingBooking = v.InferOutput<typeof UpcomingBookingSchema>;

export const MealNoticeSchema = v.object({
  /** The id of the refused entry. */
  id: v.string(),
  day: DAY,
  sitting: v.string(),
  mealId: v.string(),
  /** A code this build may not know yet: the kiosk falls back to a general sentence. */
  reasonCode: v.union([v.picklist(REASON_CODES), v.string()]),
  at: v.string(),
});
export type MealNotice = v.InferOutput<typeof MealNoticeSchema>;

export const MemberMealsSchema = v.object({
  /** Bookings from today on (centre time), not cancelled, by day and sitting. */
  upcoming: v.array(UpcomingBookingSchema),
  /**
   * The member's own last meal they ate or kept (never a cancelled one or a no-show), for "same
   * as last time": null when there is none. `bookingId` lets a kiosk drop it once the elder
   * cancels it there (absent in copies made before it was sent).
   */
  usual: v.nullable(
    v.object({
      bookingId: v.optional(v.string()),
      sitting: v.string(),
      mealId: v.string(),
      delivery: v.boolean(),
    }),
  ),
  /** Refusals not yet acknowledged (meal.ack), oldest first. */
  notices: v.array(MealNoticeSchema),
});
export type MemberMeals = v.InferOutput<typeof MemberMealsSchema>;

export const MEMBER_MEALS_CHANGE = defineChangeType({
  type: 'member-meals',
  data: MemberMealsSchema,
});
