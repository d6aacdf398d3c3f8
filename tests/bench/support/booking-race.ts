/**
 * The lunchtime rush, for the server bench: 50 kiosks race to book tomorrow's lunch, which has
 * 200 seats, for many more members than that. Every booking is a real `meal.book` entry through
 * /api/sync/push and the product's applier (menu, cut-off, membership, price by the shared rule,
 * the seat taken by a conditional UPDATE, the booking row, the member's meals republished), with
 * the demo canteen's config except lunch served every day and its capacity set to SEATS.
 *
 * Members are imported first through the console's CSV import (POST /api/members/import), made
 * from the demo's members.csv: the same mix of ages, categories, disabilities and 户籍, with new
 * card numbers, no PIN (the race is about seats, not scrypt) and memberships that do not end.
 *
 * Afterwards the database must say "no overbooking": exactly SEATS accepted, every other answer a
 * refusal "sold_out", SEATS booking rows, the sitting's seat counter at SEATS and the per-meal
 * counters adding up to SEATS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/server/db/schema';
import { readConfigBundle } from '../../../src/server/lib/config-bundle';
import { validateConfigFiles } from '../../../src/shared/config/validate';
import { MEAL_BOOK, menuFor, priceMeal, priceTableOf } from '../../../src/shared/meals/index';
import type { DisabilityGrade, MemberCategory } from '../../../src/shared/members/index';
import {
  type EntryProof,
  importProofKey,
  isoWithOffset,
  type PushResponse,
  sealIdentity,
  uuidv7,
} from '../../../src/shared/sync/index';

export const SEATS = 200;
export const RACERS = 1_000;
const SITTING = 'lunch';
const CARD_BASE = 300_000;

export interface RaceKiosk {
  kioskId: string;
  token: string;
  /** The server's public key for proofs, from the enrollment answer. */
  proofKey: string;
}

/** RACERS demo-like members as a CSV file in the bureau's layout (the demo's header). */
export function racerCsv(configDir: string): string {
  const text = readFileSync(join(configDir, 'members.csv'), 'utf8').replace(/^\uFEFF/, '');
  const [header = '', ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  // The demo file has no quoted cells (its commas inside notes are full-width): a plain split is
  // exact, and this check keeps it so if the file changes.
  if (text.includes('"')) throw new Error('booking race: the demo members.csv has quoted cells');
  const columns = header.split(',');
  const at = (name: string) => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`booking race: members.csv has no column ${name}`);
    return i;
  };
  const [card, name, validUntil, pin] = [at('卡号'), at('姓名'), at('有效期至'), at('PIN')];
  const rows = Array.from({ length: RACERS }, (_, i) => {
    const cells = (lines[i % lines.length] as string).split(',');
    cells[card] = String(CARD_BASE + i);
    cells[name] = `${cells[name]}${Math.floor(i / lines.length) + 1}`;
    cells[validUntil] = '';
    cells[pin] = '';
    return cells.join(',');
  });
  return `${[header, ...rows].join('\n')}\n`;
}

export async function importRacers(base: string, cookie: string, configDir: string) {
  const res = await fetch(`${base}/api/members/import`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', cookie },
    body: racerCsv(configDir),
  });
  const body = (await res.json()) as { imported?: number; errors?: unknown[] };
  if (res.status !== 200 || body.imported !== RACERS)
    throw new Error(
      `booking race: the members import answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`,
    );
}

interface Booking {
  memberId: string;
  card: string;
  quotedElderFen: number;
}

/** One booking per racer, quoted as a kiosk would (the shared price rule, nothing used yet). */
async function racerBookings(
  db: Kysely<Database>,
  configDir: string,
  day: string,
): Promise<{ bookings: Booking[]; mealId: string }> {
  const checked = validateConfigFiles(readConfigBundle(configDir));
  if (!checked.ok) throw new Error('booking race: the copied config does not validate');
  const meals = checked.config.meals;
  if (!meals) throw new Error('booking race: the copied config has no canteen');
  const meal = menuFor(meals, day, SITTING)[0];
  if (!meal) throw new Error(`booking race: no lunch on the menu of ${day}`);
  const table = priceTableOf(meals);
  const members = await db
    .selectFrom('members')
    .select(['id', 'card_number', 'birth_date', 'local_hukou', 'categories', 'disability'])
    .where('card_number', '>=', String(CARD_BASE))
    .where('card_number', '<', String(CARD_BASE + RACERS))
    .execute();
  if (members.length !== RACERS)
    throw new Error(`booking race: ${members.length} racers in the database, not ${RACERS}`);
  const bookings = members.map((m) => ({
    memberId: m.id,
    card: m.card_number,
    quotedElderFen: priceMeal({
      table,
      member: {
        birthDate: m.birth_date,
        localHukou: Number(m.local_hukou) === 1,
        categories: JSON.parse(m.categories) as MemberCategory[],
        disability: m.disability as DisabilityGrade,
      },
      day,
      usage: { day: 0, week: 0, month: 0 },
    }).elder,
  }));
  return { bookings, mealId: meal.id };
}

/**
 * Every racer's proof of identification for every kiosk, sealed before the race: which kiosk
 * sends which racer is decided by autocannon as connections free up, and sealing (RSA-OAEP, a
 * fraction of a millisecond) is asynchronous, which a request's setup cannot wait for.
 */
async function raceProofs(
  bookings: Booking[],
  kiosks: RaceKiosk[],
): Promise<Map<string, EntryProof[]>> {
  const proofs = new Map<string, EntryProof[]>();
  const at = Date.now();
  for (const kiosk of kiosks) {
    const key = await importProofKey(kiosk.proofKey);
    const sealed: EntryProof[] = [];
    for (const booking of bookings) {
      const session = uuidv7();
      sealed.push({
        session,
        sealed: await sealIdentity(key, { card: booking.card, session, kiosk: kiosk.kioskId, at }),
      });
    }
    proofs.set(kiosk.kioskId, sealed);
  }
  return proofs;
}

export interface RaceResult {
  day: string;
  mealId: string;
  sent: number;
  answers: Record<string, number>;
  durationSeconds: number;
  bookingsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  database: {
    bookedRows: number;
    sittingCounter: number | null;
    perMealCounters: number;
    soldOutNotices: number;
  };
  noOverbooking: boolean;
  problems: string[];
}

/** Each kiosk (one autocannon connection) books for the next racer, one entry per push. */
export async function bookingRace(
  base: string,
  db: Kysely<Database>,
  kiosks: RaceKiosk[],
  configDir: string,
  day: string,
): Promise<RaceResult> {
  const { bookings, mealId } = await racerBookings(db, configDir, day);
  const proofs = await raceProofs(bookings, kiosks);
  const answers: Record<string, number> = {};
  const problems: string[] = [];
  let next = 0;
  let assigned = 0;
  const result = await autocannon({
    url: base,
    connections: kiosks.length,
    amount: bookings.length,
    requests: [
      {
        method: 'POST',
        path: '/api/sync/push',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request, context) => {
          const ctx = context as { kiosk?: RaceKiosk };
          ctx.kiosk ??= kiosks[assigned++ % kiosks.length] as RaceKiosk;
          const index = next++ % bookings.length;
          const booking = bookings[index] as Booking;
          const entry = {
            id: uuidv7(),
            // As a kiosk's entry carries it: the racer's card, sealed on this kiosk (issue #11).
            proof: proofs.get(ctx.kiosk.kioskId)?.[index],
            kind: MEAL_BOOK.kind,
            payload: {
              memberId: booking.memberId,
              day,
              sitting: SITTING,
              mealId,
              delivery: false,
              companion: false,
              quotedElderFen: booking.quotedElderFen,
            },
            kioskTime: isoWithOffset(Date.now(), 480),
            kioskId: ctx.kiosk.kioskId,
          };
          return {
            ...request,
            headers: { ...request.headers, authorization: `Bearer ${ctx.kiosk.token}` },
            body: JSON.stringify({ kioskId: ctx.kiosk.kioskId, entries: [entry] }),
          };
        },
        onResponse: (status, body) => {
          if (status !== 200) {
            if (problems.length < 10)
              problems.push(`push answered ${status}: ${body.slice(0, 200)}`);
            return;
          }
          for (const r of (JSON.parse(body) as PushResponse).results) {
            const key = r.status === 'accepted' ? 'accepted' : `rejected ${r.reason.code}`;
            answers[key] = (answers[key] ?? 0) + 1;
          }
        },
      },
    ],
  });

  const bookedRows = await db
    .selectFrom('meal_bookings')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('day', '=', day)
    .where('sitting', '=', SITTING)
    .where('status', '=', 'booked')
    .executeTakeFirstOrThrow();
  const counters = await db
    .selectFrom('meal_counts')
    .select(['meal_id', 'booked'])
    .where('day', '=', day)
    .where('sitting', '=', SITTING)
    .execute();
  const notices = await db
    .selectFrom('meal_notices')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('day', '=', day)
    .where('reason_code', '=', 'sold_out')
    .executeTakeFirstOrThrow();
  const sitting = counters.find((c) => c.meal_id === '');
  const database = {
    bookedRows: Number(bookedRows.n),
    sittingCounter: sitting ? Number(sitting.booked) : null,
    perMealCounters: counters
      .filter((c) => c.meal_id !== '')
      .reduce((sum, c) => sum + Number(c.booked), 0),
    soldOutNotices: Number(notices.n),
  };
  const sent = bookings.length;
  const refusedSoldOut = answers['rejected sold_out'] ?? 0;
  const checks: [boolean, string][] = [
    [answers.accepted === SEATS, `${answers.accepted ?? 0} accepted, not ${SEATS}`],
    [refusedSoldOut === sent - SEATS, `${refusedSoldOut} refused sold_out, not ${sent - SEATS}`],
    [
      Object.keys(answers).every((k) => k === 'accepted' || k === 'rejected sold_out'),
      `other answers: ${JSON.stringify(answers)}`,
    ],
    [database.bookedRows === SEATS, `${database.bookedRows} rows in meal_bookings`],
    [database.sittingCounter === SEATS, `the lunch counter says ${database.sittingCounter}`],
    [database.perMealCounters === SEATS, `the meal counters add up to ${database.perMealCounters}`],
    [database.soldOutNotices === sent - SEATS, `${database.soldOutNotices} sold_out notices`],
  ];
  for (const [ok, why] of checks) if (!ok) problems.push(why);
  return {
    day,
    mealId,
    sent,
    answers,
    durationSeconds: result.duration,
    bookingsPerSecond: Math.round(sent / result.duration),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    database,
    noOverbooking: problems.length === 0,
    problems,
  };
}
