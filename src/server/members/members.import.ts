/**
 * Importing the members spreadsheet (the template and its rules are described in
 * src/shared/members/member-csv.ts and shown by kiosk-config/demo/members.csv).
 *
 * Every row stands alone: a good row is written (with its audit entry and roster change) in its
 * own transaction, a bad row is reported with its line and writes nothing. Rows are matched to
 * members by card number, and a row that would change nothing is not written or audited, so
 * importing the same file twice changes nothing the second time.
 */
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import {
  csvColumnFor,
  MEMBER_CSV_COLUMNS,
  type MemberCsvField,
  type MemberInput,
  memberInputSchemas,
  normalizeCardNumber,
  parseCategoryWords,
  parseCsvDay,
  parseDisabilityWord,
  parseYesNo,
  REQUIRED_CSV_FIELDS,
} from '../../shared/members/index';
import type { Actor } from '../audit/audit.service';
import { isUniqueViolation } from '../db/errors';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { badCsv as badFile, type CsvLine, decodeCsvBytes, readCsvLines } from '../lib/csv-read';
import { isSamePin } from './member-pin';
import { findMemberByCard, findMembersByCards } from './members.repository';
import {
  changedFields,
  insertMemberIn,
  toColumns,
  toInput,
  updateMemberIn,
} from './members.service';
import type { MemberRow } from './members.table';
import type { RosterRules } from './roster.service';

/** One row that was not imported: its line in the file, the column, and why. */
export interface ImportProblem {
  line: number;
  /** The column's header as the file writes it; left out for the row as a whole. */
  field?: string;
  message: string;
}

export interface ImportResult {
  imported: number;
  updated: number;
  unchanged: number;
  errors: ImportProblem[];
  /** Headers the import does not use (their cells were not read). */
  ignoredColumns: string[];
  /** How the file's bytes were read. */
  encoding: 'utf-8' | 'gb18030';
}

/** The longest line a member row can sensibly be; longer is not a members list. */
const MAX_RECORD_CHARACTERS = 20_000;

/**
 * The file's text: UTF-8 (with or without a BOM), or GB18030 (which covers GBK and GB2312) — what
 * Excel on a Chinese Windows writes for plain "CSV". `charset` from the request wins when it
 * names GB18030, GBK or GB2312. Anything that is not text is refused with what to do instead.
 */
export function decodeCsv(
  bytes: Uint8Array,
  charset?: string,
): { text: string; encoding: 'utf-8' | 'gb18030' } {
  return decodeCsvBytes(bytes, charset, 'The file is empty. Export the members list as CSV first.');
}

/** One data record with the line it starts on (1 = the header). */
type CsvRow = CsvLine;

/** The file's records, or a 400 that names the line a person must fix. */
function readRecords(text: string): CsvRow[] {
  return readCsvLines(
    text,
    MAX_RECORD_CHARACTERS,
    'Near {{where}} a row is far too long for a member; this does not look like a members list.',
  );
}

/** Which cell holds each field, from the header row. */
interface Layout {
  index: Map<MemberCsvField, number>;
  header: Map<MemberCsvField, string>;
  ignored: string[];
}

function readHeader(row: CsvRow | undefined): Layout {
  if (!row)
    throw badFile(
      'The file is empty. The first line must name the columns, like 卡号,姓名,出生日期,本地户籍.',
    );
  const layout: Layout = { index: new Map(), header: new Map(), ignored: [] };
  row.cells.forEach((raw, i) => {
    const header = raw.trim();
    if (header === '') return;
    const column = csvColumnFor(header);
    if (!column) {
      layout.ignored.push(header);
      return;
    }
    const first = layout.header.get(column.field);
    if (first !== undefined)
      throw badFile(
        `The columns "${first}" and "${header}" are the same column; keep one of them.`,
      );
    layout.index.set(column.field, i);
    layout.header.set(column.field, header);
  });
  const missing = REQUIRED_CSV_FIELDS.filter((f) => !layout.index.has(f)).map(
    (f) => MEMBER_CSV_COLUMNS.find((c) => c.field === f)?.header ?? f,
  );
  if (missing.length > 0)
    throw badFile(
      `The first line must name the columns; these are missing: ${missing.join(', ')}. See the template kiosk-config/demo/members.csv.`,
    );
  return layout;
}

/** Where a schema issue's path points in the file. */
const FIELD_OF_PATH: Record<string, MemberCsvField> = {
  emergencyContact: 'emergencyName',
  'emergencyContact.name': 'emergencyName',
  'emergencyContact.phone': 'emergencyPhone',
  'emergencyContact.relation': 'emergencyRelation',
};

const CATEGORY_HELP = '特困, 低保, 低保边缘, 失独, 独居 or 空巢';

/** A row as member input (on top of the member it updates), or what is wrong with its cells. */
function rowInput(
  row: CsvRow,
  layout: Layout,
  base: Omit<MemberInput, 'pin'> | undefined,
): { input: Record<string, unknown>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const has = (field: MemberCsvField) => layout.index.has(field);
  const cell = (field: MemberCsvField) => (row.cells[layout.index.get(field) ?? -1] ?? '').trim();
  const problem = (field: MemberCsvField, message: string) =>
    problems.push({ line: row.line, field: layout.header.get(field) ?? field, message });
  const input: Record<string, unknown> = { ...base };

  const card = cell('cardNumber');
  if (/^\d+(\.\d+)?E\+\d+$/i.test(card))
    problem(
      'cardNumber',
      `Excel has turned the card number into "${card}". Format the column as text (文本), type the numbers again, and save.`,
    );
  else input.cardNumber = card;
  input.name = cell('name');
  input.birthDate = parseCsvDay(cell('birthDate'));
  for (const field of ['phone', 'address', 'notes'] as const)
    if (has(field)) input[field] = cell(field);

  const local = parseYesNo(cell('localHukou'));
  if (local === undefined) problem('localHukou', 'Write 是 (local 户籍) or 否 (not local).');
  else input.localHukou = local;

  if (has('categories')) {
    const parsed = parseCategoryWords(cell('categories'));
    if ('unknown' in parsed)
      problem('categories', `"${parsed.unknown}" is not a category; use ${CATEGORY_HELP}.`);
    else input.categories = parsed.categories;
  }
  if (has('disability')) {
    const grade = parseDisabilityWord(cell('disability'));
    if (grade === undefined)
      problem(
        'disability',
        `"${cell('disability')}" is not a disability grade; use 无, 轻度, 中度, 重度 or 完全.`,
      );
    else input.disability = grade;
  }
  if (has('validUntil'))
    input.validUntil = cell('validUntil') === '' ? null : parseCsvDay(cell('validUntil'));

  if (has('emergencyName') || has('emergencyPhone') || has('emergencyRelation')) {
    const was = base?.emergencyContact;
    const contact = {
      name: has('emergencyName') ? cell('emergencyName') : (was?.name ?? ''),
      phone: has('emergencyPhone') ? cell('emergencyPhone') : (was?.phone ?? ''),
      relation: has('emergencyRelation') ? cell('emergencyRelation') : (was?.relation ?? ''),
    };
    input.emergencyContact =
      contact.name === '' && contact.phone === '' && contact.relation === '' ? null : contact;
  }
  // An empty PIN cell keeps the PIN: the export never writes PINs, and a blank must not wipe one.
  if (has('pin') && cell('pin') !== '') input.pin = cell('pin');
  return { input, problems };
}

/** Whether writing `input` over `existing` would change anything. */
async function wouldChange(existing: MemberRow, input: MemberInput): Promise<boolean> {
  if (changedFields(toColumns(toInput(existing)), toColumns(input)).length > 0) return true;
  return typeof input.pin === 'string' && !(await isSamePin(input.pin, existing.pin_hash));
}

/**
 * Imports the CSV file `bytes`. With `dryRun` nothing is written, and the answer says what an
 * import would do. A file that cannot be read at all is a 4xx; a bad row is one of `errors`.
 */
export async function importMembers(
  db: Kysely<Database>,
  actor: Actor,
  file: { bytes: Uint8Array; charset?: string | undefined },
  options: { dryRun: boolean; now: Date; today: string; rules: RosterRules },
): Promise<ImportResult> {
  const { text, encoding } = decodeCsv(file.bytes, file.charset);
  const [headerRow, ...rows] = readRecords(text);
  const layout = readHeader(headerRow);
  const schema = memberInputSchemas(() => options.today).create;
  const result: ImportResult = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    ignoredColumns: layout.ignored,
    encoding,
  };

  const dataRows = rows.filter((row) => row.cells.some((c) => c.trim() !== ''));
  const cardOf = (row: CsvRow) =>
    normalizeCardNumber(row.cells[layout.index.get('cardNumber') ?? -1] ?? '');
  const cards = [...new Set(dataRows.map(cardOf).filter((c) => c !== undefined))];
  const existing = new Map((await findMembersByCards(db, cards)).map((m) => [m.card_number, m]));
  const firstLine = new Map<string, number>();

  for (const row of dataRows) {
    const card = cardOf(row);
    const earlier = card === undefined ? undefined : firstLine.get(card);
    if (card !== undefined && earlier !== undefined) {
      result.errors.push({
        line: row.line,
        field: layout.header.get('cardNumber') ?? '卡号',
        message: `Card number ${card} is already on line ${earlier} of this file; a member can be listed once.`,
      });
      continue;
    }
    if (card !== undefined) firstLine.set(card, row.line);

    const member = card === undefined ? undefined : existing.get(card);
    const { input, problems } = rowInput(row, layout, member && toInput(member));
    const parsed = v.safeParse(schema, input, { abortPipeEarly: true });
    if (!parsed.success)
      for (const issue of parsed.issues) {
        const path = v.getDotPath(issue) ?? '';
        const field = FIELD_OF_PATH[path] ?? (path.split('.')[0] as MemberCsvField);
        const header = layout.header.get(field) ?? field;
        // A cell already reported (e.g. a card number Excel mangled) is said once.
        if (!problems.some((p) => p.field === header))
          problems.push({ line: row.line, field: header, message: issue.message });
      }
    if (problems.length > 0 || !parsed.success) {
      result.errors.push(...problems);
      continue;
    }

    const memberInput = parsed.output;
    if (member && !(await wouldChange(member, memberInput))) {
      result.unchanged++;
      continue;
    }
    if (options.dryRun) {
      if (member) result.updated++;
      else result.imported++;
      continue;
    }
    try {
      const outcome = await db.transaction().execute(async (trx) => {
        // Read again inside the transaction: the console may have changed it meanwhile.
        const current = await findMemberByCard(trx, memberInput.cardNumber);
        if (!current) {
          await insertMemberIn(trx, actor, memberInput, options.now, 'import', options.rules);
          return 'imported' as const;
        }
        const after = await updateMemberIn(
          trx,
          actor,
          current,
          memberInput,
          options.now,
          'import',
          options.rules,
        );
        return after === current ? ('unchanged' as const) : ('updated' as const);
      });
      result[outcome]++;
    } catch (error) {
      if (!isUniqueViolation(error) && !(error instanceof AppError && error.status === 409))
        throw error;
      result.errors.push({
        line: row.line,
        field: layout.header.get('cardNumber') ?? '卡号',
        message: `Card number ${memberInput.cardNumber} was just given to another member; import this row again.`,
      });
    }
  }
  return result;
}
