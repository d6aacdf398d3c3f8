/**
 * What the server does with a kiosk's meal entries. Everything is checked again here with the
 * server's clock and config — the kiosk may have been offline with an old menu — and the price
 * is worked out again by the same shared rule, then stored with its breakdown.
 */
import type { Kysely } from 'kysely';
import { centreClock } from '../../shared/centre/clock';
import { addDays, weekdayOf } from '../../shared/centre/zoned';
import type { MealsConfig } from '../../shared/config/meals';
import {
  beforeCutoff,
  calendarRefusal,
  MEAL_ACK,
  MEAL_BOOK,
  MEAL_CANCEL,
  type MealAckPayload,
  type MealBookPayload,
  type MealCancelPayload,
  menuFor,
  priceMeal,
  priceTableOf,
} from '../../shared/meals/index';
import { type DisabilityGrade, type MemberCategory, membershipStatus } from '../../shared/members';
import { reason } from '../../shared/sync/index';
import type { Database } from '../db/schema';
import { DEFAULT_TIME_ZONE } from '../lib/centre-day';
import {
  type ApplyContext,
  type ApplyOutcome,
  defineApplier,
  type EntryHandler,
} from '../sync/appliers';
import {
  acknowledgeNotices,
  cancelBooking,
  countSeat,
  countSubsidised,
  findBooking,
  freeSeat,
  insertBooking,
  insertNotice,
  selectMemberForBooking,
  takeSeat,
} from './meals.repository';
import { publishMemberMeals } from './member-meals';

/** The canteen as the server knows it now, or undefined when the centre has none. */
export interface CanteenSetup {
  meals: MealsConfig;
  timeZone: string;
}
export type CanteenSource = () => CanteenSetup | undefined;

const WHOLE_SITTING = '';

/** Monday and Sunday of the ISO week of `day`. */
function weekOf(day: string): [string, string] {
  const monday = addDays(day, 1 - weekdayOf(day));
  return [monday, addDays(monday, 6)];
}

async function judgeBooking(
  trx: Kysely<Database>,
  id: string,
  kioskTime: string,
  p: MealBookPayload,
  ctx: ApplyContext,
  setup: CanteenSetup | undefined,
): Promise<ApplyOutcome> {
  if (!setup)
    return { status: 'rejected', reason: reason('not_on_menu', 'this centre has no canteen') };
  const { meals, timeZone } = setup;
  const member = await selectMemberForBooking(trx, p.memberId);
  if (!member)
    return { status: 'rejected', reason: reason('unknown_card', 'no member with this id') };
  const today = centreClock(ctx.now, timeZone).date;
  if (membershipStatus(member.valid_until, today) === 'expired')
    return {
      status: 'rejected',
      reason: reason('membership_expired', `membership ended ${member.valid_until}`),
    };

  // The calendar first: a holiday keeps its weekday's menu, and a far day may have one too.
  const refusal = calendarRefusal(meals, p.day, ctx.now, timeZone);
  if (refusal)
    return {
      status: 'rejected',
      reason: reason(
        refusal,
        refusal === 'beyond_horizon'
          ? `${p.day} is beyond the canteen's booking horizon`
          : `the canteen is closed on ${p.day}`,
      ),
    };
  const sitting = meals.sittings.find((s) => s.id === p.sitting);
  const meal = menuFor(meals, p.day, p.sitting).find((m) => m.id === p.mealId);
  if (!sitting || !meal)
    return {
      status: 'rejected',
      reason: reason('not_on_menu', `${p.mealId} is not on the ${p.sitting} menu of ${p.day}`),
    };
  if (!beforeCutoff(sitting.cutoff, p.day, ctx.now, timeZone))
    return {
      status: 'rejected',
      reason: reason('past_cutoff', `${p.sitting} on ${p.day} closed at ${sitting.cutoff.time}`),
    };
  if (p.delivery) {
    if (!meals.delivery.enabled || !member.address)
      return {
        status: 'rejected',
        reason: reason(
          'delivery_unavailable',
          meals.delivery.enabled ? 'the member has no address' : 'delivery is off',
        ),
      };
    if (!beforeCutoff(meals.delivery.cutoff, p.day, ctx.now, timeZone))
      return {
        status: 'rejected',
        reason: reason(
          'past_cutoff',
          `delivery on ${p.day} closed at ${meals.delivery.cutoff.time}`,
        ),
      };
  }
  const table = priceTableOf(meals);
  if (p.companion && !table.companionsAllowed)
    return {
      status: 'rejected',
      reason: reason('invalid_payload', 'this canteen takes no companion meals'),
    };

  const [monday, sunday] = weekOf(p.day);
  const month = p.day.slice(0, 7);
  const usage = {
    day: await countSubsidised(trx, member.id, p.day, p.day),
    week: await countSubsidised(trx, member.id, monday, sunday),
    month: await countSubsidised(trx, member.id, `${month}-01`, `${month}-31`),
  };
  const price = priceMeal({
    table,
    member: {
      birthDate: member.birth_date,
      localHukou: Number(member.local_hukou) === 1,
      categories: JSON.parse(member.categories) as MemberCategory[],
      disability: member.disability as DisabilityGrade,
    },
    day: p.day,
    usage,
    companion: p.companion,
    delivery: p.delivery,
  });

  const seat = { day: p.day, sitting: p.sitting, mealId: WHOLE_SITTING };
  const mealSeat = { day: p.day, sitting: p.sitting, mealId: p.mealId };
  if (!(await takeSeat(trx, seat, sitting.capacity)))
    return { status: 'rejected', reason: reason('sold_out', `${p.sitting} on ${p.day} is full`) };
  if (meal.capacity !== undefined && !(await takeSeat(trx, mealSeat, meal.capacity))) {
    await freeSeat(trx, seat);
    return {
      status: 'rejected',
      reason: reason('sold_out', `${p.mealId} on ${p.day} is sold out`),
    };
  }
  if (meal.capacity === undefined) await countSeat(trx, mealSeat);

  const inserted = await insertBooking(trx, {
    id,
    member_id: member.id,
    day: p.day,
    sitting: p.sitting,
    meal_id: p.mealId,
    delivery: p.delivery ? 1 : 0,
    companion: p.companion ? 1 : 0,
    status: 'booked',
    base_fen: price.base,
    operator_fen: price.operator,
    government_fen: price.government,
    charity_fen: price.charity,
    delivery_fee_fen: price.deliveryFee,
    elder_fen: price.elder,
    quoted_elder_fen: p.quotedElderFen,
    tier_id: price.tierId,
    basis: price.basis,
    counts_subsidised: price.countsAsSubsidised ? 1 : 0,
    kiosk_id: ctx.kioskId,
    kiosk_time: kioskTime,
    booked_at: ctx.now.toISOString(),
    cancelled_at: null,
    served_at: null,
  });
  if (!inserted) {
    await freeSeat(trx, seat);
    await freeSeat(trx, mealSeat);
    return {
      status: 'rejected',
      reason: reason('already_booked', `the member already has ${p.sitting} on ${p.day}`),
    };
  }
  return { status: 'accepted', record: { bookingId: id, price } };
}

/**
 * Book, and keep the member's meals in the feed current. A refusal of a known member's booking is
 * kept as a notice, so an elder who booked offline is told at their next identification.
 */
async function book(
  trx: Kysely<Database>,
  id: string,
  kioskTime: string,
  p: MealBookPayload,
  ctx: ApplyContext,
  setup: CanteenSetup | undefined,
): Promise<ApplyOutcome> {
  const outcome = await judgeBooking(trx, id, kioskTime, p, ctx, setup);
  if (outcome.status === 'rejected' && outcome.reason.code === 'unknown_card') return outcome;
  if (outcome.status === 'rejected')
    await insertNotice(trx, {
      id,
      member_id: p.memberId,
      day: p.day,
      sitting: p.sitting,
      meal_id: p.mealId,
      reason_code: outcome.reason.code,
      created_at: ctx.now.toISOString(),
      acknowledged_at: null,
    });
  await publishMemberMeals(trx, p.memberId, ctx.now, setup?.timeZone ?? DEFAULT_TIME_ZONE);
  return outcome;
}

async function acknowledge(
  trx: Kysely<Database>,
  p: MealAckPayload,
  ctx: ApplyContext,
  setup: CanteenSetup | undefined,
): Promise<ApplyOutcome> {
  // Notices already acknowledged (told on two kiosks) or not this member's are simply skipped.
  await acknowledgeNotices(trx, p.memberId, p.noticeIds, ctx.now.toISOString());
  await publishMemberMeals(trx, p.memberId, ctx.now, setup?.timeZone ?? DEFAULT_TIME_ZONE);
  return { status: 'accepted' };
}

async function cancel(
  trx: Kysely<Database>,
  p: MealCancelPayload,
  ctx: ApplyContext,
  setup: CanteenSetup | undefined,
): Promise<ApplyOutcome> {
  const booking = await findBooking(trx, p.bookingId);
  if (!booking || booking.member_id !== p.memberId)
    return { status: 'rejected', reason: reason('no_such_booking') };
  // Cancelling twice (two kiosks, or a resend with a new id) is still "cancelled".
  if (booking.status === 'cancelled')
    return { status: 'accepted', record: { bookingId: booking.id } };
  const sitting = setup?.meals.sittings.find((s) => s.id === booking.sitting);
  const open =
    booking.status === 'booked' &&
    sitting !== undefined &&
    setup !== undefined &&
    beforeCutoff(sitting.cutoff, booking.day, ctx.now, setup.timeZone);
  if (!open)
    return {
      status: 'rejected',
      reason: reason(
        'past_cutoff',
        `${booking.sitting} on ${booking.day} can no longer be cancelled`,
      ),
    };
  await cancelBooking(trx, booking.id, ctx.now.toISOString());
  await freeSeat(trx, { day: booking.day, sitting: booking.sitting, mealId: WHOLE_SITTING });
  await freeSeat(trx, { day: booking.day, sitting: booking.sitting, mealId: booking.meal_id });
  await publishMemberMeals(trx, booking.member_id, ctx.now, setup?.timeZone ?? DEFAULT_TIME_ZONE);
  return { status: 'accepted', record: { bookingId: booking.id } };
}

/** The meal kinds and their appliers, reading the canteen from `source` at each entry. */
export function mealHandlers(source: CanteenSource): EntryHandler[] {
  return [
    defineApplier(MEAL_BOOK, (trx, entry, ctx) =>
      book(trx, entry.id, entry.kioskTime, entry.payload, ctx, source()),
    ),
    // Booking needs the card only (offline too). Cancelling is done from the elder's own list of
    // meals, a personal record: the PIN as well, where they have one. An acknowledgement only
    // marks refusals as told (refusing it would just tell them again), so the card is enough.
    defineApplier(MEAL_CANCEL, (trx, entry, ctx) => cancel(trx, entry.payload, ctx, source()), {
      pin: true,
    }),
    defineApplier(MEAL_ACK, (trx, entry, ctx) => acknowledge(trx, entry.payload, ctx, source())),
  ];
}
