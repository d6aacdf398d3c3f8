/**
 * The absence alert (平安签到): who of the members living alone (独居) usually eats at the centre
 * and has neither booked nor been seen today by the configured time. One pure rule, so the
 * server's list and its tests agree on every boundary; the console only shows the answer.
 */
import { centreClock } from '../centre/clock';
import { addDays, zonedInstant } from '../centre/zoned';
import type { MealsConfig } from '../config/meals';
import { sittingsOn } from './from-config';

export type AbsenceSettings = NonNullable<MealsConfig['absence']>;

/** The member category the alert is for. */
export const LIVING_ALONE = 'living-alone';

export interface AbsenceMember {
  id: string;
  categories: readonly string[];
  /** Last day of membership, inclusive; null for no end. */
  validUntil: string | null;
}

/** One of a member's bookings, as stored (any day, any sitting, any status). */
export interface AbsenceBooking {
  memberId: string;
  day: string;
  sitting: string;
  status: 'booked' | 'served' | 'delivered' | 'no-show' | 'cancelled';
  companion: boolean;
  /** When the server took it (ISO): a booking made today means the member was seen today. */
  bookedAt: string;
}

export interface AbsentMember {
  memberId: string;
  /** Meals of the sitting eaten in the look-back window. */
  usualCount: number;
  /** The most recent of them ("YYYY-MM-DD"). */
  lastMeal: string;
}

export type AbsenceList =
  /** Before `checkAt`: nobody is listed yet; `fillsAt` is when the list fills (ISO). */
  | { state: 'waiting'; day: string; fillsAt: string }
  /** The canteen does not serve the sitting today, so nobody is expected. */
  | { state: 'not-served'; day: string }
  | { state: 'open'; day: string; since: string; absent: AbsentMember[] };

/** The days before `today` the rule looks back over: [first, last], both inclusive. */
export function lookbackWindow(
  settings: AbsenceSettings,
  today: string,
): [first: string, last: string] {
  return [addDays(today, -settings.lookbackDays), addDays(today, -1)];
}

/** A past booking that counts as a meal the member came for (or had delivered). */
function eaten(b: AbsenceBooking): boolean {
  // A booking never marked by the kitchen stays "booked": the meal was cooked for them, and
  // kitchens that do not mark every plate must not make their regulars look irregular.
  return (
    !b.companion && (b.status === 'booked' || b.status === 'served' || b.status === 'delivered')
  );
}

/**
 * Who is absent at `now`. A member is listed when all hold:
 * - they carry the 独居 category and their membership has not ended (valid until today or later);
 * - in the `lookbackDays` days before today they had at least `usualMeals` meals of the sitting
 *   (booked, served or delivered; not cancelled, not a no-show, not a companion's meal);
 * - today they have no booking for the sitting that still stands (a cancelled one or a no-show
 *   does not count), and they made no booking at all today (making one means they were seen).
 * Before `checkAt` on the centre's clock the list is empty and says when it fills. Bookings made
 * after `day` do not count as seeing the member that day.
 */
export function absentMembers(input: {
  settings: AbsenceSettings;
  meals: MealsConfig;
  timeZone: string;
  now: Date;
  /** The day to list (default: today on the centre's clock); a past day is listed as it ended. */
  day?: string;
  members: readonly AbsenceMember[];
  bookings: readonly AbsenceBooking[];
}): AbsenceList {
  const { settings, timeZone, now } = input;
  const day = input.day ?? centreClock(now, timeZone).date;
  const since = zonedInstant(day, settings.checkAt, timeZone);
  if (!sittingsOn(input.meals, day).some((s) => s.id === settings.sitting))
    return { state: 'not-served', day };
  if (now.getTime() < since.getTime())
    return { state: 'waiting', day, fillsAt: since.toISOString() };

  const [first, last] = lookbackWindow(settings, day);
  const usual = new Map<string, Set<string>>();
  const seenToday = new Set<string>();
  for (const b of input.bookings) {
    if (centreClock(new Date(b.bookedAt), timeZone).date === day) seenToday.add(b.memberId);
    if (b.sitting !== settings.sitting) continue;
    if (b.day === day && b.status !== 'cancelled' && b.status !== 'no-show')
      seenToday.add(b.memberId);
    if (b.day >= first && b.day <= last && eaten(b)) {
      const days = usual.get(b.memberId) ?? new Set<string>();
      days.add(b.day);
      usual.set(b.memberId, days);
    }
  }

  const absent: AbsentMember[] = [];
  for (const m of input.members) {
    if (!m.categories.includes(LIVING_ALONE)) continue;
    if (m.validUntil !== null && m.validUntil < day) continue;
    if (seenToday.has(m.id)) continue;
    const days = usual.get(m.id);
    if (!days || days.size < settings.usualMeals) continue;
    absent.push({ memberId: m.id, usualCount: days.size, lastMeal: [...days].sort().at(-1) ?? '' });
  }
  return { state: 'open', day, since: since.toISOString(), absent };
}

/** How staff followed up a listed member. */
export const ABSENCE_OUTCOMES = ['reached', 'visited', 'no-answer'] as const;
export type AbsenceOutcome = (typeof ABSENCE_OUTCOMES)[number];

/** One follow-up, as GET /api/meals/absent answers it. */
export interface AbsenceCheck {
  id: string;
  outcome: AbsenceOutcome;
  note: string | null;
  by: string;
  at: string;
}

/** A listed member with what staff need to reach them. */
export interface AbsentLine extends AbsentMember {
  name: string;
  cardNumber: string;
  phone: string | null;
  address: string | null;
  emergencyName: string | null;
  emergencyPhone: string | null;
  emergencyRelation: string | null;
  /** Oldest first. */
  checks: AbsenceCheck[];
}

/** GET /api/meals/absent */
export type AbsenceAnswer =
  /** The centre has no canteen, or meals.json has no "absence" block. */
  | { state: 'off' }
  | ({ sitting: string; checkAt: string } & (
      | { state: 'waiting'; day: string; fillsAt: string }
      | { state: 'not-served'; day: string }
      | { state: 'open'; day: string; since: string; members: AbsentLine[] }
    ));
