/**
 * What staff do with calls and requests in the console: acknowledge, resolve, call a false alarm;
 * assign, move along, note. Each change is one transaction with its audit entry, the kiosks'
 * feed item and the consoles' logged event; the routes pump the event out after the commit.
 * Complaints are for admins only: to anyone else they do not exist (404, left out of lists).
 */
import type { Kysely } from 'kysely';
import { addDays, zonedInstant } from '../../shared/centre/zoned';
import type {
  EscalationAttemptView,
  HelpCallView,
  ServiceRequestView,
} from '../../shared/help/api-types';
import type { ServicePlan, ServiceStatus } from '../../shared/help/changes';
import { can } from '../../shared/staff/roles';
import { type Actor, recordAudit } from '../audit/audit.service';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, conflict, notFound } from '../http/errors';
import { actorOf, type StaffPrincipal } from '../staff/login.service';
import { escalationTries } from './escalation.repository';
import { afterRequestChange, sweepClosedCalls } from './help.appliers';
import { recordHelpEvent } from './help.events';
import type { HelpCallRow, ServiceRequestRow } from './help.table';
import {
  callQuery,
  loadCallView,
  publishCall,
  requestQuery,
  toCallViews,
  toRequestViews,
} from './help.views';

/** The most calls one list answers (a year of a busy centre fits; narrow the dates for more). */
const MAX_CALLS = 2000;
/** Service requests per page of the console's queue. */
export const REQUESTS_PAGE_SIZE = 50;

/** Complaints may be about the staff themselves: only `help.requests.complaints` sees them. */
const seesComplaints = (staff: StaffPrincipal) => can(staff.role, 'help.requests.complaints');

/** Calls still needing someone (open or acknowledged), oldest first: the top of the console. */
export async function activeCalls(db: Kysely<Database>): Promise<HelpCallView[]> {
  const rows = await callQuery(db)
    .where('c.status', 'in', ['open', 'acknowledged'])
    .orderBy('c.received_at')
    .orderBy('c.id')
    .limit(MAX_CALLS)
    .execute();
  return toCallViews(db, rows);
}

/** Calls received from `from` to `to` (centre days, inclusive), newest first, cancelled ones too. */
export async function callsBetween(
  db: Kysely<Database>,
  from: string,
  to: string,
  timeZone: string,
): Promise<HelpCallView[]> {
  const start = zonedInstant(from, '00:00', timeZone).toISOString();
  const end = zonedInstant(addDays(to, 1), '00:00', timeZone).toISOString();
  const rows = await callQuery(db)
    .where('c.received_at', '>=', start)
    .where('c.received_at', '<', end)
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(MAX_CALLS)
    .execute();
  return toCallViews(db, rows);
}

async function lockedCall(trx: Kysely<Database>, id: string): Promise<HelpCallRow> {
  const call = await trx
    .selectFrom('help_calls')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!call) throw notFound('There is no emergency call with this id.', 'no_such_call');
  if (call.status === 'cancelled')
    throw conflict('call_closed', 'This call was cancelled on the kiosk; there is nothing to do.');
  return call;
}

async function finishCallChange(
  trx: Kysely<Database>,
  id: string,
  actor: Actor,
  action: string,
  details: Record<string, unknown>,
  now: Date,
): Promise<HelpCallView> {
  await recordAudit(trx, { at: now, actor, action, subject: { type: 'help_call', id }, details });
  await sweepClosedCalls(trx, now);
  const view = await loadCallView(trx, id);
  if (!view) throw new Error(`help call ${id} vanished inside its own transaction`);
  await publishCall(trx, view, now);
  await recordHelpEvent(trx, { type: 'help.call', view }, now);
  return view;
}

const closedMessage = (status: string) =>
  status === 'false-alarm'
    ? 'This call was already marked a false alarm.'
    : 'This call was already resolved.';

/**
 * "I am coming": names the staff member to the elder. A call already acknowledged answers as it
 * is (two staff pressing at once both see who took it); a closed call cannot be.
 */
export async function acknowledgeCall(
  db: Kysely<Database>,
  staff: StaffPrincipal,
  id: string,
  now: Date,
): Promise<{ view: HelpCallView; changed: boolean }> {
  return db.transaction().execute(async (trx) => {
    const call = await lockedCall(trx, id);
    if (call.status === 'resolved' || call.status === 'false-alarm')
      throw conflict('call_closed', closedMessage(call.status));
    // Conditional, so two staff acknowledging at once leave the first one's name.
    const updated = await trx
      .updateTable('help_calls')
      .set((eb) => ({
        status: 'acknowledged',
        ack_by: staff.accountId,
        ack_at: now.toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      const view = await loadCallView(trx, id);
      if (!view) throw notFound('There is no emergency call with this id.', 'no_such_call');
      return { view, changed: false };
    }
    const view = await finishCallChange(trx, id, actorOf(staff), 'help.acknowledged', {}, now);
    return { view, changed: true };
  });
}

/** Closes a call as resolved (with an optional note) or as a false alarm (with its reason). */
export async function closeCall(
  db: Kysely<Database>,
  staff: StaffPrincipal,
  id: string,
  outcome: { status: 'resolved'; note: string | null } | { status: 'false-alarm'; reason: string },
  now: Date,
): Promise<HelpCallView> {
  return db.transaction().execute(async (trx) => {
    const call = await lockedCall(trx, id);
    if (call.status === 'resolved' || call.status === 'false-alarm')
      throw conflict('call_closed', closedMessage(call.status));
    const note = outcome.status === 'resolved' ? outcome.note : outcome.reason;
    const updated = await trx
      .updateTable('help_calls')
      .set((eb) => ({
        status: outcome.status,
        resolved_by: staff.accountId,
        closed_at: now.toISOString(),
        note,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('status', 'in', ['open', 'acknowledged'])
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      throw conflict('call_closed', 'Someone else closed this call just now.');
    return finishCallChange(
      trx,
      id,
      actorOf(staff),
      outcome.status === 'resolved' ? 'help.resolved' : 'help.false_alarm',
      { from: call.status, note },
      now,
    );
  });
}

/** Every escalation attempt of a call, first first. */
export async function escalationAttempts(
  db: Kysely<Database>,
  id: string,
): Promise<EscalationAttemptView[]> {
  const call = await db
    .selectFrom('help_calls')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!call) throw notFound('There is no emergency call with this id.', 'no_such_call');
  return escalationTries(db, id);
}

/** One page of the queue, newest first; complaints only for admins. */
export async function listRequests(
  db: Kysely<Database>,
  staff: StaffPrincipal,
  filter: { status?: ServiceStatus | undefined; memberId?: string | undefined; page: number },
): Promise<{ requests: ServiceRequestView[]; total: number }> {
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
  if (!seesComplaints(staff)) {
    query = query.where('s.complaint', '=', 0);
    count = count.where('s.complaint', '=', 0);
  }
  const rows = await query
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(REQUESTS_PAGE_SIZE)
    .offset((filter.page - 1) * REQUESTS_PAGE_SIZE)
    .execute();
  const total = Number((await count.executeTakeFirst())?.n ?? 0);
  return { requests: await toRequestViews(db, rows), total };
}

function hiddenRequest(): AppError {
  return notFound('There is no service request with this id.', 'no_such_request');
}

/** One request (404 for a complaint asked for by someone who is not an admin). */
export async function getRequest(
  db: Kysely<Database>,
  staff: StaffPrincipal,
  id: string,
): Promise<ServiceRequestView> {
  const row = await requestQuery(db).where('s.id', '=', id).executeTakeFirst();
  if (!row || (Number(row.complaint) === 1 && !seesComplaints(staff))) throw hiddenRequest();
  const [view] = await toRequestViews(db, [row]);
  if (!view) throw hiddenRequest();
  return view;
}

async function visibleRequest(
  trx: Kysely<Database>,
  staff: StaffPrincipal,
  id: string,
): Promise<ServiceRequestRow> {
  const row = await trx
    .selectFrom('service_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || (Number(row.complaint) === 1 && !seesComplaints(staff))) throw hiddenRequest();
  return row;
}

async function finishRequestChange(
  trx: Kysely<Database>,
  id: string,
  staff: StaffPrincipal,
  action: string,
  details: Record<string, unknown>,
  now: Date,
): Promise<ServiceRequestView> {
  await recordAudit(trx, {
    at: now,
    actor: actorOf(staff),
    action,
    subject: { type: 'service_request', id },
    details,
  });
  return afterRequestChange(trx, id, now);
}

/**
 * Gives the request to a staff member (an enabled account), with the plan told to the elder
 * ("明天上午"). A new request becomes "assigned"; one in progress keeps going with its new person.
 */
export async function assignRequest(
  db: Kysely<Database>,
  staff: StaffPrincipal,
  id: string,
  input: { staffId: string; plan: ServicePlan | null },
  now: Date,
): Promise<ServiceRequestView> {
  return db.transaction().execute(async (trx) => {
    const request = await visibleRequest(trx, staff, id);
    if (request.status === 'done' || request.status === 'cancelled')
      throw conflict(
        'request_closed',
        `This request is ${request.status === 'done' ? 'done' : 'cancelled'}; it cannot be assigned.`,
      );
    const assignee = await trx
      .selectFrom('staff_accounts')
      .select(['id', 'name', 'disabled'])
      .where('id', '=', input.staffId)
      .executeTakeFirst();
    if (!assignee)
      throw new AppError(400, 'unknown_staff', 'There is no staff account with this staffId.', {
        fields: [{ path: 'staffId', message: 'There is no staff account with this id.' }],
      });
    if (Number(assignee.disabled) === 1)
      throw new AppError(
        400,
        'staff_disabled',
        `${assignee.name}'s account is disabled; choose someone else.`,
        { fields: [{ path: 'staffId', message: 'This account is disabled.' }] },
      );
    const status = request.status === 'in-progress' ? 'in-progress' : 'assigned';
    await trx
      .updateTable('service_requests')
      .set({
        status,
        assignee_id: assignee.id,
        plan_day: input.plan?.day ?? null,
        plan_part: input.plan?.part ?? null,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return finishRequestChange(
      trx,
      id,
      staff,
      'help.assigned',
      { staffId: assignee.id, staffName: assignee.name, plan: input.plan, from: request.status },
      now,
    );
  });
}

/** Where a request may go from each status by the status route ("assigned" needs someone). */
const NEXT: Record<ServiceStatus, readonly ServiceStatus[]> = {
  new: ['in-progress', 'done', 'cancelled'],
  assigned: ['in-progress', 'done', 'cancelled'],
  'in-progress': ['assigned', 'done', 'cancelled'],
  done: ['in-progress'],
  cancelled: [],
};

export async function setRequestStatus(
  db: Kysely<Database>,
  staff: StaffPrincipal,
  id: string,
  status: ServiceStatus,
  now: Date,
): Promise<ServiceRequestView> {
  return db.transaction().execute(async (trx) => {
    const request = await visibleRequest(trx, staff, id);
    if (request.status === status) {
      const [view] = await toRequestViews(
        trx,
        await requestQuery(trx).where('s.id', '=', id).execute(),
      );
      if (!view) throw hiddenRequest();
      return view;
    }
    if (!NEXT[request.status].includes(status))
      throw conflict(
        'request_status',
        request.status === 'cancelled'
          ? 'This request was cancelled; it cannot change any more.'
          : status === 'new' || status === 'assigned'
            ? 'To give the request to someone, use Assign.'
            : `A request that is ${request.status} cannot become ${status}.`,
      );
    if (status === 'assigned' && request.assignee_id === null)
      throw conflict('request_status', 'Nobody is assigned yet; use Assign.');
    await trx
      .updateTable('service_requests')
      .set({ status, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    return finishRequestChange(
      trx,
      id,
      staff,
      'help.status_changed',
      { from: request.status, to: status },
      now,
    );
  });
}

export async function addRequestNote(
  db: Kysely<Database>,
  staff: StaffPrincipal,
  id: string,
  text: string,
  now: Date,
): Promise<ServiceRequestView> {
  return db.transaction().execute(async (trx) => {
    await visibleRequest(trx, staff, id);
    await trx
      .insertInto('service_notes')
      .values({
        id: newId(now.getTime()),
        request_id: id,
        at: now.toISOString(),
        staff_id: staff.accountId,
        text,
      })
      .execute();
    await trx
      .updateTable('service_requests')
      .set({ updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    return finishRequestChange(trx, id, staff, 'help.noted', { text }, now);
  });
}
