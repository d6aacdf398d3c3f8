/**
 * All SQL for emergency calls, service requests, their notes and the help event log (escalation
 * tries have escalation.repository.ts). The first argument is the database or the caller's
 * transaction; a transaction sees its own writes.
 */
import { type Insertable, type Kysely, sql } from 'kysely';
import type { HelpCallKind, HelpCallStatus, ServiceStatus } from '../../shared/help/changes';
import { lockUntilCommit } from '../db/publish-lock';
import type { Database } from '../db/schema';
import type {
  HelpCallRow,
  HelpCallTable,
  HelpEventRow,
  HelpEventTable,
  ServiceNoteTable,
  ServiceRequestRow,
  ServiceRequestTable,
} from './help.table';

type Db = Kysely<Database>;

/** Whether a member with this id is on the register. */
export async function memberExists(trx: Db, id: string): Promise<boolean> {
  const row = await trx.selectFrom('members').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

// ---- Calls ------------------------------------------------------------------------------------

/** A call with the kiosk's place, the member's contacts and the staff names joined in. */
/** The member's name and contacts, as calls and requests both join them (alias m). */
const MEMBER_COLUMNS = [
  'm.name as member_name',
  'm.phone as member_phone',
  'm.address as member_address',
  'm.emergency_name as member_emergency_name',
  'm.emergency_phone as member_emergency_phone',
  'm.emergency_relation as member_emergency_relation',
  'm.categories as member_categories',
] as const;

function callQuery(db: Db) {
  return db
    .selectFrom('help_calls as c')
    .leftJoin('kiosks as k', 'k.id', 'c.kiosk_id')
    .leftJoin('members as m', 'm.id', 'c.member_id')
    .leftJoin('staff_accounts as a', 'a.id', 'c.ack_by')
    .leftJoin('staff_accounts as r', 'r.id', 'c.resolved_by')
    .selectAll('c')
    .select([
      'k.name as kiosk_name',
      'k.location as kiosk_location',
      ...MEMBER_COLUMNS,
      'a.name as ack_name',
      'r.name as resolved_name',
    ]);
}

/** A call row as every call view is made from. */
export type CallJoined = Awaited<ReturnType<ReturnType<typeof callQuery>['execute']>>[number];

/** One call, joined, or undefined. */
export function selectCallJoined(db: Db, id: string): Promise<CallJoined | undefined> {
  return callQuery(db).where('c.id', '=', id).executeTakeFirst();
}

/** Calls in `statuses`, oldest received first, at most `limit`. */
export function selectCallsByStatus(
  db: Db,
  statuses: readonly HelpCallStatus[],
  limit: number,
): Promise<CallJoined[]> {
  return callQuery(db)
    .where('c.status', 'in', statuses)
    .orderBy('c.received_at')
    .orderBy('c.id')
    .limit(limit)
    .execute();
}

/** Calls received in [start, end) (ISO instants), newest first, at most `limit`. */
export function selectCallsReceived(
  db: Db,
  start: string,
  end: string,
  limit: number,
): Promise<CallJoined[]> {
  return callQuery(db)
    .where('c.received_at', '>=', start)
    .where('c.received_at', '<', end)
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
}

/** One call's own row, or undefined. */
export function selectCall(trx: Db, id: string): Promise<HelpCallRow | undefined> {
  return trx.selectFrom('help_calls').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether a call with this id exists. */
export async function callExists(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('help_calls')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Acknowledges the call if it is still open; false when it was not (conditional, so two staff
 * acknowledging at once leave the first one's name).
 */
export async function acknowledgeOpenCall(
  trx: Db,
  id: string,
  staffId: string,
  at: string,
): Promise<boolean> {
  const updated = await trx
    .updateTable('help_calls')
    .set((eb) => ({
      status: 'acknowledged',
      ack_by: staffId,
      ack_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Closes the call if it is still open or acknowledged; false when someone closed it first. */
export async function closeLiveCall(
  trx: Db,
  id: string,
  close: {
    status: 'resolved' | 'false-alarm';
    resolvedBy: string;
    at: string;
    note: string | null;
  },
): Promise<boolean> {
  const updated = await trx
    .updateTable('help_calls')
    .set((eb) => ({
      status: close.status,
      resolved_by: close.resolvedBy,
      closed_at: close.at,
      note: close.note,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', 'in', ['open', 'acknowledged'])
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Stores a new call. */
export async function insertCall(trx: Db, row: Insertable<HelpCallTable>): Promise<void> {
  await trx.insertInto('help_calls').values(row).execute();
}

/** The kiosk's newest call in `statuses` (the one a new press joins), or undefined. */
export function selectLiveCall(
  trx: Db,
  kioskId: string,
  kind: HelpCallKind,
  statuses: readonly HelpCallStatus[],
): Promise<Pick<HelpCallRow, 'id' | 'member_id'> | undefined> {
  return trx
    .selectFrom('help_calls')
    .select(['id', 'member_id'])
    .where('kiosk_id', '=', kioskId)
    .where('kind', '=', kind)
    .where('status', 'in', statuses)
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

// Any fixed number: the first key of the per-kiosk call lock ("nxhc").
const CALL_LOCK = 0x6e786863;

/**
 * Makes a kiosk's presses look for its live call one at a time, until the transaction commits.
 * PostgreSQL reads committed rows only, so two pushes in flight together would each find no live
 * call and open one of their own; after this lock the later one sees the earlier one's call and
 * joins it. Other kiosks never wait. SQLite writers go one at a time already.
 */
export async function lockKioskCalls(trx: Db, kioskId: string): Promise<void> {
  await lockUntilCommit(trx, CALL_LOCK, kioskId);
}

/** Counts one more press of the call, naming its member when `memberId` is given. */
export async function addPress(
  trx: Db,
  id: string,
  memberId: string | null,
  memberChecked: number,
): Promise<void> {
  await trx
    .updateTable('help_calls')
    .set((eb) => ({
      presses: eb('presses', '+', 1),
      version: eb('version', '+', 1),
      ...(memberId !== null ? { member_id: memberId, member_checked: memberChecked } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

/** Up to 100 calls still in the kiosks' feed that were closed at or before `before`. */
export function selectStaleFeedCalls(trx: Db, before: string): Promise<{ id: string }[]> {
  return trx
    .selectFrom('help_calls')
    .select('id')
    .where('in_feed', '=', 1)
    .where('status', 'in', ['resolved', 'false-alarm'])
    .where('closed_at', '<=', before)
    .limit(100)
    .execute();
}

/** Notes that the call's item is no longer in the kiosks' feed. */
export async function markCallOutOfFeed(trx: Db, id: string): Promise<void> {
  await trx.updateTable('help_calls').set({ in_feed: 0 }).where('id', '=', id).execute();
}

/**
 * What the monthly report reads of each emergency received in [start, end). Its figures (false
 * alarms, escalations, time to answer) are the emergencies'; a call for staff is not one.
 */
export function selectReportCalls(db: Db, start: string, end: string) {
  return db
    .selectFrom('help_calls')
    .select(['status', 'received_at', 'ack_at', 'closed_at', 'escalated_at'])
    .where('kind', '=', 'emergency')
    .where('received_at', '>=', start)
    .where('received_at', '<', end)
    .execute();
}

// ---- Service requests -------------------------------------------------------------------------

/** Requests with their assignee's row joined from the list `assignee_kind` names (a or p). */
function requestsWithAssignee(db: Db) {
  return db
    .selectFrom('service_requests as s')
    .leftJoin('staff_accounts as a', (join) =>
      join.onRef('a.id', '=', 's.assignee_id').on('s.assignee_kind', '=', 'staff'),
    )
    .leftJoin('people as p', (join) =>
      join.onRef('p.id', '=', 's.assignee_id').on('s.assignee_kind', '=', 'person'),
    );
}

/** The assignee's name, from the staff accounts or the people list as `assignee_kind` says. */
const assigneeName = sql<string | null>`coalesce(a.name, p.name)`.as('assignee_name');

/** A request with the member's contacts and the assignee's name joined in (notes separately). */
function requestQuery(db: Db) {
  return requestsWithAssignee(db)
    .leftJoin('members as m', 'm.id', 's.member_id')
    .selectAll('s')
    .select([...MEMBER_COLUMNS, assigneeName]);
}

/** A request row as every request view is made from. */
export type RequestJoined = Awaited<ReturnType<ReturnType<typeof requestQuery>['execute']>>[number];

/** One request, joined, or undefined. */
export function selectRequestJoined(db: Db, id: string): Promise<RequestJoined | undefined> {
  return requestQuery(db).where('s.id', '=', id).executeTakeFirst();
}

/** Which requests the console's queue lists. */
export interface RequestFilter {
  status?: ServiceStatus | undefined;
  memberId?: string | undefined;
  /** False: complaints are left out. */
  complaints: boolean;
}

/** One page of the queue, newest first, and how many match in all. */
export async function selectRequestPage(
  db: Db,
  filter: RequestFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: RequestJoined[]; total: number }> {
  let query = requestQuery(db);
  let count = db.selectFrom('service_requests as s').select((eb) => eb.fn.countAll().as('n'));
  if (filter.status) {
    query = query.where('s.status', '=', filter.status);
    count = count.where('s.status', '=', filter.status);
  }
  if (filter.memberId) {
    query = query.where('s.member_id', '=', filter.memberId);
    count = count.where('s.member_id', '=', filter.memberId);
  }
  if (!filter.complaints) {
    query = query.where('s.complaint', '=', 0);
    count = count.where('s.complaint', '=', 0);
  }
  const rows = await query
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total = Number((await count.executeTakeFirst())?.n ?? 0);
  return { rows, total };
}

/** The notes of `requestIds`, oldest first, with each writer's name. */
export function selectNotes(db: Db, requestIds: readonly string[]) {
  return db
    .selectFrom('service_notes as n')
    .leftJoin('staff_accounts as a', 'a.id', 'n.staff_id')
    .select(['n.request_id', 'n.at', 'n.staff_id', 'n.text', 'a.name'])
    .where('n.request_id', 'in', requestIds)
    .orderBy('n.at')
    .orderBy('n.id')
    .execute();
}

/**
 * A member's requests made since `since` or still in `openStatuses`, newest first, at most
 * `limit`, with the assignee's name.
 */
export function selectMemberRequestRows(
  trx: Db,
  memberId: string,
  since: string,
  openStatuses: readonly ServiceStatus[],
  limit: number,
) {
  return requestsWithAssignee(trx)
    .selectAll('s')
    .select(assigneeName)
    .where('s.member_id', '=', memberId)
    .where((eb) => eb.or([eb('s.created_at', '>=', since), eb('s.status', 'in', openStatuses)]))
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
}

/** One request's own row, or undefined. */
export function selectRequest(trx: Db, id: string): Promise<ServiceRequestRow | undefined> {
  return trx.selectFrom('service_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

// Any fixed number: the first key of the per-member 帮我申请 lock ("nxsa").
const APPLY_LOCK = 0x6e787361;

/**
 * Makes a member's appointment requests look for an open one one at a time, until the
 * transaction commits: two kiosks sending the same member's 帮我申请 together then make one
 * request, not two (PostgreSQL reads committed rows only; SQLite writers go one at a time).
 */
export async function lockMemberApplications(trx: Db, memberId: string): Promise<void> {
  await lockUntilCommit(trx, APPLY_LOCK, memberId);
}

/** The member's request about `programmeId` still in `statuses` (the one a new tap joins). */
export function selectOpenProgrammeRequest(
  trx: Db,
  memberId: string,
  programmeId: string,
  statuses: readonly ServiceStatus[],
): Promise<{ id: string } | undefined> {
  return trx
    .selectFrom('service_requests')
    .select('id')
    .where('member_id', '=', memberId)
    .where('programme_id', '=', programmeId)
    .where('status', 'in', statuses)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The member's open requests of `category`, each with its programme and when it was made. */
export function selectOpenProgrammeRequests(
  db: Db,
  memberId: string,
  category: string,
  statuses: readonly ServiceStatus[],
): Promise<{ programme_id: string | null; created_at: string }[]> {
  return db
    .selectFrom('service_requests')
    .select(['programme_id', 'created_at'])
    .where('member_id', '=', memberId)
    .where('category', '=', category)
    .where('status', 'in', statuses)
    .orderBy('created_at', 'asc')
    .execute();
}

/** Stores a new request. */
export async function insertRequest(trx: Db, row: Insertable<ServiceRequestTable>): Promise<void> {
  await trx.insertInto('service_requests').values(row).execute();
}

/** Gives the request to someone, with its status and the plan told to the elder. */
export async function updateRequestAssignment(
  trx: Db,
  id: string,
  set: Pick<
    ServiceRequestTable,
    'status' | 'assignee_id' | 'plan_day' | 'plan_part' | 'updated_at'
  > & { assignee_kind: 'staff' | 'person' },
): Promise<void> {
  await trx.updateTable('service_requests').set(set).where('id', '=', id).execute();
}

/** Moves the request to `status`. */
export async function updateRequestStatus(
  trx: Db,
  id: string,
  status: ServiceStatus,
  at: string,
): Promise<void> {
  await trx
    .updateTable('service_requests')
    .set({ status, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Marks the request changed at `at` (a note was added). */
export async function touchRequest(trx: Db, id: string, at: string): Promise<void> {
  await trx.updateTable('service_requests').set({ updated_at: at }).where('id', '=', id).execute();
}

/** Stores a staff note on a request. */
export async function insertNote(trx: Db, row: ServiceNoteTable): Promise<void> {
  await trx.insertInto('service_notes').values(row).execute();
}

/** A staff account's name and whether it is disabled (for assigning), or undefined. */
export function selectAssignee(trx: Db, staffId: string) {
  return trx
    .selectFrom('staff_accounts')
    .select(['id', 'name', 'disabled'])
    .where('id', '=', staffId)
    .executeTakeFirst();
}

/** Requests created in [start, end), counted by category and status. */
export function countRequestsByCategory(db: Db, start: string, end: string) {
  return db
    .selectFrom('service_requests')
    .select(['category', 'status', (eb) => eb.fn.countAll().as('n')])
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .groupBy(['category', 'status'])
    .orderBy('category')
    .orderBy('status')
    .execute();
}

// ---- The help event log -----------------------------------------------------------------------

/** Appends one event; its id is handed out by the database. */
export async function insertHelpEvent(trx: Db, row: Omit<HelpEventTable, 'id'>): Promise<void> {
  await trx.insertInto('help_events').values(row).execute();
}

/** Up to `limit` events after `afterId`, oldest first; complaints only when `complaints`. */
export function selectHelpEventsAfter(
  db: Db,
  afterId: number,
  limit: number,
  complaints: boolean,
): Promise<HelpEventRow[]> {
  let query = db.selectFrom('help_events').selectAll().where('id', '>', afterId);
  if (!complaints) query = query.where('complaint', '=', 0);
  return query.orderBy('id').limit(limit).execute();
}

/** The newest event id, or 0 when there is none. */
export async function lastHelpEventId(db: Db): Promise<number> {
  const row = await db
    .selectFrom('help_events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return row?.id === null || row?.id === undefined ? 0 : Number(row.id);
}
