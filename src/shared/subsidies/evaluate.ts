/**
 * The one subsidy engine: which programmes of subsidies.json a person gets on a day, how much (in
 * integer fen), and why — for every yes and every no. Pure: the kiosk's anonymous check, a
 * member's view and the console's printout all call it with the same config.
 *
 * Order of the rules: precedence first (for one benefit the most local level's rule applies;
 * the wider ones are reported as overridden), then each rule's local-户籍 gate and amount lines
 * (the highest line that fits is paid), then exclusivity (programmes sharing an exclusive group
 * are not paid together: the higher is paid, the others say which was paid instead).
 */

import type { LocalText } from '../config/fields';
import type { MealsConfig } from '../config/meals';
import {
  moreLocal,
  type SubsidiesConfig,
  type SubsidyKind,
  type SubsidyLevel,
  type SubsidyProgramme,
} from '../config/subsidies';
import { type PersonFacts, type Reason, readCondition, readLocal, type Tri } from './facts';
import { type MealSubsidyResult, mealSubsidy } from './meal-subsidy';
import { firstMonthAtAge } from './months';

/**
 * yes: gets it on the day; maybe: would, if an unknown fact is so; not-yet: will with age;
 * no: does not; overridden: a more local rule for the same benefit applies instead.
 */
export type Verdict = 'yes' | 'maybe' | 'not-yet' | 'no' | 'overridden';

export interface ProgrammeResult {
  id: string;
  name: LocalText;
  kind: SubsidyKind;
  level: SubsidyLevel;
  verdict: Verdict;
  /** A month's amount (monthly) or the grant's cap (one-off); for maybe, the most it could be. */
  fen: number;
  /** For maybe: the least it could be, when the lines that might fit differ. */
  fenFrom: number;
  /** False when an exclusive programme that pays more is paid instead. */
  paid: boolean;
  reasons: Reason[];
  /** For not-yet with a known birth date: the first month it is paid, "YYYY-MM". */
  startMonth?: string;
  automatic: boolean;
  documents: readonly LocalText[];
  apply: LocalText;
}

export interface SubsidyAnswer {
  /** Every programme in the config's order (overridden rules included, flagged). */
  programmes: ProgrammeResult[];
  /** The meal subsidy, when subsidies.json words it and the centre has a canteen. */
  meals: MealSubsidyResult | null;
}

const RANK: Record<Tri, number> = { yes: 2, unknown: 1, no: 0 };

/** The fen of one amount line. */
function amountFen(config: SubsidiesConfig, line: SubsidyProgramme['amounts'][number]): number {
  if (line.fen !== undefined) return line.fen;
  return config.parameters.find((p) => p.id === line.parameter)?.fen ?? 0;
}

/** The programme's answer on `day`, before precedence and exclusivity. */
export function evaluateProgramme(
  config: SubsidiesConfig,
  programme: SubsidyProgramme,
  facts: PersonFacts,
  day: string,
): ProgrammeResult {
  const base = {
    id: programme.id,
    name: programme.name,
    kind: programme.kind,
    level: programme.level,
    automatic: programme.automatic,
    documents: programme.documents,
    apply: programme.apply,
    paid: true,
  };
  const local = readLocal(programme.localHukouOnly, facts);
  const localReasons = local.reason ? [local.reason] : [];
  // Each condition of each line, read once.
  const readings = programme.amounts.flatMap((line) =>
    line.when.map((c) => ({
      fen: amountFen(config, line),
      minAge: c.minAge,
      reading: readCondition(c, facts, day, programme.ageStart),
    })),
  );
  const best = Math.max(...readings.map((r) => RANK[r.reading.result]));
  const overall: Tri =
    local.result === 'no'
      ? 'no'
      : best === 2 && local.result === 'yes'
        ? 'yes'
        : best >= 1
          ? 'unknown'
          : 'no';
  if (overall === 'yes' || overall === 'unknown') {
    const fitting = readings.filter((r) => RANK[r.reading.result] >= (overall === 'yes' ? 2 : 1));
    const top = fitting.reduce((a, b) => (b.fen > a.fen ? b : a));
    const fens = fitting.map((r) => r.fen);
    return {
      ...base,
      verdict: overall === 'yes' ? 'yes' : 'maybe',
      fen: top.fen,
      fenFrom: overall === 'yes' ? top.fen : Math.min(...fens),
      reasons: [...localReasons, ...top.reading.reasons],
    };
  }
  if (local.result !== 'no') {
    // Too young only: the youngest age that opens a line, and when it starts.
    const later = readings.filter((r) => r.reading.onlyTooYoung);
    if (later.length > 0) {
      const first = later.reduce((a, b) => ((b.minAge ?? 0) < (a.minAge ?? 0) ? b : a));
      const age = facts.age;
      const startMonth =
        age && 'birthDate' in age && first.minAge !== undefined
          ? firstMonthAtAge(age.birthDate, first.minAge, programme.ageStart)
          : undefined;
      const reasons = first.reading.reasons.map((r) =>
        r.code === 'age-not-yet' && startMonth ? { ...r, month: startMonth } : r,
      );
      return {
        ...base,
        verdict: 'not-yet',
        fen: first.fen,
        fenFrom: first.fen,
        reasons: [...localReasons, ...reasons],
        ...(startMonth ? { startMonth } : {}),
      };
    }
  }
  // No: explain with the condition that misses by the fewest facts (the first on a tie).
  const nearest = readings.reduce((a, b) =>
    failures(b.reading.reasons) < failures(a.reading.reasons) ? b : a,
  );
  const reasons =
    local.result === 'no'
      ? localReasons
      : nearest.reading.reasons.filter((r) => NO_CODES.has(r.code));
  return { ...base, verdict: 'no', fen: 0, fenFrom: 0, reasons };
}

const NO_CODES = new Set<Reason['code']>([
  'age-not-yet',
  'age-over',
  'category-needed',
  'disability-needed',
  'local-needed',
]);
const failures = (reasons: Reason[]) => reasons.filter((r) => NO_CODES.has(r.code)).length;

/** Rules overridden by a more local rule for the same benefit: id → the id that applies. */
export function overriddenBy(config: SubsidiesConfig): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of config.programmes) {
    const winner = config.programmes
      .filter((q) => q.benefit === p.benefit)
      .reduce((a, b) => (moreLocal(b.level, a.level) ? b : a));
    if (winner.id !== p.id) out.set(p.id, winner.id);
  }
  return out;
}

/** The programmes still in force: the most local rule of each benefit. */
export function programmesInForce(config: SubsidiesConfig): SubsidyProgramme[] {
  const overridden = overriddenBy(config);
  return config.programmes.filter((p) => !overridden.has(p.id));
}

/** Of each exclusive group, only the highest is paid; the others name it. */
function applyExclusivity(config: SubsidiesConfig, results: ProgrammeResult[]): void {
  const groupOf = new Map(config.programmes.map((p) => [p.id, p.exclusiveGroup]));
  const candidates = results.filter(
    (r) => (r.verdict === 'yes' || r.verdict === 'maybe') && groupOf.get(r.id) && r.fen > 0,
  );
  for (const r of candidates) {
    const rivals = candidates.filter((o) => groupOf.get(o.id) === groupOf.get(r.id));
    const winner = rivals.reduce((a, b) => (b.fen > a.fen ? b : a));
    if (winner.id !== r.id) {
      r.paid = false;
      r.reasons = [...r.reasons, { code: 'exclusive', other: winner.id }];
    }
  }
}

/**
 * Everything a person could get on `day` ("YYYY-MM-DD", the centre's date): each programme's
 * verdict, amount and reasons, and the meal subsidy priced by the canteen's own rule.
 */
export function evaluateSubsidies(
  config: SubsidiesConfig,
  meals: MealsConfig | undefined,
  facts: PersonFacts,
  day: string,
): SubsidyAnswer {
  const overridden = overriddenBy(config);
  const programmes = config.programmes.map((p): ProgrammeResult => {
    const by = overridden.get(p.id);
    const result = evaluateProgramme(config, p, facts, day);
    if (!by) return result;
    return {
      ...result,
      verdict: 'overridden',
      paid: false,
      reasons: [{ code: 'overridden', other: by }],
    };
  });
  applyExclusivity(config, programmes);
  return {
    programmes,
    meals: config.meals && meals ? mealSubsidy(config.meals, meals, facts, day) : null,
  };
}
