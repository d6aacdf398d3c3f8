/**
 * The members spreadsheet (the bureau's list saved as CSV): its columns and how its cells are
 * written, for the server's import and export and the console's help text. The template is
 * kiosk-config/demo/members.csv:
 *
 *   卡号,姓名,出生日期,电话,住址,本地户籍,类别,失能等级,紧急联系人,紧急联系电话,关系,有效期至,备注,PIN
 *
 * - 卡号, 姓名, 出生日期 and 本地户籍 are needed; any other column may be left out (a column left out
 *   of the file leaves that field of an existing member as it is; an empty cell empties it).
 * - 出生日期 / 有效期至: 1945-03-08, 1945/3/8, 1945.3.8, 1945年3月8日 or 19450308.
 * - 本地户籍: 是 or 否 (also 本地/外地, Y/N, 1/0).
 * - 类别: any of 特困, 低保, 低保边缘, 失独, 独居, 空巢, separated by 、 , ; or spaces.
 * - 失能等级: empty or 无, 轻度 (半失能), 中度, 重度, 完全 (失能).
 * - PIN: 4 digits for the member's kiosk PIN; an empty cell keeps the PIN as it is. Never exported.
 * - English column names are accepted too (card number, name, birth date, …); text in brackets
 *   after a name, like 出生日期(年-月-日), is ignored, and so are columns this list does not have.
 */
import {
  CATEGORY_CSV_WORDS,
  DISABILITY_CSV_WORDS,
  DISABILITY_GRADES,
  type DisabilityGrade,
  MEMBER_CATEGORIES,
  type MemberCategory,
} from './categories';

/** The fields a members CSV can fill. */
export type MemberCsvField =
  | 'cardNumber'
  | 'name'
  | 'birthDate'
  | 'phone'
  | 'address'
  | 'localHukou'
  | 'categories'
  | 'disability'
  | 'emergencyName'
  | 'emergencyPhone'
  | 'emergencyRelation'
  | 'validUntil'
  | 'notes'
  | 'pin';

export interface MemberCsvColumn {
  field: MemberCsvField;
  /** The header the template and the export write. */
  header: string;
  /** Other headers that mean the same column (compared without case, spaces, _ or -). */
  aliases: readonly string[];
}

/** The columns in template order; the export writes all but the PIN. */
export const MEMBER_CSV_COLUMNS: readonly MemberCsvColumn[] = [
  { field: 'cardNumber', header: '卡号', aliases: ['card number', 'card', '会员卡号', '证件号'] },
  { field: 'name', header: '姓名', aliases: ['name'] },
  { field: 'birthDate', header: '出生日期', aliases: ['birth date', 'date of birth', 'birthday'] },
  { field: 'phone', header: '电话', aliases: ['phone', '联系电话', '手机'] },
  { field: 'address', header: '住址', aliases: ['address', '地址', '家庭住址'] },
  { field: 'localHukou', header: '本地户籍', aliases: ['local hukou', '户籍'] },
  { field: 'categories', header: '类别', aliases: ['categories', 'category', '人员类别'] },
  { field: 'disability', header: '失能等级', aliases: ['disability', '失能'] },
  {
    field: 'emergencyName',
    header: '紧急联系人',
    aliases: ['emergency name', 'emergency contact'],
  },
  { field: 'emergencyPhone', header: '紧急联系电话', aliases: ['emergency phone'] },
  { field: 'emergencyRelation', header: '关系', aliases: ['emergency relation', 'relation'] },
  { field: 'validUntil', header: '有效期至', aliases: ['valid until', '有效期'] },
  { field: 'notes', header: '备注', aliases: ['notes', 'note'] },
  { field: 'pin', header: 'PIN', aliases: ['密码', 'PIN码'] },
];

/** Columns a file must have. */
export const REQUIRED_CSV_FIELDS: readonly MemberCsvField[] = [
  'cardNumber',
  'name',
  'birthDate',
  'localHukou',
];

/** A header compared loosely: no bracketed note, no case, no spaces, _ or -. */
function headerKey(header: string): string {
  return header
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();
}

const COLUMN_BY_HEADER = new Map<string, MemberCsvColumn>();
for (const column of MEMBER_CSV_COLUMNS)
  for (const name of [column.header, column.field, ...column.aliases])
    COLUMN_BY_HEADER.set(headerKey(name), column);

/** The column a header names, or undefined for a column the import does not use. */
export function csvColumnFor(header: string): MemberCsvColumn | undefined {
  return COLUMN_BY_HEADER.get(headerKey(header));
}

const YES = new Set(['是', '本地', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', '外地', '非本地', 'n', 'no', 'false', '0', '×']);

/** 是 / 否 and the like as a boolean; undefined for anything else (an empty cell included). */
export function parseYesNo(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}

const CATEGORY_BY_WORD = new Map<string, MemberCategory>();
for (const category of MEMBER_CATEGORIES) {
  CATEGORY_BY_WORD.set(category, category);
  for (const word of CATEGORY_CSV_WORDS[category]) CATEGORY_BY_WORD.set(word, category);
}

/** The categories a cell lists, or the first word that is not a category. */
export function parseCategoryWords(
  cell: string,
): { categories: MemberCategory[] } | { unknown: string } {
  const words = cell.split(/[、,，;；/\s]+/).filter((w) => w !== '');
  const categories: MemberCategory[] = [];
  for (const word of words) {
    const category = CATEGORY_BY_WORD.get(word);
    if (!category) return { unknown: word };
    if (!categories.includes(category)) categories.push(category);
  }
  return { categories };
}

const DISABILITY_BY_WORD = new Map<string, DisabilityGrade>();
for (const grade of DISABILITY_GRADES) {
  DISABILITY_BY_WORD.set(grade, grade);
  for (const word of DISABILITY_CSV_WORDS[grade]) DISABILITY_BY_WORD.set(word, grade);
}

/** The disability grade a cell names, or undefined. */
export function parseDisabilityWord(cell: string): DisabilityGrade | undefined {
  return DISABILITY_BY_WORD.get(cell.trim());
}

/**
 * A spreadsheet's date as "YYYY-MM-DD": 1945-3-8, 1945/3/8, 1945.3.8, 1945年3月8日, 19450308.
 * Anything else is returned trimmed but unchanged, for the member schema to report.
 */
export function parseCsvDay(cell: string): string {
  const text = cell.trim();
  const match =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return text;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The word the export writes for a category (the bureau's usual one). */
export function categoryWord(category: MemberCategory): string {
  return CATEGORY_CSV_WORDS[category][0] ?? category;
}

/** The word the export writes for a disability grade ('' for none). */
export function disabilityWord(grade: DisabilityGrade): string {
  return DISABILITY_CSV_WORDS[grade][0] ?? grade;
}
