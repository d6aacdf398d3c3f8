/**
 * The member's meals as the kiosk can know them: what the server last published (the replica's
 * "member-meals" item) joined with this kiosk's own entries the published copy does not show yet
 * — bookings still waiting to be sent ("等待确认"), answers newer than the copy, cancellations on
 * their way — and the refusals to tell. Pure, so the screens' rules are tested without a browser.
 */
import { addDays, weekdayOf } from '../../../shared/centre/zoned';
import type { LocalText } from '../../../shared/config/fields';
import type { MealsConfig } from '../../../shared/config/meals';
import {
  MEAL_ACK,
  MEAL_BOOK,
  MEAL_CANCEL,
  type MealAckPayload,
  type MealBookPayload,
  type MealCancelPayload,
  type MemberMeals,
  type MemberTiers,
  operatorDiscountOn,
  type PriceBreakdown,
  type PriceTable,
  priceByTier,
  type SubsidyUsage,
  tierOnDay,
} from '../../../shared/meals/index';
import { REASONS, type ReasonCode } from '../../../shared/sync/reasons';
import type { RejectedEntry, SentEntry, StoredEntry } from '../../offline/db';

/** One booking on the "my meals" list. */
export interface BookingRow {
  /** The id of the entry that made it (what a cancellation names). */
  bookingId: string;
  day: string;
  sitting: string;
  mealId: string;
  delivery: boolean;
  companion: boolean;
  elderFen: number;
  /**
   * booked: the server accepted it; waiting: saved here, not yet answered (等待确认);
   * cancelling: a cancellation is on its way; served / delivered / no-show: the kitchen's mark.
   */
  state: 'booked' | 'waiting' | 'cancelling' | 'served' | 'delivered' | 'no-show';
}

/** A refusal the elder has not been told about yet. */
export interface Notice {
  /** The refused entry's id: what meal.ack names. */
  id: string;
  day: string;
  sitting: string;
  mealId: string;
  /** The reason's words; null for a code this build does not know (a general sentence then). */
  message: LocalText | null;
  /** Only this kiosk knows so far (the server's copy has not arrived): no ack needed for it. */
  localOnly: boolean;
}

/** Everything the meal screens read about one member, gathered from replica and outbox. */
export interface MealsKnowledge {
  /** The server's last published copy, or null when none arrived (a new member, or never pulled). */
  published: MemberMeals | null;
  /** When that copy arrived (kiosk clock, ms); null when there is none. */
  publishedAt: number | null;
  /** This member's entries still waiting in the outbox. */
  pending: readonly StoredEntry[];
  /** This member's entries the server accepted (kept a few days). */
  sent: readonly SentEntry[];
  /** This member's entries the server refused. */
  rejected: readonly RejectedEntry[];
}

const isKind =
  <P>(kind: string) =>
  <E extends StoredEntry>(e: E): e is E & { payload: P } =>
    e.kind === kind;
const isBook = isKind<MealBookPayload>(MEAL_BOOK.kind);
const isCancel = isKind<MealCancelPayload>(MEAL_CANCEL.kind);
const isAck = isKind<MealAckPayload>(MEAL_ACK.kind);

/** Whether the published copy already reflects something answered at `at`. */
function newerThanCopy(k: MealsKnowledge, at: number): boolean {
  return k.publishedAt === null || at >= k.publishedAt;
}

/** The sitting order of the config (lunch before dinner), then the booking id. */
function sortRows(rows: BookingRow[], meals: MealsConfig): BookingRow[] {
  const order = (sitting: string) => {
    const i = meals.sittings.findIndex((s) => s.id === sitting);
    return i === -1 ? meals.sittings.length : i;
  };
  return rows.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      order(a.sitting) - order(b.sitting) ||
      a.bookingId.localeCompare(b.bookingId),
  );
}

function rowFromEntry(e: StoredEntry & { payload: MealBookPayload }, state: BookingRow['state']) {
  const p = e.payload;
  return {
    bookingId: e.id,
    day: p.day,
    sitting: p.sitting,
    mealId: p.mealId,
    delivery: p.delivery,
    companion: p.companion,
    elderFen: p.quotedElderFen,
    state,
  } satisfies BookingRow;
}

/** The member's bookings from `today` on, as the "my meals" list shows them. */
export function bookingRows(k: MealsKnowledge, meals: MealsConfig, today: string): BookingRow[] {
  const rows = new Map<string, BookingRow>();
  for (const b of k.published?.upcoming ?? []) {
    rows.set(b.bookingId, { ...b, state: b.status });
  }
  // Accepted here after the copy was made: the next pull will bring it; show it as booked now.
  for (const e of k.sent.filter(isBook)) {
    if (!rows.has(e.id) && newerThanCopy(k, e.sentAt)) rows.set(e.id, rowFromEntry(e, 'booked'));
  }
  for (const e of k.pending.filter(isBook)) rows.set(e.id, rowFromEntry(e, 'waiting'));
  for (const e of k.sent.filter(isCancel)) {
    if (newerThanCopy(k, e.sentAt)) rows.delete(e.payload.bookingId);
  }
  for (const e of k.pending.filter(isCancel)) {
    const row = rows.get(e.payload.bookingId);
    if (row) rows.set(row.bookingId, { ...row, state: 'cancelling' });
  }
  return sortRows(
    [...rows.values()].filter((r) => r.day >= today),
    meals,
  );
}

/**
 * "Same as last time": the member's latest own meal they ate or kept. A meal booked on this kiosk
 * since the server's copy (waiting, or accepted) is newer than the copy's; one the elder cancelled
 * here (sent or still waiting) is never offered, even before the server's copy says so.
 */
export function usualMeal(k: MealsKnowledge): MemberMeals['usual'] {
  const cancelled = new Set<string>();
  for (const e of [...k.pending.filter(isCancel), ...k.sent.filter(isCancel)])
    cancelled.add(e.payload.bookingId);
  // Entry ids are UUID v7, made in order on this kiosk: the greatest is the latest booking.
  const local = [
    ...k.pending.filter(isBook),
    ...k.sent.filter(isBook).filter((e) => newerThanCopy(k, e.sentAt)),
  ]
    .filter((e) => !e.payload.companion && !cancelled.has(e.id))
    .sort((a, b) => b.id.localeCompare(a.id))[0];
  if (local) {
    const { sitting, mealId, delivery } = local.payload;
    return { bookingId: local.id, sitting, mealId, delivery };
  }
  const usual = k.published?.usual ?? null;
  return usual?.bookingId !== undefined && cancelled.has(usual.bookingId) ? null : usual;
}

/** Whether the member already holds a meal of their own at this sitting (companions aside). */
export function takenBy(rows: readonly BookingRow[]) {
  return (day: string, sitting: string): boolean =>
    rows.some(
      (r) =>
        !r.companion &&
        r.day === day &&
        r.sitting === sitting &&
        r.state !== 'cancelling' &&
        r.state !== 'no-show',
    );
}

/** Refusals to tell: the server's, plus this kiosk's own not yet in its copy; less those told. */
export function noticesToTell(k: MealsKnowledge): Notice[] {
  const told = new Set<string>();
  for (const e of k.pending.filter(isAck)) for (const id of e.payload.noticeIds) told.add(id);
  for (const e of k.sent.filter(isAck))
    if (newerThanCopy(k, e.sentAt)) for (const id of e.payload.noticeIds) told.add(id);
  const out: Notice[] = [];
  for (const n of k.published?.notices ?? []) {
    if (told.has(n.id)) continue;
    const message = n.reasonCode in REASONS ? REASONS[n.reasonCode as ReasonCode] : null;
    out.push({
      id: n.id,
      day: n.day,
      sitting: n.sitting,
      mealId: n.mealId,
      message,
      localOnly: false,
    });
  }
  for (const e of k.rejected) {
    if (!isBook(e) || e.seenAt !== null || told.has(e.id) || out.some((n) => n.id === e.id))
      continue;
    if (!newerThanCopy(k, e.rejectedAt)) continue; // The server's copy has it (or it was told).
    const p = e.payload;
    out.push({
      id: e.id,
      day: p.day,
      sitting: p.sitting,
      mealId: p.mealId,
      message: e.result.reason.message,
      localOnly: true,
    });
  }
  return out;
}

/**
 * Subsidised meals the member already has that count against the caps for a meal on `day`.
 * A booking counts when the elder pays less than the member price (the subsidy was applied):
 * the published copy carries only what the elder pays, not the breakdown.
 */
export function usageFor(
  rows: readonly BookingRow[],
  table: PriceTable,
  day: string,
): SubsidyUsage {
  const memberPrice = table.basePrice - operatorDiscountOn(table, table.basePrice);
  const subsidised = rows.filter(
    (r) =>
      !r.companion &&
      r.state !== 'cancelling' &&
      r.elderFen < memberPrice + (r.delivery ? table.deliveryFee : 0),
  );
  const monday = addDays(day, 1 - weekdayOf(day));
  const sunday = addDays(monday, 6);
  const month = day.slice(0, 7);
  return {
    day: subsidised.filter((r) => r.day === day).length,
    week: subsidised.filter((r) => r.day >= monday && r.day <= sunday).length,
    month: subsidised.filter((r) => r.day.startsWith(month)).length,
  };
}

/**
 * What the elder will pay for a meal, by the shared rule, from the member's tier on its day as
 * the server sent it in the roster. A day the roster does not reach (an old pull) is never
 * guessed: the member price without subsidy is shown as the most they pay, `unconfirmed`, and
 * the server prices the booking from its register when it arrives.
 */
export function quote(
  table: PriceTable,
  tiers: MemberTiers,
  rows: readonly BookingRow[],
  choice: { day: string; delivery: boolean; companion: boolean },
): PriceBreakdown {
  const tierId = tierOnDay(tiers, choice.day);
  const price = priceByTier({
    table,
    tierId: tierId ?? null,
    usage: usageFor(rows, table, choice.day),
    delivery: choice.delivery,
    companion: choice.companion,
  });
  return tierId === undefined && !choice.companion ? { ...price, basis: 'unconfirmed' } : price;
}
