/**
 * What the subsidy rules know about a person, and how one rule condition reads against it: yes,
 * no, or "cannot tell" when a fact is unknown (the anonymous check lets an elder answer 不知道,
 * and gives an age band instead of a birth date). Every answer carries its reason as data; the
 * screens turn reasons into words (i18n area `subsidies`).
 */
import { ageForRule } from '../meals/age';
import type { AgeCountsFrom, TierCondition } from '../meals/rules-types';
import type { DisabilityGrade, MemberCategory } from '../members/categories';
import { ageOn } from '../members/status';

/** An age band in completed years (周岁), both ends inclusive; `max` null: no upper end. */
export interface AgeBand {
  min: number;
  max: number | null;
}

/** A person as the rules see them; null: not known ("不知道"). */
export interface PersonFacts {
  /** The exact birth date (a member), an age band (the anonymous check), or unknown. */
  age: { birthDate: string } | { band: AgeBand } | null;
  localHukou: boolean | null;
  /** The bureau's categories the person is in (empty: none of them). */
  categories: readonly MemberCategory[] | null;
  disability: DisabilityGrade | null;
}

export type Tri = 'yes' | 'no' | 'unknown';

/** Why a condition holds or not, as a code and its values (never words). */
export type ReasonCode =
  | 'age-met'
  | 'age-not-yet'
  | 'age-over'
  | 'age-unknown'
  | 'local-met'
  | 'local-needed'
  | 'local-unknown'
  | 'category-met'
  | 'category-needed'
  | 'category-unknown'
  | 'disability-met'
  | 'disability-needed'
  | 'disability-unknown'
  | 'exclusive'
  | 'overridden';

export interface Reason {
  code: ReasonCode;
  /** The person's age in completed years on the day, when the birth date is known. */
  age?: number;
  /** The person's answered band, when that is all that is known. */
  band?: AgeBand;
  /** The rule's age bounds (inclusive). */
  min?: number;
  max?: number;
  /** When a band starts, for "满 80 周岁的下个月起". */
  start?: AgeCountsFrom;
  /** The first month it is paid, "YYYY-MM", when the birth date says it. */
  month?: string;
  categories?: readonly MemberCategory[];
  grade?: DisabilityGrade;
  /** The other programme (exclusive: the one paid instead; overridden: the more local rule). */
  other?: string;
}

export interface ConditionReading {
  result: Tri;
  reasons: Reason[];
  /** Fails only because the person is too young: they will qualify with age. */
  onlyTooYoung: boolean;
}

const GRADE_ORDER: readonly DisabilityGrade[] = ['none', 'mild', 'moderate', 'severe', 'total'];

const and = (a: Tri, b: Tri): Tri =>
  a === 'no' || b === 'no' ? 'no' : a === 'yes' ? b : 'unknown';

/** The age the rule counts on `day`, and the age in completed years to say. */
function exactAges(birthDate: string, day: string, countsFrom: AgeCountsFrom) {
  return { rule: ageForRule(birthDate, day, countsFrom), said: ageOn(birthDate, day) };
}

function readAge(c: TierCondition, facts: PersonFacts, day: string, countsFrom: AgeCountsFrom) {
  const bounds = {
    ...(c.minAge !== undefined ? { min: c.minAge } : {}),
    ...(c.maxAge !== undefined ? { max: c.maxAge } : {}),
  };
  if (c.minAge === undefined && c.maxAge === undefined) return null;
  const age = facts.age;
  if (age === null) return { result: 'unknown' as Tri, reason: { code: 'age-unknown', ...bounds } };
  let low: number;
  let high: number;
  let who: Pick<Reason, 'age' | 'band'>;
  if ('birthDate' in age) {
    const ages = exactAges(age.birthDate, day, countsFrom);
    low = ages.rule;
    high = ages.rule;
    who = { age: ages.said };
  } else {
    low = age.band.min;
    high = age.band.max ?? Number.POSITIVE_INFINITY;
    who = { band: age.band };
  }
  if (c.minAge !== undefined && high < c.minAge)
    return {
      result: 'no' as Tri,
      tooYoung: true,
      reason: { code: 'age-not-yet', ...who, ...bounds, start: countsFrom } as Reason,
    };
  if (c.maxAge !== undefined && low > c.maxAge)
    return { result: 'no' as Tri, reason: { code: 'age-over', ...who, ...bounds } as Reason };
  const sure =
    (c.minAge === undefined || low >= c.minAge) && (c.maxAge === undefined || high <= c.maxAge);
  return sure
    ? { result: 'yes' as Tri, reason: { code: 'age-met', ...who, ...bounds } as Reason }
    : { result: 'unknown' as Tri, reason: { code: 'age-unknown', ...who, ...bounds } as Reason };
}

/**
 * One condition (all its fields must hold) against the facts on `day`, ages counted the rule's
 * way: each field's answer and reason, and whether only youth stands in the way.
 */
export function readCondition(
  c: TierCondition,
  facts: PersonFacts,
  day: string,
  countsFrom: AgeCountsFrom,
): ConditionReading {
  let result: Tri = 'yes';
  const reasons: Reason[] = [];
  let failures = 0;
  let tooYoung = false;
  const add = (r: Tri, reason: Reason) => {
    result = and(result, r);
    reasons.push(reason);
    if (r === 'no') failures++;
  };
  const age = readAge(c, facts, day, countsFrom);
  if (age) {
    add(age.result, age.reason as Reason);
    tooYoung = 'tooYoung' in age && age.tooYoung === true;
  }
  if (c.anyCategory) {
    const categories = c.anyCategory;
    if (facts.categories === null) add('unknown', { code: 'category-unknown', categories });
    else if (categories.some((k) => facts.categories?.includes(k)))
      add('yes', {
        code: 'category-met',
        categories: categories.filter((k) => facts.categories?.includes(k)),
      });
    else add('no', { code: 'category-needed', categories });
  }
  if (c.minDisability !== undefined) {
    const grade = c.minDisability;
    if (facts.disability === null) add('unknown', { code: 'disability-unknown', grade });
    else if (GRADE_ORDER.indexOf(facts.disability) >= GRADE_ORDER.indexOf(grade))
      add('yes', { code: 'disability-met', grade: facts.disability });
    else add('no', { code: 'disability-needed', grade });
  }
  return { result, reasons, onlyTooYoung: tooYoung && failures === 1 };
}

/** The local-户籍 gate of a rule. */
export function readLocal(
  localOnly: boolean,
  facts: PersonFacts,
): { result: Tri; reason?: Reason } {
  if (!localOnly) return { result: 'yes' };
  if (facts.localHukou === null) return { result: 'unknown', reason: { code: 'local-unknown' } };
  return facts.localHukou
    ? { result: 'yes', reason: { code: 'local-met' } }
    : { result: 'no', reason: { code: 'local-needed' } };
}

/** Whether every fact is known exactly (a member's record), so rules can be applied as-is. */
export function allKnown(facts: PersonFacts): facts is PersonFacts & {
  age: { birthDate: string };
  localHukou: boolean;
  categories: readonly MemberCategory[];
  disability: DisabilityGrade;
} {
  return (
    facts.age !== null &&
    'birthDate' in facts.age &&
    facts.localHukou !== null &&
    facts.categories !== null &&
    facts.disability !== null
  );
}
