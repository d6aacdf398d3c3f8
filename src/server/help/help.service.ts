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
  StaffRef,
} from '../../shared/help/api-types';
import type { ServicePlan, ServiceStatus } from '../../shared/help/changes';
import { can } from '../../shared/staff/roles';
import { type Actor, recordAudit } from '../audit/audit.service';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, conflict, notFound } from '../http/errors';
import { activeFieldWorkers, findPersonRow } from '../people/people.service';
import { actorOf, type StaffPrincipal } from '../staff/login.service';
import { enabledAccounts } from '../staff/staff.service';
import { escalationTries } from './escalation.repository';
import { afterRequestChange, sweepClosedCalls } from './help.appliers';
import { recordHelpEvent } from './help.events';
import {
  acknowledgeOpenCall,
  callExists,
  closeLiveCall,
  insertNote,
  selectAssignee,
  selectCall,
  selectCallsByStatus,
  selectCallsReceived,
  selectRequest,
  selectRequestJoined,
  selectRequestPage,
  touchRequest,
  updateRequestAssignment,
  updateRequestStatus,
} from './help.repository';
import type { HelpCallRow, ServiceRequestRow } from './help.table';
import { loadCallView, publishCall, toCallViews, toRequestViews } from './help.views';

/** The most calls one list answers (a year of a busy centre fits; narrow the dates for more). */
const MAX_CALLS = 2000;
/** Service requests per page of the console's queue. */
export const REQUESTS_PAGE_SIZE = 50;

/** Complaints may be about the staff themselves: only `help.requests.complaints` sees them. */
const seesComplaints = (staff: StaffPrincipal) => can(staff.role, 'help.requests.complaints');

/** Calls still needing someone (open or acknowledged), oldest first: the top of the console. */
export async function activeCalls(db: Kysely<Database>): Promise<HelpCallView[]> {
  const rows = await selectCallsByStatus(db, ['open', 'acknowledged'], MAX_CALLS);
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
  const rows = await selectCallsReceived(db, start, end, MAX_CALLS);
  return toCallViews(db, rows);
}

async function lockedCall(trx: Kysely<Database>, id: string): Promise<HelpCallRow> {
  const call = await selectCall(trx, id);
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
    const changed = await acknowledgeOpenCall(trx, id, staff.accountId, now.toISOString());
    if (!changed) {
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
    const closed = await closeLiveCall(trx, id, {
      status: outcome.status,
      resolvedBy: staff.accountId,
      at: now.toISOString(),
      note,
    });
    if (!closed) throw conflict('call_closed', 'Someone else closed this call just now.');
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
  if (!(await callExists(db, id)))
    throw notFound('There is no emergency call with this id.', 'no_such_call');
  return escalationTries(db, id);
}

/** One page of the queue, newest first; complaints only for admins. */
export async function listRequests(
  db: Kysely<Database>,
  staff: StaffPrincipal,
  filter: { status?: ServiceStatus | undefined; memberId?: string | undefined; page: number },
): Promise<{ requests: ServiceRequestView[]; total: number }> {
  const { rows, total } = await selectRequestPage(
    db,
    { status: filter.status, memberId: filter.memberId, complaints: seesComplaints(staff) },
    { limit: REQUESTS_PAGE_SIZE, offset: (filter.page - 1) * REQUESTS_PAGE_SIZE },
  );
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
  const row = await selectRequestJoined(db, id);
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
  const row = await selectRequest(trx, id);
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
 * Gives the request to a staff member (an enabled account) or a field worker (active on the
 * people list), with the plan told to the elder ("明天上午 李师傅 上门"). A new request becomes
 * "assigned"; one in progress keeps going with its new person.
 */
export async function assignRequest(
  db: Kysely<Database>,
  staff: StaffPrincipal,
  id: string,
  input: { staffId?: string | undefined; personId?: string | undefined; plan: ServicePlan | null },
  now: Date,
): Promise<ServiceRequestView> {
  return db.transaction().execute(async (trx) => {
    const request = await visibleRequest(trx, staff, id);
    if (request.status === 'done' || request.status === 'cancelled')
      throw conflict(
        'request_closed',
        `This request is ${request.status === 'done' ? 'done' : 'cancelled'}; it cannot be assigned.`,
      );
    const assignee =
      input.personId !== undefined
        ? await fieldWorkerAssignee(trx, input.personId)
        : await staffAssignee(trx, input.staffId ?? '');
    const status = request.status === 'in-progress' ? 'in-progress' : 'assigned';
    await updateRequestAssignment(trx, id, {
      status,
      assignee_id: assignee.id,
      assignee_kind: assignee.kind,
      plan_day: input.plan?.day ?? null,
      plan_part: input.plan?.part ?? null,
      updated_at: now.toISOString(),
    });
    const who = assignee.kind === 'staff' ? { staffId: assignee.id } : { personId: assignee.id };
    return finishRequestChange(
      trx,
      id,
      staff,
      'help.assigned',
      { ...who, staffName: assignee.name, plan: input.plan, from: request.status },
      now,
    );
  });
}

type Assignee = { id: string; name: string; kind: 'staff' | 'person' };

async function staffAssignee(trx: Kysely<Database>, staffId: string): Promise<Assignee> {
  const found = await selectAssignee(trx, staffId);
  if (!found)
    throw new AppError(400, 'unknown_staff', 'There is no staff account with this staffId.', {
      fields: [{ path: 'staffId', message: 'There is no staff account with this id.' }],
    });
  if (Number(found.disabled) === 1)
    throw new AppError(
      400,
      'staff_disabled',
      `${found.name}'s account is disabled; choose someone else.`,
      { fields: [{ path: 'staffId', message: 'This account is disabled.' }] },
    );
  return { id: found.id, name: found.name, kind: 'staff' };
}

async function fieldWorkerAssignee(trx: Kysely<Database>, personId: string): Promise<Assignee> {
  const found = await findPersonRow(trx, personId);
  if (found?.kind !== 'field-worker')
    throw new AppError(400, 'unknown_person', 'There is no field worker with this personId.', {
      fields: [{ path: 'personId', message: 'There is no field worker with this id.' }],
    });
  if (found.active !== 1)
    throw new AppError(
      400,
      'person_inactive',
      `${found.name} no longer works for the centre; choose someone else.`,
      { fields: [{ path: 'personId', message: 'This person is no longer active.' }] },
    );
  return { id: found.id, name: found.name, kind: 'person' };
}

/** Who a request can be given to: enabled accounts and active field workers, by name. */
export async function listAssignees(
  db: Kysely<Database>,
): Promise<{ staff: StaffRef[]; fieldWorkers: StaffRef[] }> {
  const [staff, fieldWorkers] = await Promise.all([enabledAccounts(db), activeFieldWorkers(db)]);
  return { staff, fieldWorkers };
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
      const row = await selectRequestJoined(trx, id);
      const [view] = await toRequestViews(trx, row ? [row] : []);
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
    await updateRequestStatus(trx, id, status, now.toISOString());
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
    await insertNote(trx, {
      id: newId(now.getTime()),
      request_id: id,
      at: now.toISOString(),
      staff_id: staff.accountId,
      text,
    });
    await touchRequest(trx, id, now.toISOString());
    return finishRequestChange(trx, id, staff, 'help.noted', { text }, now);
  });
}
