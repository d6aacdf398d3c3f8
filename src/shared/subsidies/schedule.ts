/**
 * When a monthly programme's money comes: it accrues month by month (the amount the rules give
 * on the 1st of each month, so a new band starts in its birthday month or the month after, and
 * a higher band is never paid back for the months before it), and is paid on the programme's
 * payout days, each paying the months accrued before its month. A suspension (a missed survival
 * check) holds payments; the first payout after it pays the held months as back pay.
 */

import type * as v from 'valibot';
import type { PayoutSchema, SubsidiesConfig, SubsidyProgramme } from '../config/subsidies';
import { evaluateProgramme } from './evaluate';
import type { PersonFacts } from './facts';
import { addMonths, monthOf, monthsBetween } from './months';

type Payout = v.InferOutput<typeof PayoutSchema>;

/** Months ("YYYY-MM", both ends included) in which payment is held; `to` null: still held. */
export interface Suspension {
  from: string;
  to: string | null;
}

export interface Payment {
  /** The payout day, "YYYY-MM-DD". */
  date: string;
  fen: number;
  /** Each month paid, with its amount. */
  months: { month: string; fen: number }[];
  /** The months in it that were held by a suspension and are paid late. */
  backPay: string[];
}

const dayIn = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}`;

/** The amount a person accrues for `month` (0 when not eligible that month). */
export function monthlyAmount(
  config: SubsidiesConfig,
  programme: SubsidyProgramme,
  facts: PersonFacts,
  month: string,
): number {
  const result = evaluateProgramme(config, programme, facts, `${month}-01`);
  return result.verdict === 'yes' ? result.fen : 0;
}

/** The first payout day on or after `day`. */
export function nextPayoutDate(payout: Payout, day: string): string {
  for (let month = monthOf(day); ; month = addMonths(month, 1)) {
    const m = Number(month.slice(5));
    const date = dayIn(month, payout.day);
    if (payout.months.includes(m) && date >= day) return date;
  }
}

const heldIn = (month: string, suspensions: readonly Suspension[]) =>
  suspensions.some((s) => month >= s.from && (s.to === null || month <= s.to));

/**
 * The payments of a monthly programme for the months `from`..`to` (its accrual), paid on payout
 * days up to `until` ("YYYY-MM-DD"). Months still unpaid by then are not listed.
 */
export function payments(
  config: SubsidiesConfig,
  programme: SubsidyProgramme,
  facts: PersonFacts,
  accrual: { from: string; to: string },
  until: string,
  suspensions: readonly Suspension[] = [],
): Payment[] {
  const payout = programme.payout;
  if (!payout) return [];
  const owed = monthsBetween(accrual.from, accrual.to)
    .map((month) => ({ month, fen: monthlyAmount(config, programme, facts, month) }))
    .filter((m) => m.fen > 0);
  // The payout day each month would normally be paid on: the first after its month.
  const due = (month: string) => nextPayoutDate(payout, dayIn(addMonths(month, 1), 1));
  const out: Payment[] = [];
  let unpaid = owed;
  for (
    let date = nextPayoutDate(payout, dayIn(addMonths(accrual.from, 1), 1));
    date <= until && unpaid.length > 0;
    date = nextPayoutDate(payout, dayIn(addMonths(monthOf(date), 1), 1))
  ) {
    if (heldIn(monthOf(date), suspensions)) continue;
    const now = unpaid.filter((m) => m.month < monthOf(date));
    if (now.length === 0) continue;
    unpaid = unpaid.filter((m) => m.month >= monthOf(date));
    out.push({
      date,
      fen: now.reduce((sum, m) => sum + m.fen, 0),
      months: now,
      backPay: now.filter((m) => due(m.month) < date).map((m) => m.month),
    });
  }
  return out;
}
