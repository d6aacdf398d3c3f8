/**
 * The outreach lists as CSV for Excel (UTF-8 with BOM, formula-safe fields), for a phone round.
 * In Chinese like the centre's other exports; programme names and documents come from
 * subsidies.json's zh-Hans text, the reasons are worded here from the engine's codes.
 */
import type { SubsidiesConfig } from '../../shared/config/subsidies';
import {
  CATEGORY_CSV_WORDS,
  DISABILITY_CSV_WORDS,
  type MemberCategory,
} from '../../shared/members/categories';
import { yuanDigits } from '../../shared/money';
import type { Reason } from '../../shared/subsidies';
import type { BirthdayLine, EligibleLine } from '../../shared/subsidies/outreach-api';
import { csvRecord, UTF8_BOM } from '../lib/csv';

const LEVEL_WORDS = { province: '省级', city: '市级', district: '区级' } as const;

const categoryWords = (categories: readonly MemberCategory[]) =>
  categories.map((k) => CATEGORY_CSV_WORDS[k][0]).join('、');

/** "2027-01" → "2027年1月". */
const monthWords = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

function ageBound(r: Reason): string {
  if (r.min !== undefined && r.max !== undefined) return `${r.min}–${r.max} 周岁`;
  if (r.min !== undefined) return `满 ${r.min} 周岁`;
  return r.max !== undefined ? `${r.max} 周岁以下` : '';
}

/** Why the rules say yes, as the desk reads it: "本地户籍；满 80 周岁（现 81 岁）；低保". */
export function reasonWords(reasons: readonly Reason[], names: ReadonlyMap<string, string>) {
  const out: string[] = [];
  for (const r of reasons) {
    if (r.code === 'local-met') out.push('本地户籍');
    if (r.code === 'age-met') out.push(ageBound(r));
    if (r.code === 'age-not-yet' && r.min !== undefined)
      out.push(`已满 ${r.min} 周岁${r.month ? `，${monthWords(r.month)}起可以领` : ''}`);
    if (r.code === 'category-met' && r.categories) out.push(categoryWords(r.categories));
    if (r.code === 'disability-met' && r.grade)
      out.push(DISABILITY_CSV_WORDS[r.grade][1] ?? DISABILITY_CSV_WORDS[r.grade][0] ?? '');
    if (r.code === 'exclusive' && r.other) out.push(`与“${names.get(r.other) ?? r.other}”只领一项`);
  }
  return out.filter(Boolean).join('；');
}

function programmeWords(config: SubsidiesConfig) {
  const names = new Map(config.programmes.map((p) => [p.id, p.name['zh-Hans']]));
  const byId = new Map(config.programmes.map((p) => [p.id, p]));
  return {
    names,
    name: (id: string) => {
      const p = byId.get(id);
      return p ? `${p.name['zh-Hans']}（${LEVEL_WORDS[p.level]}）` : id;
    },
    amount: (id: string, fen: number) =>
      byId.get(id)?.kind === 'one-off'
        ? `一次性最多 ${yuanDigits(fen)}`
        : `每月 ${yuanDigits(fen)}`,
    documents: (id: string) => (byId.get(id)?.documents ?? []).map((d) => d['zh-Hans']).join('、'),
    apply: (id: string) => byId.get(id)?.apply['zh-Hans'] ?? '',
  };
}

const PERSON_HEADER = ['卡号', '姓名', '电话', '住址', '出生日期', '年龄'];
const personFields = (l: EligibleLine | BirthdayLine) => [
  l.cardNumber,
  l.name,
  l.phone,
  l.address,
  l.birthDate,
  String(l.age),
];

export function eligibleCsv(config: SubsidiesConfig | undefined, lines: readonly EligibleLine[]) {
  let out = UTF8_BOM;
  out += csvRecord([
    ...PERSON_HEADER,
    '可以领的补贴',
    '金额（元）',
    '为什么可以领',
    '要带的材料',
    '去哪里办',
  ]);
  if (!config) return out;
  const words = programmeWords(config);
  for (const l of lines)
    out += csvRecord([
      ...personFields(l),
      words.name(l.programmeId),
      words.amount(l.programmeId, l.fen),
      reasonWords(l.reasons, words.names),
      words.documents(l.programmeId),
      words.apply(l.programmeId),
    ]);
  return out;
}

export function birthdaysCsv(config: SubsidiesConfig | undefined, lines: readonly BirthdayLine[]) {
  let out = UTF8_BOM;
  out += csvRecord([
    ...PERSON_HEADER,
    '满周岁',
    '生日（登记截止）',
    '补贴',
    '金额（元）',
    '起领月份',
    '为什么可以领',
    '要带的材料',
    '去哪里办',
  ]);
  if (!config) return out;
  const words = programmeWords(config);
  for (const l of lines)
    out += csvRecord([
      ...personFields(l),
      String(l.turns),
      l.birthday,
      words.name(l.programmeId),
      words.amount(l.programmeId, l.fen),
      monthWords(l.startMonth),
      reasonWords(l.reasons, words.names),
      words.documents(l.programmeId),
      words.apply(l.programmeId),
    ]);
  return out;
}
