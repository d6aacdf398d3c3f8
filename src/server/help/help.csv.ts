/** The help report as CSV for Excel (UTF-8 with BOM, formula-safe fields), in three blocks. */
import type { DurationSummary, HelpReport } from '../../shared/help/api-types';
import { csvRecord, UTF8_BOM } from '../lib/csv';

const STATUS_WORDS: Record<HelpReport['requests'][number]['status'], string> = {
  new: '新请求',
  assigned: '已安排',
  'in-progress': '进行中',
  done: '已完成',
  cancelled: '已取消',
};

const seconds = (value: number | null) => (value === null ? '' : String(value));

function durationRow(label: string, s: DurationSummary): string {
  return csvRecord([label, String(s.count), seconds(s.medianSeconds), seconds(s.p90Seconds)]);
}

/** `categoryName` turns a category id into the centre's name for it (the id when unknown). */
export function helpReportCsv(report: HelpReport, categoryName: (id: string) => string): string {
  let out = UTF8_BOM;
  out += csvRecord(['日期', '紧急呼叫', '倒计时内取消', '误报', '已升级']);
  for (const d of report.days)
    out += csvRecord([
      d.day,
      String(d.calls),
      String(d.cancelledInWindow),
      String(d.falseAlarms),
      String(d.escalated),
    ]);
  const sum = (pick: (d: HelpReport['days'][number]) => number) =>
    String(report.days.reduce((n, d) => n + pick(d), 0));
  out += csvRecord([
    '合计',
    sum((d) => d.calls),
    sum((d) => d.cancelledInWindow),
    sum((d) => d.falseAlarms),
    sum((d) => d.escalated),
  ]);
  out += '\r\n';
  out += csvRecord(['响应时间', '次数', '中位数(秒)', '90%以内(秒)']);
  out += durationRow('接警', report.acknowledge);
  out += durationRow('处理完毕', report.resolve);
  out += '\r\n';
  out += csvRecord(['服务类别', '状态', '数量']);
  for (const r of report.requests)
    out += csvRecord([categoryName(r.category), STATUS_WORDS[r.status], String(r.count)]);
  return out;
}
