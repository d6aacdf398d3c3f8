/** The roster and the report as CSV for Excel (UTF-8 with BOM, formula-safe fields). */

import type { MealReport, SittingRoster } from '../../shared/meals/api-types';
import { yuanDigits } from '../../shared/money';
import { csvRecord, UTF8_BOM } from '../lib/csv';

const STATUS_WORDS: Record<SittingRoster['dineIn'][number]['status'], string> = {
  booked: '待用餐',
  served: '已用餐',
  delivered: '已送达',
  'no-show': '未到',
};

/** The roster for the kitchen's spreadsheet; `mealName` gives each meal id its Chinese name. */
export function rosterCsv(
  roster: SittingRoster,
  mealName: (id: string) => string = (id) => id,
): string {
  let out = UTF8_BOM;
  out += csvRecord(['卡号', '姓名', '饭菜', '陪餐', '送餐', '状态', '电话', '住址', '备注']);
  for (const l of [...roster.dineIn, ...roster.delivery])
    out += csvRecord([
      l.cardNumber,
      l.memberName,
      mealName(l.mealId),
      l.companion ? '是' : '否',
      l.delivery ? '是' : '否',
      STATUS_WORDS[l.status],
      l.delivery ? l.phone : null,
      l.delivery ? l.address : null,
      l.notes,
    ]);
  return out;
}

export function reportCsv(report: MealReport): string {
  let out = UTF8_BOM;
  out += csvRecord([
    '日期',
    '已订',
    '已用餐',
    '已送达',
    '未到',
    '已取消',
    '原价合计(元)',
    '食堂优惠(元)',
    '政府补贴(元)',
    '慈善(元)',
    '老人自付(元)',
    '送餐费(元)',
  ]);
  for (const d of report.days)
    out += csvRecord([
      d.day,
      String(d.booked),
      String(d.served),
      String(d.delivered),
      String(d.noShow),
      String(d.cancelled),
      yuanDigits(d.base),
      yuanDigits(d.operator),
      yuanDigits(d.government),
      yuanDigits(d.charity),
      yuanDigits(d.elder),
      yuanDigits(d.deliveryFees),
    ]);
  const t = report.total;
  out += csvRecord([
    '合计',
    String(report.days.reduce((n, d) => n + d.booked, 0)),
    String(report.days.reduce((n, d) => n + d.served, 0)),
    String(report.days.reduce((n, d) => n + d.delivered, 0)),
    String(report.days.reduce((n, d) => n + d.noShow, 0)),
    String(report.days.reduce((n, d) => n + d.cancelled, 0)),
    yuanDigits(t.base),
    yuanDigits(t.operator),
    yuanDigits(t.government),
    yuanDigits(t.charity),
    yuanDigits(t.elder),
    yuanDigits(t.deliveryFees),
  ]);
  return out;
}
