/**
 * The outreach lists (issue #13 item 4): who to call about money they could have.
 *
 * - Eligible, not receiving: the engine's reading of each member today, every programme it says
 *   pays them (after precedence and exclusivity) that the register has nothing for — nothing for
 *   the same benefit (a member recorded under the city's rule is not asked to register again
 *   under the district's) nor for a programme of the same exclusive group (paid instead). A
 *   member who has just reached an age whose payment starts next month ("month-after") counts
 *   too, with that month: they can register now, and no other list would name them.
 * - Birthdays: members reaching one of the programmes' age edges (every lower age bound of a
 *   programme in force) between today and three months on, where that birthday opens a
 *   programme they do not receive or raises what it pays — they register before the birthday.
 *
 * The engine is pure: the register's columns come in one query, and the rules run in memory.
 */
import type { Kysely } from 'kysely';
import type { SubsidiesConfig, SubsidyProgramme } from '../../shared/config/subsidies';
import { ageForRule } from '../../shared/meals/age';
import { ageOn } from '../../shared/members/status';
import {
  evaluateProgramme,
  evaluateSubsidies,
  firstMonthAtAge,
  programmesInForce,
  type SubsidyAnswer,
} from '../../shared/subsidies';
import {
  type BirthdayLine,
  type EligibleLine,
  OUTREACH_MONTHS_AHEAD,
} from '../../shared/subsidies/outreach-api';
import type { Database } from '../db/schema';
import { memberFacts } from './member-facts';
import {
  type OutreachMemberRow,
  selectMembersBornIn,
  selectOutreachMembers,
  selectReceivedProgrammes,
} from './outreach.repository';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** `day` moved by `n` calendar months; a day the month lacks becomes its last ("11-30" + 3 → "02-28"). */
export function addMonthsToDay(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysIn(year, month)))}`;
}

/**
 * The day someone born on `birthDate` turns `age` (周岁), as `ageOn` counts it: a 29 February
 * birthday falls on 1 March in a year without one.
 */
export function turnsOn(birthDate: string, age: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const year = y + age;
  if (m === 2 && d === 29 && !isLeap(year)) return `${pad(year, 4)}-03-01`;
  return `${pad(year, 4)}-${pad(m)}-${pad(d)}`;
}

/** The ages where a programme in force starts paying someone: each line's lower age bound. */
export function outreachAges(config: SubsidiesConfig): number[] {
  const ages = programmesInForce(config).flatMap((p) =>
    p.amounts.flatMap((a) => a.when.flatMap((c) => (c.minAge ? [c.minAge] : []))),
  );
  return [...new Set(ages)].sort((a, b) => a - b);
}

/** Whether the register already has the member on this benefit (or its exclusive group). */
function coveredBy(config: SubsidiesConfig, received: ReadonlySet<string> | undefined) {
  if (!received || received.size === 0) return () => false;
  const held = config.programmes.filter((p) => received.has(p.id));
  const benefits = new Set(held.map((p) => p.benefit));
  const groups = new Set(held.flatMap((p) => (p.exclusiveGroup ? [p.exclusiveGroup] : [])));
  return (p: SubsidyProgramme) =>
    benefits.has(p.benefit) || (p.exclusiveGroup !== undefined && groups.has(p.exclusiveGroup));
}

const person = (row: OutreachMemberRow, day: string) => ({
  memberId: row.id,
  name: row.name,
  cardNumber: row.card_number,
  phone: row.phone,
  address: row.address,
  birthDate: row.birth_date,
  age: ageOn(row.birth_date, day),
});

/**
 * What the engine reads of a member on `day`: their age said and as each rule counts it, 户籍,
 * categories and disability. Members alike in these get the same answer, so a register of
 * 60,000 is a few thousand evaluations (a not-yet answer's month, which depends on the birth
 * date itself, is worked out for the member alone).
 */
function factsKey(ageKey: string, row: OutreachMemberRow) {
  return `${ageKey}|${row.local_hukou}|${row.categories}|${row.disability}`;
}

/** The engine's answers by member and day, each worked out once for members alike. */
function answerer(config: SubsidiesConfig) {
  const starts = [...new Set(config.programmes.map((p) => p.ageStart))];
  const cache = new Map<string, SubsidyAnswer>();
  // Far fewer birth dates than members: each one's ages on a day are counted once.
  const ageKeys = new Map<string, string>();
  const ageKeyOf = (birthDate: string, day: string) => {
    const id = `${day}|${birthDate}`;
    let key = ageKeys.get(id);
    if (key === undefined) {
      const ages = starts.map((start) => ageForRule(birthDate, day, start));
      key = `${day}|${ageOn(birthDate, day)}|${ages.join(',')}`;
      ageKeys.set(id, key);
    }
    return key;
  };
  return (row: OutreachMemberRow, day: string): SubsidyAnswer => {
    const key = factsKey(ageKeyOf(row.birth_date, day), row);
    let answer = cache.get(key);
    if (!answer) {
      answer = evaluateSubsidies(config, undefined, memberFacts(row), day);
      cache.set(key, answer);
    }
    return answer;
  };
}

/** Members the rules say could get a programme they are not recorded as receiving. */
export function eligibleLines(
  config: SubsidiesConfig,
  rows: readonly OutreachMemberRow[],
  received: ReadonlyMap<string, ReadonlySet<string>>,
  day: string,
  answerFor = answerer(config),
): EligibleLine[] {
  const programmes = new Map(config.programmes.map((p) => [p.id, p]));
  const lines: EligibleLine[] = [];
  for (const row of rows) {
    const covered = coveredBy(config, received.get(row.id));
    const answer = answerFor(row, day);
    for (const r of answer.programmes) {
      const programme = programmes.get(r.id);
      if (!programme || covered(programme)) continue;
      const payable = r.verdict === 'yes' && r.paid && r.fen > 0;
      // The birthday has come and the rule pays from a later month: register now.
      const waiting =
        r.verdict === 'not-yet' &&
        r.reasons.some(
          (x) =>
            x.code === 'age-not-yet' &&
            x.age !== undefined &&
            x.min !== undefined &&
            x.age >= x.min,
        );
      if (!payable && !waiting) continue;
      // The month it starts is this member's own: read from their birth date, not the shared answer.
      const own = waiting ? evaluateProgramme(config, programme, memberFacts(row), day) : undefined;
      lines.push({
        ...person(row, day),
        programmeId: r.id,
        fen: r.fen,
        startMonth: own?.startMonth ?? null,
        reasons: own?.reasons ?? r.reasons,
      });
    }
  }
  return lines;
}

/** The birth dates (with a day's slack for 29 February) that reach `age` between two days. */
function bornRange(age: number, from: string, to: string) {
  return { from: addMonthsToDay(turnsOn(from, -age), -1), to: turnsOn(to, -age) };
}

/** Members reaching an age edge from `day` to `until` that opens or raises a programme for them. */
export function birthdayLines(
  config: SubsidiesConfig,
  rows: readonly OutreachMemberRow[],
  received: ReadonlyMap<string, ReadonlySet<string>>,
  day: string,
  until: string,
): BirthdayLine[] {
  const ages = outreachAges(config);
  const inForce = programmesInForce(config);
  const answerFor = answerer(config);
  const lines: BirthdayLine[] = [];
  for (const row of rows) {
    const covered = coveredBy(config, received.get(row.id));
    let today: SubsidyAnswer | undefined;
    for (const age of ages) {
      const birthday = turnsOn(row.birth_date, age);
      if (birthday < day || birthday > until) continue;
      today ??= answerFor(row, day);
      for (const programme of inForce) {
        const opens = programme.amounts.some((a) => a.when.some((c) => c.minAge === age));
        if (!opens || covered(programme)) continue;
        const startMonth = firstMonthAtAge(row.birth_date, age, programme.ageStart);
        const then = answerFor(row, `${startMonth}-01`);
        const after = then.programmes.find((p) => p.id === programme.id);
        const before = today.programmes.find((p) => p.id === programme.id);
        if (after?.verdict !== 'yes' || !after.paid) continue;
        const paidBefore = before?.verdict === 'yes' && before.paid ? before.fen : 0;
        if (after.fen <= paidBefore) continue;
        lines.push({
          ...person(row, day),
          turns: age,
          birthday,
          programmeId: programme.id,
          fen: after.fen,
          startMonth,
          reasons: after.reasons,
        });
      }
    }
  }
  return lines.sort((a, b) =>
    a.birthday === b.birthday
      ? a.cardNumber.localeCompare(b.cardNumber)
      : a.birthday < b.birthday
        ? -1
        : 1,
  );
}

/** The eligible-not-receiving list on `day`. */
export async function eligibleList(
  db: Kysely<Database>,
  config: SubsidiesConfig | undefined,
  day: string,
): Promise<EligibleLine[]> {
  if (!config) return [];
  const [rows, received] = await Promise.all([
    selectOutreachMembers(db),
    selectReceivedProgrammes(db),
  ]);
  // A big register takes a second or two: in slices, so kiosks' pushes and the consoles' events
  // are served between them instead of waiting for the whole list.
  const answerFor = answerer(config);
  const lines: EligibleLine[] = [];
  for (let i = 0; i < rows.length; i += SLICE) {
    lines.push(...eligibleLines(config, rows.slice(i, i + SLICE), received, day, answerFor));
    if (i + SLICE < rows.length) await new Promise((resolve) => setImmediate(resolve));
  }
  return lines;
}

/** Members evaluated between two turns of the event loop. */
const SLICE = 2000;

/** The birthday list from `day` to three months on; the age filter runs in SQL. */
export async function birthdayList(
  db: Kysely<Database>,
  config: SubsidiesConfig | undefined,
  day: string,
): Promise<{ until: string; ages: number[]; lines: BirthdayLine[] }> {
  const until = addMonthsToDay(day, OUTREACH_MONTHS_AHEAD);
  if (!config) return { until, ages: [], lines: [] };
  const ages = outreachAges(config);
  const [rows, received] = await Promise.all([
    selectMembersBornIn(
      db,
      ages.map((age) => bornRange(age, day, until)),
    ),
    selectReceivedProgrammes(db),
  ]);
  return { until, ages, lines: birthdayLines(config, rows, received, day, until) };
}
