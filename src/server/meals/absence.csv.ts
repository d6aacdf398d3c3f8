/** The absence list as CSV for Excel (UTF-8 with BOM, formula-safe fields), for a phone round. */
import type { AbsenceAnswer } from '../../shared/meals/absence';
import { csvRecord, UTF8_BOM } from '../lib/csv';

const OUTCOME_WORDS = { reached: '已联系上', visited: '已上门', 'no-answer': '没人接' } as const;

export function absenceCsv(answer: AbsenceAnswer): string {
  let out = UTF8_BOM;
  out += csvRecord([
    '日期',
    '卡号',
    '姓名',
    '电话',
    '住址',
    '紧急联系人',
    '关系',
    '紧急联系电话',
    '近期用餐次数',
    '最近一次用餐',
    '最近一次跟进',
    '跟进备注',
  ]);
  // Before the check time (or with the alert off) there is nobody to list: the header alone.
  if (answer.state !== 'open') return out;
  for (const m of answer.members) {
    const last = m.checks.at(-1);
    out += csvRecord([
      answer.day,
      m.cardNumber,
      m.name,
      m.phone,
      m.address,
      m.emergencyName,
      m.emergencyRelation,
      m.emergencyPhone,
      String(m.usualCount),
      m.lastMeal,
      last ? OUTCOME_WORDS[last.outcome] : null,
      last?.note ?? null,
    ]);
  }
  return out;
}
