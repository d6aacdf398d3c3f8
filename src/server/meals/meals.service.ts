/**
 * The kitchen's view of bookings (the roster of a sitting, marking meals served) and the
 * admin's report of meals and subsidies, which must add up to the fen.
 */
import type { Kysely } from 'kysely';
import type {
  MealReport,
  Money,
  ReportDay,
  RosterLine,
  RosterStatus,
  SittingRoster,
} from '../../shared/meals/api-types';
import { type Actor, recordAudit } from '../audit/audit.service';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import {
  selectBookingStatus,
  selectReportRows,
  selectRosterRows,
  updateBookingStatus,
} from './meals.repository';
import type { BookingStatus } from './meals.table';

export async function sittingRoster(
  db: Kysely<Database>,
  day: string,
  sitting: string,
): Promise<SittingRoster> {
  const rows = await selectRosterRows(db, day, sitting);
  const lines: RosterLine[] = rows.map((r) => ({
    bookingId: r.id,
    memberId: r.member_id,
    memberName: r.name,
    cardNumber: r.card_number,
    mealId: r.meal_id,
    companion: Number(r.companion) === 1,
    delivery: Number(r.delivery) === 1,
    status: r.status as RosterStatus,
    phone: r.phone,
    address: r.address,
    notes: r.notes,
  }));
  const byMeal = new Map<string, number>();
  for (const l of lines) byMeal.set(l.mealId, (byMeal.get(l.mealId) ?? 0) + 1);
  return {
    day,
    sitting,
    total: lines.length,
    byMeal: [...byMeal].map(([mealId, count]) => ({ mealId, count })),
    dineIn: lines.filter((l) => !l.delivery),
    delivery: lines
      .filter((l) => l.delivery)
      .sort((a, b) => (a.address ?? '').localeCompare(b.address ?? '', 'zh-Hans-CN')),
  };
}

const ALLOWED: Record<BookingStatus, readonly BookingStatus[]> = {
  booked: ['served', 'delivered', 'no-show'],
  served: ['booked'],
  delivered: ['booked'],
  'no-show': ['booked'],
  cancelled: [],
};

/** Mark a booking served, delivered or a no-show (or undo that), audited. */
export async function setBookingStatus(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  status: BookingStatus,
  now: Date,
): Promise<BookingStatus> {
  return db.transaction().execute(async (trx) => {
    const booking = await selectBookingStatus(trx, id);
    if (!booking) throw notFound('There is no booking with this id.');
    if (booking.status === status) return status;
    if (!ALLOWED[booking.status].includes(status))
      throw new AppError(
        409,
        'booking_status',
        booking.status === 'cancelled'
          ? 'This booking was cancelled; it cannot be marked.'
          : `A ${booking.status} booking can only go back to booked first.`,
      );
    if (status === 'delivered' && Number(booking.delivery) !== 1)
      throw new AppError(409, 'booking_status', 'This meal is eaten at the centre, not delivered.');
    await updateBookingStatus(trx, id, status, status === 'booked' ? null : now.toISOString());
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'meal.marked',
      subject: { type: 'meal_booking', id },
      details: { from: booking.status, to: status },
    });
    return status;
  });
}

const ZERO: Money = { base: 0, operator: 0, government: 0, charity: 0, elder: 0, deliveryFees: 0 };

/**
 * Meals from `from` to `to`: counts by status per day, and money by funder per day and by tier.
 * Cancelled bookings are counted but carry no money; every other booking's stored breakdown is
 * summed as stored, so the report adds up to exactly what was charged.
 */
export async function mealReport(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<MealReport> {
  const rows = await selectReportRows(db, from, to);
  const days = new Map<string, ReportDay>();
  const tiers = new Map<string, { tierId: string | null; meals: number } & Money>();
  const total = { ...ZERO, meals: 0 };
  const add = (into: Money, r: (typeof rows)[number]) => {
    into.base += Number(r.base_fen);
    into.operator += Number(r.operator_fen);
    into.government += Number(r.government_fen);
    into.charity += Number(r.charity_fen);
    into.elder += Number(r.elder_fen);
    into.deliveryFees += Number(r.delivery_fee_fen);
  };
  for (const r of rows) {
    let d = days.get(r.day);
    if (!d) {
      d = { day: r.day, booked: 0, served: 0, delivered: 0, noShow: 0, cancelled: 0, ...ZERO };
      days.set(r.day, d);
    }
    if (r.status === 'cancelled') {
      d.cancelled += 1;
      continue;
    }
    if (r.status === 'booked') d.booked += 1;
    else if (r.status === 'served') d.served += 1;
    else if (r.status === 'delivered') d.delivered += 1;
    else d.noShow += 1;
    add(d, r);
    const key = r.tier_id ?? '';
    let t = tiers.get(key);
    if (!t) {
      t = { tierId: r.tier_id, meals: 0, ...ZERO };
      tiers.set(key, t);
    }
    t.meals += 1;
    add(t, r);
    total.meals += 1;
    add(total, r);
  }
  return {
    from,
    to,
    days: [...days.values()],
    // Tiers in id order, meals without a subsidy last.
    byTier: [...tiers.values()].sort((a, b) =>
      a.tierId === b.tierId
        ? 0
        : a.tierId === null
          ? 1
          : b.tierId === null
            ? -1
            : a.tierId < b.tierId
              ? -1
              : 1,
    ),
    total,
  };
}
