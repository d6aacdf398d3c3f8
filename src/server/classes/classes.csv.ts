/** The year's training report as CSV for Excel (UTF-8 with BOM, formula-safe fields). */
import type { ClassReport } from '../../shared/classes/api';
import { csvRecord, UTF8_BOM } from '../lib/csv';

const figures = (f: { sessions: number; personTimes: number; uniqueLearners: number }) => [
  String(f.sessions),
  String(f.personTimes),
  String(f.uniqueLearners),
];

/** `lessonName` and `communityName` turn ids into the centre's words (the id when unknown). */
export function classReportCsv(
  report: ClassReport,
  lessonName: (id: string) => string,
  communityName: (id: string | null) => string,
): string {
  let out = UTF8_BOM;
  out += csvRecord(['月份', '开课次数', '培训人次', '学员人数（不重复）', '志愿者时数']);
  for (const m of report.months)
    out += csvRecord([m.month, ...figures(m), String(m.volunteerHours)]);
  out += csvRecord([`${report.year} 全年`, ...figures(report), String(report.volunteerHours)]);
  out += csvRecord(['年度目标（人次）', report.target === null ? '' : String(report.target)]);
  out += csvRecord([
    '完成课程（人·课）',
    String(report.completion.completed),
    '应完成',
    String(report.completion.taught),
  ]);
  out += '\r\n';
  out += csvRecord(['课程', '开课次数', '培训人次', '学员人数（不重复）', '已完成', '学过']);
  for (const l of report.byLesson)
    out += csvRecord([
      lessonName(l.lessonId),
      ...figures(l),
      String(l.completed),
      String(l.taught),
    ]);
  out += '\r\n';
  out += csvRecord(['社区', '开课次数', '培训人次', '学员人数（不重复）']);
  for (const c of report.byCommunity) out += csvRecord([communityName(c.community), ...figures(c)]);
  return out;
}
