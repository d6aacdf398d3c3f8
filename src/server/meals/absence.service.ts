/**
 * The absence alert (平安签到) as the console reads it: the shared rule applied to the register
 * and the bookings, with each listed member's phone, address and emergency contact, and the
 * follow-ups staff recorded (each one audited in the same transaction).
 */
import type { Kysely } from 'kysely';
import { centreClock } from '../../shared/centre/clock';
import {
  type AbsenceAnswer,
  type AbsenceBooking,
  type AbsenceCheck,
  type AbsentLine,
  absentMembers,
  lookbackWindow,
} from '../../shared/meals/absence';
import type { AbsenceCheckInput } from '../../shared/meals/api';
import { type Actor, recordAudit } from '../audit/audit.service';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import {
  bookingsOfLivingAlone,
  checksOn,
  insertCheck,
  livingAloneMembers,
  selectMemberName,
} from './absence.repository';
import type { AbsenceCheckRow } from './absence.table';
import type { CanteenSetup } from './meals.appliers';

function categoriesOf(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    // A register row the importer never wrote: it carries no category, so no alert either.
    return [];
  }
}

const toCheck = (r: AbsenceCheckRow): AbsenceCheck => ({
  id: r.id,
  outcome: r.outcome,
  note: r.note,
  by: r.checked_by_label,
  at: r.checked_at,
});

/** The list for `day` (default: today at the centre) as of `now`. */
export async function absenceList(
  db: Kysely<Database>,
  setup: CanteenSetup | undefined,
  now: Date,
  day?: string,
): Promise<AbsenceAnswer> {
  const settings = setup?.meals.absence;
  if (!setup || !settings) return { state: 'off' };
  const { meals, timeZone } = setup;
  const listDay = day ?? centreClock(now, timeZone).date;
  const [first] = lookbackWindow(settings, listDay);
  const [members, bookings] = await Promise.all([
    livingAloneMembers(db),
    bookingsOfLivingAlone(db, first),
  ]);
  const result = absentMembers({
    settings,
    meals,
    timeZone,
    now,
    day: listDay,
    members: members.map((m) => ({
      id: m.id,
      categories: categoriesOf(m.categories),
      validUntil: m.valid_until,
    })),
    bookings: bookings.map(
      (b): AbsenceBooking => ({
        memberId: b.member_id,
        day: b.day,
        sitting: b.sitting,
        status: b.status,
        companion: Number(b.companion) === 1,
        bookedAt: b.booked_at,
      }),
    ),
  });
  const head = { sitting: settings.sitting, checkAt: settings.checkAt };
  if (result.state !== 'open') return { ...head, ...result };

  const checks = await checksOn(db, listDay, settings.sitting);
  const byId = new Map(members.map((m) => [m.id, m]));
  const lines: AbsentLine[] = result.absent.flatMap((a) => {
    const m = byId.get(a.memberId);
    if (!m) return [];
    return [
      {
        ...a,
        name: m.name,
        cardNumber: m.card_number,
        phone: m.phone,
        address: m.address,
        emergencyName: m.emergency_name,
        emergencyPhone: m.emergency_phone,
        emergencyRelation: m.emergency_relation,
        checks: checks.filter((c) => c.member_id === a.memberId).map(toCheck),
      },
    ];
  });
  return { ...head, state: 'open', day: listDay, since: result.since, members: lines };
}

/** Records that staff phoned or visited a member on `day`'s list, audited with the check. */
export async function recordAbsenceCheck(
  db: Kysely<Database>,
  setup: CanteenSetup | undefined,
  actor: Actor,
  input: AbsenceCheckInput,
  now: Date,
): Promise<AbsenceCheck> {
  const settings = setup?.meals.absence;
  if (!setup || !settings)
    throw new AppError(
      409,
      'absence_off',
      'The absence alert is not set up: add an "absence" block to meals.json first.',
    );
  const today = centreClock(now, setup.timeZone).date;
  if (input.day > today)
    throw new AppError(
      400,
      'absence_future',
      'A check can only be recorded for today or an earlier day, not for a day still to come.',
    );
  const note = input.note ? input.note : null;
  return db.transaction().execute(async (trx) => {
    const member = await selectMemberName(trx, input.memberId);
    if (!member) throw notFound('There is no member with this id.');
    const row: AbsenceCheckRow = {
      id: newId(now.getTime()),
      member_id: member.id,
      day: input.day,
      sitting: settings.sitting,
      outcome: input.outcome,
      note,
      checked_by: actor.kind === 'staff' ? actor.id : null,
      checked_by_label: actor.kind === 'staff' ? actor.username : actor.kind,
      checked_at: now.toISOString(),
    };
    await insertCheck(trx, row);
    await recordAudit(trx, {
      at: now,
      actor,
      action: 'meal.absence_checked',
      subject: { type: 'member', id: member.id },
      details: { day: input.day, sitting: settings.sitting, outcome: input.outcome, note },
    });
    return toCheck(row);
  });
}
