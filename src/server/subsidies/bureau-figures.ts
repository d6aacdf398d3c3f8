/**
 * What the bureau's lists say a member was paid, per programme, for 我的补贴: the latest month
 * paid and that month's amount (back-pay segments of one month added together), and the care
 * vouchers left — each with the month its lists are as of, so a list not yet imported never
 * reads as "not paid". Only programmes the lists mention have figures.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { currentAsOf, selectMemberRecords } from './records.repository';

export interface BureauFigures {
  lastPayment?: { month: string; fen: number; asOf: string };
  vouchers?: { fen: number; asOf: string };
}

export async function bureauFigures(
  db: Kysely<Database>,
  memberId: string,
): Promise<Map<string, BureauFigures>> {
  const rows = await selectMemberRecords(db, memberId);
  const figures = new Map<string, BureauFigures>();
  if (rows.length === 0) return figures;
  const asOf = await currentAsOf(db);
  const of = (id: string) => {
    const found = figures.get(id) ?? {};
    figures.set(id, found);
    return found;
  };
  // Newest month first: the first payment seen per programme is the latest month.
  for (const r of rows) {
    const fen = Number(r.fen);
    if (r.kind === 'payment') {
      const f = of(r.programme_id);
      if (!f.lastPayment)
        f.lastPayment = { month: r.month, fen, asOf: asOf.get('payments') ?? r.month };
      else if (f.lastPayment.month === r.month) f.lastPayment.fen += fen;
    }
    if (r.kind === 'voucher-issue' || r.kind === 'voucher-use') {
      const f = of(r.programme_id);
      const sign = r.kind === 'voucher-issue' ? 1 : -1;
      f.vouchers = {
        fen: (f.vouchers?.fen ?? 0) + sign * fen,
        asOf: asOf.get('vouchers') ?? r.month,
      };
    }
  }
  return figures;
}
