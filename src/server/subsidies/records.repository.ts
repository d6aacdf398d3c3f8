/** SQL of the subsidy register's history: imports, records, the queue, and the month's report. */
import type { Kysely } from 'kysely';
import type { BureauList } from '../../shared/subsidies/bureau-lists';
import type { Database } from '../db/schema';
import type {
  RecordState,
  SubsidyImportRow,
  SubsidyImportTable,
  SubsidyRecordRow,
  SubsidyRecordTable,
} from './records.table';
import type { MemberSubsidyRow } from './subsidies.table';

/** SQLite caps a statement's parameters: long lists are asked in slices of this many. */
const SLICE = 500;

function slices<T>(all: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += SLICE) out.push(all.slice(i, i + SLICE));
  return out;
}

/** Which of these row keys are already on record. */
export async function existingRowKeys(
  db: Kysely<Database>,
  keys: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of slices(keys)) {
    const rows = await db
      .selectFrom('subsidy_records')
      .select('row_key')
      .where('row_key', 'in', part)
      .execute();
    for (const row of rows) found.add(row.row_key);
  }
  return found;
}

/** ID numbers among these that the desk has dismissed before. */
export async function dismissedIdNumbers(
  db: Kysely<Database>,
  idNumbers: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of slices(idNumbers)) {
    const rows = await db
      .selectFrom('subsidy_records')
      .select('id_number')
      .distinct()
      .where('state', '=', 'dismissed')
      .where('id_number', 'in', part)
      .execute();
    for (const row of rows) if (row.id_number) found.add(row.id_number);
  }
  return found;
}

export async function insertImport(trx: Kysely<Database>, row: SubsidyImportTable): Promise<void> {
  await trx.insertInto('subsidy_imports').values(row).execute();
}

export async function insertRecords(
  trx: Kysely<Database>,
  rows: readonly SubsidyRecordTable[],
): Promise<void> {
  // 16 columns a row: a slice of 500 would pass SQLite's parameter cap.
  for (const part of slices(rows))
    for (let i = 0; i < part.length; i += 50)
      await trx
        .insertInto('subsidy_records')
        .values(part.slice(i, i + 50))
        .execute();
}

/** The imports, newest first. */
export function selectImports(db: Kysely<Database>, limit: number): Promise<SubsidyImportRow[]> {
  return db
    .selectFrom('subsidy_imports')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The newest "as of" month of each list imported. */
export async function currentAsOf(db: Kysely<Database>): Promise<Map<BureauList, string>> {
  const rows = await db
    .selectFrom('subsidy_imports')
    .select(['list', (eb) => eb.fn.max('as_of').as('as_of')])
    .groupBy('list')
    .execute();
  return new Map(rows.map((r) => [r.list, String(r.as_of)]));
}

/** Waiting rows, oldest first, with the month their import is as of. */
export function selectWaiting(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom('subsidy_records as r')
    .leftJoin('subsidy_imports as i', 'i.id', 'r.import_id')
    .select([
      'r.id',
      'r.kind',
      'r.id_number',
      'r.name',
      'r.programme_id',
      'r.month',
      'r.fen',
      'r.reason',
      'r.line',
      'i.as_of',
    ])
    .where('r.state', '=', 'waiting')
    .orderBy('r.created_at')
    .orderBy('r.line')
    .limit(limit)
    .execute();
}

export async function countWaiting(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('subsidy_records')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('state', '=', 'waiting')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function findRecord(
  db: Kysely<Database>,
  id: string,
): Promise<SubsidyRecordRow | undefined> {
  return db.selectFrom('subsidy_records').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every waiting row of this ID number, in the order they should take effect. */
export function selectWaitingOf(
  db: Kysely<Database>,
  idNumber: string,
): Promise<SubsidyRecordRow[]> {
  return db
    .selectFrom('subsidy_records')
    .selectAll()
    .where('state', '=', 'waiting')
    .where('id_number', '=', idNumber)
    .orderBy('month')
    .orderBy('created_at')
    .execute();
}

/** Gives rows a member (matched) or none (dismissed). */
export async function decideRecords(
  trx: Kysely<Database>,
  ids: readonly string[],
  state: RecordState,
  memberId: string | null,
): Promise<void> {
  for (const part of slices(ids))
    await trx
      .updateTable('subsidy_records')
      .set({ state, member_id: memberId })
      .where('id', 'in', part)
      .execute();
}

/** What the member receives from one programme now, or undefined. */
export function findReceipt(
  db: Kysely<Database>,
  memberId: string,
  programmeId: string,
): Promise<MemberSubsidyRow | undefined> {
  return db
    .selectFrom('member_subsidies')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
}

export async function upsertReceipt(trx: Kysely<Database>, row: MemberSubsidyRow): Promise<void> {
  await trx
    .deleteFrom('member_subsidies')
    .where('member_id', '=', row.member_id)
    .where('programme_id', '=', row.programme_id)
    .execute();
  await trx.insertInto('member_subsidies').values(row).execute();
}

export async function deleteReceipt(
  trx: Kysely<Database>,
  memberId: string,
  programmeId: string,
): Promise<void> {
  await trx
    .deleteFrom('member_subsidies')
    .where('member_id', '=', memberId)
    .where('programme_id', '=', programmeId)
    .execute();
}

/**
 * A member's records, newest month first (within one list, the later line first), with the month
 * of the list each came from.
 */
export function selectMemberRecords(db: Kysely<Database>, memberId: string) {
  return db
    .selectFrom('subsidy_records as r')
    .leftJoin('subsidy_imports as i', 'i.id', 'r.import_id')
    .select(['r.kind', 'r.programme_id', 'r.month', 'r.fen', 'r.reason', 'i.as_of'])
    .where('r.member_id', '=', memberId)
    .where('r.state', '=', 'matched')
    .orderBy('r.month', 'desc')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.line', 'desc')
    .execute();
}

/** The month's payments per programme: people and fen, summed by the database in integers. */
export function paymentsByProgramme(db: Kysely<Database>, month: string) {
  return db
    .selectFrom('subsidy_records')
    .select([
      'programme_id',
      (eb) => eb.fn.count<number>('member_id').distinct().as('people'),
      (eb) => eb.fn.sum<number>('fen').as('fen'),
      (eb) => eb.fn.countAll<number>().as('payments'),
    ])
    .where('kind', '=', 'payment')
    .where('state', '=', 'matched')
    .where('month', '=', month)
    .groupBy('programme_id')
    .orderBy('programme_id')
    .execute();
}

/** How many members were paid in the month by any programme (each counted once). */
export async function peoplePaid(db: Kysely<Database>, month: string): Promise<number> {
  const row = await db
    .selectFrom('subsidy_records')
    .select((eb) => eb.fn.count<number>('member_id').distinct().as('n'))
    .where('kind', '=', 'payment')
    .where('state', '=', 'matched')
    .where('month', '=', month)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
