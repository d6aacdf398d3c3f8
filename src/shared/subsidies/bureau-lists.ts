/**
 * The civil affairs bureau's monthly lists, as CSV files staff import (issue #13 item 4): people
 * added (新增), people stopped (停止, with the reason), payments, and care-voucher issues and uses.
 * Each names people by resident ID number. Pure rules, shared by the server (which reads files
 * with them) and the console (which shows the columns and words the reasons):
 * which columns each list has, and how one row's cells become one record — or the reason in words
 * why they cannot. Money is integer fen, parsed from yuan text without floats.
 */
import type { SubsidyProgramme } from '../config/subsidies';
import { moreLocal } from '../config/subsidies';
import { ID_NUMBER_PROBLEM_WORDS, idNumberProblem, normalizeIdNumber } from '../members/id-number';

/** The four lists the bureau sends. */
export const BUREAU_LISTS = ['added', 'stopped', 'payments', 'vouchers'] as const;
export type BureauList = (typeof BUREAU_LISTS)[number];

/** What a record says: a programme started or stopped, a payment, a voucher issued or used. */
export const RECORD_KINDS = ['start', 'stop', 'payment', 'voucher-issue', 'voucher-use'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Why the bureau stopped paying (its 停止人员明细表's reasons). */
export const STOP_REASONS = ['death', 'moved', 'ineligible', 'missed-certification'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** A cell's field. */
export type ListField =
  | 'idNumber'
  | 'name'
  | 'programme'
  | 'month'
  | 'amount'
  | 'reason'
  | 'voucher';

/** Each list's columns: the header the template writes first, then others a file may use. */
export const LIST_COLUMNS: Record<BureauList, { field: ListField; headers: string[] }[]> = {
  added: [
    { field: 'idNumber', headers: ['身份证号', '身份证号码', '公民身份号码', 'ID number'] },
    { field: 'name', headers: ['姓名', 'name'] },
    { field: 'programme', headers: ['项目', '补贴项目', 'programme'] },
    { field: 'month', headers: ['起始月份', '开始月份', '起发月份', 'from month'] },
    { field: 'amount', headers: ['月金额', '月金额(元)', '月标准', 'monthly amount'] },
  ],
  stopped: [
    { field: 'idNumber', headers: ['身份证号', '身份证号码', '公民身份号码', 'ID number'] },
    { field: 'name', headers: ['姓名', 'name'] },
    { field: 'programme', headers: ['项目', '补贴项目', 'programme'] },
    { field: 'month', headers: ['停止月份', '停发月份', 'stop month'] },
    { field: 'reason', headers: ['停止原因', '停发原因', 'reason'] },
  ],
  payments: [
    { field: 'idNumber', headers: ['身份证号', '身份证号码', '公民身份号码', 'ID number'] },
    { field: 'name', headers: ['姓名', 'name'] },
    { field: 'programme', headers: ['项目', '补贴项目', 'programme'] },
    { field: 'month', headers: ['月份', '发放月份', 'month'] },
    { field: 'amount', headers: ['金额', '金额(元)', '发放金额', 'amount'] },
  ],
  vouchers: [
    { field: 'idNumber', headers: ['身份证号', '身份证号码', '公民身份号码', 'ID number'] },
    { field: 'name', headers: ['姓名', 'name'] },
    { field: 'programme', headers: ['项目', '补贴项目', 'programme'] },
    { field: 'month', headers: ['月份', 'month'] },
    { field: 'voucher', headers: ['类型', '业务类型', 'type'] },
    { field: 'amount', headers: ['金额', '金额(元)', 'amount'] },
  ],
};

/** The template's header line for a list, e.g. "身份证号,姓名,项目,月份,金额". */
export const templateHeader = (list: BureauList) =>
  LIST_COLUMNS[list].map((c) => c.headers[0]).join(',');

/** The words of each stop reason a bureau list may write. */
const REASON_WORDS: Record<StopReason, string[]> = {
  death: ['死亡', '去世', '身故', 'death'],
  moved: ['户籍迁出', '户籍迁移', '迁出', 'moved'],
  ineligible: ['不再符合条件', '不符合条件', '资格丧失', '丧失资格', 'ineligible'],
  'missed-certification': ['未按时认证', '未认证', '认证未通过', '未年审', 'missed certification'],
};

const VOUCHER_WORDS: Record<'voucher-issue' | 'voucher-use', string[]> = {
  'voucher-issue': ['发放', '发券', '充值', 'issue'],
  'voucher-use': ['使用', '消费', '用券', 'use'],
};

/** The most a single row may carry: ¥100,000 (more is a typing mistake). */
export const MAX_ROW_FEN = 10_000_000;

/** One row of a list, read: the facts a record stores. */
export interface ListRecord {
  kind: RecordKind;
  idNumber: string;
  name: string;
  programmeId: string;
  /** "YYYY-MM". */
  month: string;
  /** Integer fen (0 for a stop). */
  fen: number;
  reason: StopReason | null;
}

/** "2026-11", "2026/11", "2026.11", "202611" or "2026年11月" → "2026-11"; undefined if none. */
export function parseListMonth(text: string): string | undefined {
  const m = /^(\d{4})\s*(?:[-/.年]\s*)?(\d{1,2})\s*月?$/.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12 || Number(m[1]) < 1990) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}

/** "50", "50.5", "¥1,200.00", "80元" → fen by integer arithmetic; undefined if not yuan. */
export function parseListYuan(text: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '')
    .replace(/,/g, '');
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/**
 * The programme a cell names: its id, or its name in any language; a name shared by several
 * levels of one benefit (高龄津贴 by the city and by the district) is the most local one, which
 * is the one paid.
 */
export function findProgramme(
  programmes: readonly SubsidyProgramme[],
  text: string,
): SubsidyProgramme | 'ambiguous' | undefined {
  const cell = text.trim();
  const byId = programmes.find((p) => p.id === cell);
  if (byId) return byId;
  const named = programmes.filter((p) => Object.values(p.name).some((n) => n.trim() === cell));
  if (named.length === 0) return undefined;
  if (new Set(named.map((p) => p.benefit)).size > 1) return 'ambiguous';
  return named.reduce((best, p) => (moreLocal(p.level, best.level) ? p : best));
}

/** A problem with one cell, said in words (English: the API's; the console shows them as sent). */
export interface CellProblem {
  field: ListField;
  message: string;
}

function wordOf<K extends string>(words: Record<K, string[]>, cell: string): K | undefined {
  const text = cell.trim().toLowerCase();
  for (const [key, list] of Object.entries(words) as [K, string[]][])
    if (list.some((w) => w.toLowerCase() === text)) return key;
  return undefined;
}

/** One row's cells (by field) as a record, or every problem with them. */
export function readListRow(
  list: BureauList,
  cell: (field: ListField) => string,
  programmes: readonly SubsidyProgramme[],
): { record: ListRecord } | { problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const problem = (field: ListField, message: string) => problems.push({ field, message });

  const rawId = cell('idNumber');
  let idNumber = normalizeIdNumber(rawId);
  if (/^\d+(\.\d+)?E\+\d+$/i.test(rawId.trim())) {
    problem(
      'idNumber',
      `Excel has turned the ID number into "${rawId.trim()}". Format the column as text (文本), type the numbers again, and save.`,
    );
    idNumber = '';
  } else if (rawId.trim() === '') problem('idNumber', 'The ID number is missing.');
  else {
    const wrong = idNumberProblem(idNumber);
    if (wrong) problem('idNumber', ID_NUMBER_PROBLEM_WORDS[wrong]);
  }

  const found = findProgramme(programmes, cell('programme'));
  if (found === undefined)
    problem(
      'programme',
      cell('programme').trim() === ''
        ? 'The programme is missing.'
        : `"${cell('programme').trim()}" is not one of the centre's programmes; use its name or id as the subsidy settings give it.`,
    );
  else if (found === 'ambiguous')
    problem(
      'programme',
      `"${cell('programme').trim()}" names more than one programme; write the programme's id instead.`,
    );

  const month = parseListMonth(cell('month'));
  if (month === undefined)
    problem('month', `"${cell('month').trim()}" is not a month; write it like 2026-11.`);

  let fen = 0;
  if (list !== 'stopped') {
    const amount = parseListYuan(cell('amount'));
    if (amount === undefined)
      problem(
        'amount',
        `"${cell('amount').trim()}" is not an amount in yuan; write it like 80 or 80.50.`,
      );
    else if (amount > MAX_ROW_FEN) problem('amount', 'An amount can be at most ¥100,000.');
    else if (amount === 0 && list !== 'vouchers')
      problem('amount', 'The amount must be more than 0.');
    else fen = amount;
  }

  let reason: StopReason | null = null;
  if (list === 'stopped') {
    const said = wordOf(REASON_WORDS, cell('reason'));
    if (said === undefined)
      problem(
        'reason',
        `"${cell('reason').trim()}" is not a reason the register knows; use 死亡, 户籍迁出, 不再符合条件 or 未按时认证.`,
      );
    else reason = said;
  }

  let kind: RecordKind = list === 'added' ? 'start' : list === 'stopped' ? 'stop' : 'payment';
  if (list === 'vouchers') {
    const said = wordOf(VOUCHER_WORDS, cell('voucher'));
    if (said === undefined)
      problem('voucher', `"${cell('voucher').trim()}" is not 发放 (issued) or 使用 (used).`);
    else kind = said;
  }

  if (problems.length > 0 || typeof found !== 'object' || month === undefined) return { problems };
  return {
    record: {
      kind,
      idNumber,
      name: cell('name').trim(),
      programmeId: found.id,
      month,
      fen,
      reason,
    },
  };
}

/**
 * The text a record is known by: the same facts give the same key, so importing a list again adds
 * nothing. `occurrence` counts identical rows within one file (two equal back-pay segments are
 * two payments), so the file as a whole still imports once.
 */
export function recordKey(record: ListRecord, occurrence: number): string {
  return [
    record.kind,
    record.idNumber,
    record.programmeId,
    record.month,
    record.fen,
    record.reason ?? '',
    occurrence,
  ].join('|');
}
