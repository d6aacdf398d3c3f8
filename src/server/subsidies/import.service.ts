/**
 * Importing one of the bureau's monthly lists (rules of the file in
 * src/shared/subsidies/bureau-lists.ts, route in import-api.ts). All or nothing: every line is
 * read first and every bad one named; only a file with none is written, in one transaction with
 * its audit entry. Rows are matched to members by ID number; each is known by a hash of its
 * normalised facts, so a row already on record — the same file imported again — changes nothing.
 * A row that matches no member waits in the queue, unless the desk dismissed that ID number
 * before (a person the bureau lists who is not one of the centre's members).
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import {
  type BureauList,
  LIST_COLUMNS,
  type ListField,
  type ListRecord,
  readListRow,
  recordKey,
  templateHeader,
} from '../../shared/subsidies/bureau-lists';
import type { ImportReport } from '../../shared/subsidies/import-api';
import { type Actor, recordAudit } from '../audit/audit.service';
import { isUniqueViolation } from '../db/errors';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, conflict } from '../http/errors';
import { badCsv, type CsvLine, decodeCsvBytes, readCsvLines } from '../lib/csv-read';
import { membersByIdNumbers } from '../members/id-number.repository';
import { applyToReceipts } from './receipts-effects';
import {
  currentAsOf,
  dismissedIdNumbers,
  existingRowKeys,
  insertImport,
  insertRecords,
} from './records.repository';
import type { RecordState, SubsidyRecordTable } from './records.table';

/** A bureau row is short; a longer one is not the list asked for. */
const MAX_RECORD_CHARACTERS = 5_000;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

interface Layout {
  index: Map<ListField, number>;
  ignored: string[];
}

function readHeader(list: BureauList, row: CsvLine | undefined): Layout {
  const columns = LIST_COLUMNS[list];
  if (!row)
    throw badCsv(
      `The file is empty. The first line must name the columns, like ${templateHeader(list)}.`,
    );
  const layout: Layout = { index: new Map(), ignored: [] };
  row.cells.forEach((raw, i) => {
    const header = raw.trim();
    if (header === '') return;
    const column = columns.find((c) =>
      c.headers.some((h) => h.toLowerCase() === header.toLowerCase()),
    );
    if (!column || layout.index.has(column.field)) {
      layout.ignored.push(header);
      return;
    }
    layout.index.set(column.field, i);
  });
  const missing = columns
    .filter((c) => c.field !== 'name' && !layout.index.has(c.field))
    .map((c) => c.headers[0]);
  if (missing.length > 0)
    throw badCsv(
      `The first line must name the columns; these are missing: ${missing.join(', ')}. This list's columns are ${templateHeader(list)}.`,
    );
  return layout;
}

export interface ImportOptions {
  list: BureauList;
  asOf: string;
  dryRun: boolean;
  now: Date;
  programmes: readonly SubsidyProgramme[] | undefined;
}

/** Imports `file` as the list `options.list`; a file that cannot be read at all is a 4xx. */
export async function importBureauList(
  db: Kysely<Database>,
  actor: Actor,
  file: { bytes: Uint8Array; charset?: string | undefined },
  options: ImportOptions,
): Promise<ImportReport> {
  const { list, asOf, now } = options;
  if (!options.programmes)
    throw new AppError(
      404,
      'no_subsidies',
      'This centre has no subsidies.json: set up its programmes first.',
    );
  const programmes = options.programmes;
  const { text, encoding } = decodeCsvBytes(
    file.bytes,
    file.charset,
    'The file is empty. Save the bureau’s list as CSV first.',
  );
  const [headerRow, ...rows] = readCsvLines(text, MAX_RECORD_CHARACTERS);
  const layout = readHeader(list, headerRow);
  const report: ImportReport = {
    list,
    asOf,
    encoding,
    rows: 0,
    matched: 0,
    waiting: 0,
    setAside: 0,
    unchanged: 0,
    errors: [],
    ignoredColumns: layout.ignored,
    written: false,
  };

  const read: { line: number; record: ListRecord; key: string }[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!row.cells.some((c) => c.trim() !== '')) continue;
    report.rows++;
    const cell = (field: ListField) => (row.cells[layout.index.get(field) ?? -1] ?? '').trim();
    const answer = readListRow(list, cell, programmes);
    if ('problems' in answer) {
      for (const p of answer.problems)
        report.errors.push({ line: row.line, field: p.field, message: p.message });
      continue;
    }
    const plain = recordKey(answer.record, 0);
    const occurrence = seen.get(plain) ?? 0;
    seen.set(plain, occurrence + 1);
    read.push({
      line: row.line,
      record: answer.record,
      key: hashKey(`${list}|${recordKey(answer.record, occurrence)}`),
    });
  }
  if (report.rows === 0 && report.errors.length === 0)
    throw badCsv(
      `The file has the column names but no rows. This list's columns are ${templateHeader(list)}.`,
    );

  const known = await existingRowKeys(
    db,
    read.map((r) => r.key),
  );
  const fresh = read.filter((r) => !known.has(r.key));
  report.unchanged = read.length - fresh.length;
  const ids = [...new Set(fresh.map((r) => r.record.idNumber))];
  const members = await membersByIdNumbers(db, ids);
  const dismissed = await dismissedIdNumbers(
    db,
    ids.filter((id) => !members.has(id)),
  );
  const stateOf = (r: ListRecord): RecordState =>
    members.has(r.idNumber) ? 'matched' : dismissed.has(r.idNumber) ? 'dismissed' : 'waiting';
  for (const r of fresh) {
    const state = stateOf(r.record);
    if (state === 'matched') report.matched++;
    else if (state === 'waiting') report.waiting++;
    else report.setAside++;
  }
  if (report.errors.length > 0 || options.dryRun) return report;

  const newer = (await currentAsOf(db)).get(list);
  // Nothing new and no later month: a re-import, which must change nothing.
  if (fresh.length === 0 && newer !== undefined && newer >= asOf) return report;

  try {
    await db.transaction().execute(async (trx) => {
      const importId = newId();
      const at = now.toISOString();
      await insertImport(trx, {
        id: importId,
        list,
        as_of: asOf,
        staff_id: actor.kind === 'staff' ? actor.id : null,
        staff_label: actor.kind === 'staff' ? actor.username : actor.kind,
        rows: report.rows,
        matched: report.matched,
        waiting: report.waiting,
        created_at: at,
      });
      const records: SubsidyRecordTable[] = fresh.map(({ line, record, key }) => ({
        id: newId(),
        row_key: key,
        import_id: importId,
        line,
        kind: record.kind,
        id_number: record.idNumber,
        name: record.name,
        member_id: members.get(record.idNumber) ?? null,
        programme_id: record.programmeId,
        month: record.month,
        fen: record.fen,
        reason: record.reason,
        state: stateOf(record),
        created_at: at,
      }));
      await insertRecords(trx, records);
      const byMember = new Map<string, SubsidyRecordTable[]>();
      for (const r of records)
        if (r.member_id) byMember.set(r.member_id, [...(byMember.get(r.member_id) ?? []), r]);
      for (const [memberId, own] of byMember) await applyToReceipts(trx, memberId, own, now);
      await recordAudit(trx, {
        at: now,
        actor,
        action: 'subsidy.list_imported',
        subject: { type: 'subsidy_import', id: importId },
        details: {
          list,
          asOf,
          rows: report.rows,
          matched: report.matched,
          waiting: report.waiting,
          unchanged: report.unchanged,
        },
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw conflict(
      'import_raced',
      'The same rows were imported by someone else at this moment; import the file again to see what is left.',
    );
  }
  report.written = true;
  return report;
}
