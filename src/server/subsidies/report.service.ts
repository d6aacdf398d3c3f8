/**
 * The month's subsidy payments by programme (contract in src/shared/subsidies/report-api.ts), and
 * the same as CSV. Sums are integers in the database; the total is the programmes' sum, so the
 * report adds up to the fen.
 */
import type { Kysely } from 'kysely';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import { yuanDigits } from '../../shared/money';
import type { SubsidyReport } from '../../shared/subsidies/report-api';
import type { Database } from '../db/schema';
import { csvRecord, UTF8_BOM } from '../lib/csv';
import { currentAsOf, paymentsByProgramme, peoplePaid } from './records.repository';

export async function subsidyReport(db: Kysely<Database>, month: string): Promise<SubsidyReport> {
  const rows = await paymentsByProgramme(db, month);
  const programmes = rows.map((r) => ({
    programmeId: r.programme_id,
    people: Number(r.people),
    payments: Number(r.payments),
    fen: Number(r.fen ?? 0),
  }));
  return {
    month,
    asOf: (await currentAsOf(db)).get('payments') ?? null,
    programmes,
    total: {
      people: await peoplePaid(db, month),
      payments: programmes.reduce((n, p) => n + p.payments, 0),
      fen: programmes.reduce((n, p) => n + p.fen, 0),
    },
  };
}

/** The report as a CSV file Excel opens: one line per programme, then the total. */
export function subsidyReportCsv(
  report: SubsidyReport,
  programmes: readonly SubsidyProgramme[],
): string {
  const name = (id: string) => programmes.find((p) => p.id === id)?.name['zh-Hans'] ?? id;
  let out = UTF8_BOM;
  out += csvRecord(['月份', report.month, '发放名单截至', report.asOf ?? '未导入']);
  out += csvRecord(['项目', '项目编号', '人数', '笔数', '金额(元)']);
  for (const p of report.programmes)
    out += csvRecord([
      name(p.programmeId),
      p.programmeId,
      String(p.people),
      String(p.payments),
      yuanDigits(p.fen),
    ]);
  out += csvRecord([
    '合计',
    '',
    String(report.total.people),
    String(report.total.payments),
    yuanDigits(report.total.fen),
  ]);
  return out;
}
