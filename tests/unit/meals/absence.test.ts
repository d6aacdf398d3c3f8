import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/shared/centre/zoned';
import { type MealsConfig, MealsSchema } from '../../../src/shared/config/meals';
import {
  type AbsenceBooking,
  type AbsenceMember,
  absentMembers,
  lookbackWindow,
} from '../../../src/shared/meals';

const TZ = 'Asia/Shanghai';
const demoJson = () =>
  JSON.parse(readFileSync('kiosk-config/demo/meals.json', 'utf8')) as Record<string, unknown>;
const MEALS: MealsConfig = v.parse(MealsSchema, demoJson());
const SETTINGS = { checkAt: '10:30', sitting: 'lunch', usualMeals: 3, lookbackDays: 14 };
// Wednesday 2026-11-25, lunch served (Monday to Saturday); 10:30 in Shanghai is 02:30 UTC.
const TODAY = '2026-11-25';
const AFTER = new Date('2026-11-25T03:00:00.000Z');

const alone = (id: string, validUntil: string | null = null): AbsenceMember => ({
  id,
  categories: ['empty-nest', 'living-alone'],
  validUntil,
});
const meal = (
  memberId: string,
  day: string,
  more: Partial<AbsenceBooking> = {},
): AbsenceBooking => ({
  memberId,
  day,
  sitting: 'lunch',
  status: 'served',
  companion: false,
  // Booked the day before, as an elder does at the kiosk.
  bookedAt: `${addDays(day, -1)}T02:00:00.000Z`,
  ...more,
});
/** A regular: lunch on the three days before today. */
const regular = (id: string) => [1, 2, 3].map((n) => meal(id, addDays(TODAY, -n)));

function list(
  members: AbsenceMember[],
  bookings: AbsenceBooking[],
  now = AFTER,
  day?: string,
  settings = SETTINGS,
) {
  return absentMembers({
    settings,
    meals: MEALS,
    timeZone: TZ,
    now,
    ...(day ? { day } : {}),
    members,
    bookings,
  });
}
const ids = (r: ReturnType<typeof list>) =>
  r.state === 'open' ? r.absent.map((a) => a.memberId) : r.state;

describe('the absence alert: when the list fills', () => {
  it('is empty before checkAt and says when it fills; fills at 10:30:00.000 exactly', () => {
    const members = [alone('a')];
    const bookings = regular('a');
    expect(list(members, bookings, new Date('2026-11-25T02:29:59.999Z'))).toEqual({
      state: 'waiting',
      day: TODAY,
      fillsAt: '2026-11-25T02:30:00.000Z',
    });
    const open = list(members, bookings, new Date('2026-11-25T02:30:00.000Z'));
    expect(open).toEqual({
      state: 'open',
      day: TODAY,
      since: '2026-11-25T02:30:00.000Z',
      absent: [{ memberId: 'a', usualCount: 3, lastMeal: '2026-11-24' }],
    });
  });

  it('uses the centre’s day, not UTC’s: 07:00 in Shanghai is still the day before in UTC', () => {
    const r = list([alone('a')], regular('a'), new Date('2026-11-24T23:00:00.000Z'));
    expect(r).toEqual({ state: 'waiting', day: TODAY, fillsAt: '2026-11-25T02:30:00.000Z' });
  });

  it('expects nobody on a day the sitting is not served (Sunday lunch)', () => {
    expect(list([alone('a')], regular('a'), new Date('2026-11-29T05:00:00.000Z'))).toEqual({
      state: 'not-served',
      day: '2026-11-29',
    });
  });

  it('lists a past day as it ended: bookings made after that day do not count as seen', () => {
    const past = '2026-11-24';
    const later = meal('a', '2026-11-26', { status: 'booked', bookedAt: AFTER.toISOString() });
    const bookings = [1, 2, 3].map((n) => meal('a', addDays(past, -n)));
    expect(ids(list([alone('a')], [...bookings, later], AFTER, past))).toEqual(['a']);
  });

  it('a day still to come is waiting for its own check time', () => {
    expect(list([alone('a')], regular('a'), AFTER, '2026-11-26')).toEqual({
      state: 'waiting',
      day: '2026-11-26',
      fillsAt: '2026-11-26T02:30:00.000Z',
    });
  });
});

describe('the absence alert: who usually comes', () => {
  it('needs usualMeals meals of the sitting in the window: 3 lists, 2 does not', () => {
    expect(ids(list([alone('a')], regular('a')))).toEqual(['a']);
    expect(ids(list([alone('a')], regular('a').slice(0, 2)))).toEqual([]);
  });

  it('looks back exactly lookbackDays days before today, today itself excluded', () => {
    expect(lookbackWindow(SETTINGS, TODAY)).toEqual(['2026-11-11', '2026-11-24']);
    const edge = ['2026-11-11', '2026-11-12', '2026-11-13'].map((d) => meal('a', d));
    expect(ids(list([alone('a')], edge))).toEqual(['a']);
    const outside = ['2026-11-10', '2026-11-12', '2026-11-13'].map((d) => meal('a', d));
    expect(ids(list([alone('a')], outside))).toEqual([]);
  });

  it('counts days, not bookings; cancelled meals, no-shows, companions and dinners do not count', () => {
    const d = (n: number) => addDays(TODAY, -n);
    const bookings = [
      meal('a', d(1)),
      meal('a', d(1), { companion: true }),
      meal('a', d(2), { status: 'cancelled' }),
      meal('a', d(3), { status: 'no-show' }),
      meal('a', d(4), { companion: true }),
      meal('a', d(5), { sitting: 'dinner' }),
      meal('a', d(6), { status: 'booked' }),
      meal('a', d(7), { status: 'delivered' }),
    ];
    // Counted: d(1), d(6) (never marked: still cooked for them), d(7) (delivered) — three days.
    expect(list([alone('a')], bookings)).toMatchObject({
      absent: [{ memberId: 'a', usualCount: 3, lastMeal: d(1) }],
    });
    expect(
      ids(
        list(
          [alone('a')],
          bookings.filter((b) => b.day !== d(7)),
        ),
      ),
    ).toEqual([]);
  });
});

describe('the absence alert: who is absent today', () => {
  const today = (status: AbsenceBooking['status'], more: Partial<AbsenceBooking> = {}) =>
    meal('a', TODAY, { status, ...more });

  it('a lunch booked, served or delivered today keeps a member off the list', () => {
    for (const status of ['booked', 'served', 'delivered'] as const)
      expect(ids(list([alone('a')], [...regular('a'), today(status)]))).toEqual([]);
  });

  it('a cancelled lunch or a no-show today does not (unless the cancelling was done today)', () => {
    expect(ids(list([alone('a')], [...regular('a'), today('no-show')]))).toEqual(['a']);
    expect(ids(list([alone('a')], [...regular('a'), today('cancelled')]))).toEqual(['a']);
    const cancelledToday = today('cancelled', { bookedAt: '2026-11-25T01:00:00.000Z' });
    expect(ids(list([alone('a')], [...regular('a'), cancelledToday]))).toEqual([]);
  });

  it('any booking made today is a sign of life; 23:59:59 the night before is not', () => {
    const tomorrow = addDays(TODAY, 1);
    const made = (bookedAt: string) => meal('a', tomorrow, { status: 'booked', bookedAt });
    // Midnight in Shanghai is 16:00 UTC the day before.
    expect(ids(list([alone('a')], [...regular('a'), made('2026-11-24T16:00:00.000Z')]))).toEqual(
      [],
    );
    expect(ids(list([alone('a')], [...regular('a'), made('2026-11-24T15:59:59.999Z')]))).toEqual([
      'a',
    ]);
  });

  it('a dinner booked yesterday for today does not excuse missing lunch', () => {
    const dinner = today('booked', { sitting: 'dinner' });
    expect(ids(list([alone('a')], [...regular('a'), dinner]))).toEqual(['a']);
  });

  it('only members living alone whose membership has not ended (the last day still counts)', () => {
    const members: AbsenceMember[] = [
      { id: 'nest', categories: ['empty-nest'], validUntil: null },
      alone('ended', '2026-11-24'),
      alone('last-day', TODAY),
      alone('open'),
    ];
    const bookings = members.flatMap((m) => regular(m.id));
    expect(ids(list(members, bookings))).toEqual(['last-day', 'open']);
  });
});

describe('meals.json’s absence block', () => {
  const withAbsence = (absence: unknown) => v.safeParse(MealsSchema, { ...demoJson(), absence });
  const messages = (r: ReturnType<typeof withAbsence>) => (r.issues ?? []).map((i) => i.message);

  it('the demo has one, and it may be left out', () => {
    expect(MEALS.absence).toEqual(SETTINGS);
    const { absence: _, ...without } = demoJson();
    expect(v.safeParse(MealsSchema, without).success).toBe(true);
  });

  it('says in plain words what is wrong', () => {
    expect(messages(withAbsence({ ...SETTINGS, sitting: 'brunch' }))).toEqual([
      'the absence alert names the sitting "brunch", which is not in "sittings"',
    ]);
    expect(messages(withAbsence({ ...SETTINGS, usualMeals: 20 }))).toEqual([
      'nobody can eat 20 meals of one sitting in 14 days — make "usualMeals" at most "lookbackDays"',
    ]);
    expect(messages(withAbsence({ ...SETTINGS, checkAt: '10.30' }))[0]).toContain(
      'is not a time of day',
    );
    expect(messages(withAbsence({ ...SETTINGS, lookbackDays: 0 }))[0]).toContain(
      'must be a whole number from 1 to 90 days',
    );
    expect(messages(withAbsence({ checkAt: '10:30' }))[0]).toContain('missing — add "sitting"');
  });
});
