/**
 * Keeps each member's "member-meals" item in the pull feed up to date: published in the same
 * transaction as every booking, cancellation, refusal and acknowledgement that concerns them.
 */
import type { Kysely } from 'kysely';
import { centreClock } from '../../shared/centre/clock';
import { MEMBER_MEALS_CHANGE, type MemberMeals } from '../../shared/meals/index';
import type { Database } from '../db/schema';
import { publishPutIfChanged } from '../sync/changes';
import {
  selectLastOwnBooking,
  selectOpenNotices,
  selectUpcomingBookings,
} from './meals.repository';

/** A member's meals as a kiosk needs them, on the centre's day at `now`. */
export async function memberMeals(
  trx: Kysely<Database>,
  memberId: string,
  now: Date,
  timeZone: string,
): Promise<MemberMeals> {
  const today = centreClock(now, timeZone).date;
  const upcoming = await selectUpcomingBookings(trx, memberId, today);
  const last = await selectLastOwnBooking(trx, memberId);
  const notices = await selectOpenNotices(trx, memberId);
  return {
    upcoming: upcoming.map((b) => ({
      bookingId: b.id,
      day: b.day,
      sitting: b.sitting,
      mealId: b.meal_id,
      delivery: Number(b.delivery) === 1,
      companion: Number(b.companion) === 1,
      status: b.status as 'booked' | 'served' | 'delivered' | 'no-show',
      elderFen: Number(b.elder_fen),
    })),
    usual: last
      ? {
          bookingId: last.id,
          sitting: last.sitting,
          mealId: last.meal_id,
          delivery: Number(last.delivery) === 1,
        }
      : null,
    notices: notices.map((n) => ({
      id: n.id,
      day: n.day,
      sitting: n.sitting,
      mealId: n.meal_id,
      reasonCode: n.reason_code,
      at: n.created_at,
    })),
  };
}

/**
 * Publish the member's meals as they are now inside `trx`, only when they differ from what the
 * feed holds (a refused booking that left no notice, an acknowledgement told twice: unchanged).
 */
export async function publishMemberMeals(
  trx: Kysely<Database>,
  memberId: string,
  now: Date,
  timeZone: string,
): Promise<void> {
  await publishPutIfChanged(
    trx,
    MEMBER_MEALS_CHANGE,
    memberId,
    await memberMeals(trx, memberId, now, timeZone),
    now,
  );
}
