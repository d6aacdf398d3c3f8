/**
 * Calls and requests as the console sees them (HelpCallView, ServiceRequestView, with the kiosk's
 * place, the member's contacts and staff names joined in) and as kiosks pull them (HelpCallState,
 * MemberRequests). Read through whatever executor is given: a transaction sees its own writes.
 */
import type { Kysely } from 'kysely';
import type {
  EscalationAttemptView,
  HelpCallView,
  HelpMemberView,
  RequestProgrammeView,
  ServiceNoteView,
  ServiceRequestView,
  StaffRef,
} from '../../shared/help/api-types';
import {
  type DayPart,
  HELP_CALL_CHANGE,
  type HelpCallState,
  MEMBER_REQUESTS_CHANGE,
  type MemberRequests,
  type ServicePlan,
} from '../../shared/help/changes';
import type { HelpWhen, HelpWhere } from '../../shared/help/kinds';
import { can, type StaffRole } from '../../shared/staff/roles';
import type { Database } from '../db/schema';
import { publishPut } from '../sync/changes';
import { latestEscalationTries } from './escalation.repository';
import {
  type CallJoined,
  type RequestJoined,
  selectCallJoined,
  selectMemberRequestRows,
  selectNotes,
  selectRequestJoined,
} from './help.repository';

/** A member's request stays on their kiosk list this long after it was made (open ones always). */
export const MEMBER_REQUESTS_DAYS = 30;
/** At most this many on a member's list: more would not fit the kiosk's screens anyway. */
const MEMBER_REQUESTS_LIMIT = 50;
const OPEN_REQUEST_STATUSES = ['new', 'assigned', 'in-progress'] as const;

interface MemberColumns {
  member_id: string | null;
  member_name: string | null;
  member_phone: string | null;
  member_address: string | null;
  member_emergency_name: string | null;
  member_emergency_phone: string | null;
  member_emergency_relation: string | null;
  member_categories: string | null;
}

function memberOf(r: MemberColumns): HelpMemberView | null {
  if (r.member_id === null || r.member_name === null) return null;
  let categories: unknown = [];
  try {
    categories = JSON.parse(r.member_categories ?? '[]');
  } catch {
    // A damaged list only loses the 独居 flag here; the member's page shows the stored text.
  }
  return {
    id: r.member_id,
    name: r.member_name,
    phone: r.member_phone,
    address: r.member_address,
    emergencyName: r.member_emergency_name,
    emergencyPhone: r.member_emergency_phone,
    emergencyRelation: r.member_emergency_relation,
    livesAlone: Array.isArray(categories) && categories.includes('living-alone'),
  };
}

const staffRef = (id: string | null, name: string | null): StaffRef | null =>
  id === null ? null : { id, name: name ?? id };

/** Seconds between `from` and `to` (ISO), never below 0 (a kiosk clock ahead is not "early"). */
export function secondsBetween(from: string, to: string): number {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? Math.max(0, Math.round(ms / 1000)) : 0;
}

export function toCallView(
  r: CallJoined,
  lastEscalation: EscalationAttemptView | null,
): HelpCallView {
  return {
    id: r.id,
    kind: r.kind,
    kioskId: r.kiosk_id,
    kioskName: r.kiosk_name,
    kioskLocation: r.kiosk_location,
    member: memberOf(r),
    memberChecked: Number(r.member_checked) === 1,
    status: r.status,
    pressedAt: r.pressed_at,
    receivedAt: r.received_at,
    lateSeconds: secondsBetween(r.pressed_at, r.received_at),
    presses: Number(r.presses),
    ackBy: staffRef(r.ack_by, r.ack_name),
    ackAt: r.ack_at,
    escalatedAt: r.escalated_at,
    resolvedBy: staffRef(r.resolved_by, r.resolved_name),
    closedAt: r.closed_at,
    note: r.note,
    version: Number(r.version),
    lastEscalation,
  };
}

/** Views of `rows`, each with its latest escalation try (one query for all of them). */
export async function toCallViews(
  db: Kysely<Database>,
  rows: readonly CallJoined[],
): Promise<HelpCallView[]> {
  const latest = await latestEscalationTries(
    db,
    rows.filter((r) => r.escalated_at !== null).map((r) => r.id),
  );
  return rows.map((r) => toCallView(r, latest.get(r.id) ?? null));
}

/**
 * A call as `role` may see it: every console is rung and told where, but the member's phone,
 * address and emergency contact go only to those holding `members.contacts`; the others get the
 * member's name alone (enough to know whom to look for when they run to the kiosk).
 */
export function callViewFor(role: StaffRole, view: HelpCallView): HelpCallView {
  if (!view.member || can(role, 'members.contacts')) return view;
  const { id, name } = view.member;
  return {
    ...view,
    member: {
      id,
      name,
      phone: null,
      address: null,
      emergencyName: null,
      emergencyPhone: null,
      emergencyRelation: null,
      // From the register's categories: not for those who may not read the register.
      livesAlone: false,
    },
  };
}

export async function loadCallView(
  db: Kysely<Database>,
  id: string,
): Promise<HelpCallView | undefined> {
  const row = await selectCallJoined(db, id);
  return row && (await toCallViews(db, [row]))[0];
}

/** What a kiosk pulls of a call (never a cancelled one: those alert nobody). */
export function toCallState(view: HelpCallView): HelpCallState {
  if (view.status === 'cancelled') throw new Error(`call ${view.id} was cancelled; not for kiosks`);
  return {
    id: view.id,
    kioskId: view.kioskId,
    status: view.status,
    pressedAt: view.pressedAt,
    receivedAt: view.receivedAt,
    ackBy: view.ackBy?.name ?? null,
    ackAt: view.ackAt,
    escalatedAt: view.escalatedAt,
    closedAt: view.closedAt,
    version: view.version,
  };
}

/** Publishes the call's state to the kiosks' feed inside `trx`. */
export async function publishCall(trx: Kysely<Database>, view: HelpCallView, now: Date) {
  await publishPut(trx, HELP_CALL_CHANGE, view.id, toCallState(view), now);
}

function planOf(r: { plan_day: string | null; plan_part: string | null }): ServicePlan | null {
  return r.plan_day === null ? null : { day: r.plan_day, part: r.plan_part as DayPart | null };
}

/** The programme an appointment request carries, from its two columns (null for other requests). */
function programmeOf(r: {
  programme_id: string | null;
  programme: string | null;
}): RequestProgrammeView | null {
  if (r.programme_id === null || r.programme === null) return null;
  try {
    const { name, documents } = JSON.parse(r.programme) as Omit<RequestProgrammeView, 'id'>;
    return { id: r.programme_id, name, documents };
  } catch {
    // Written by this server as JSON; a damaged value still names the programme by its id.
    const id = r.programme_id;
    return { id, name: { 'zh-Hans': id, 'zh-Hant': id, en: id }, documents: [] };
  }
}

/** Views of `rows`, with their notes (one query for all of them). */
export async function toRequestViews(
  db: Kysely<Database>,
  rows: readonly RequestJoined[],
): Promise<ServiceRequestView[]> {
  const ids = rows.map((r) => r.id);
  const notes = new Map<string, ServiceNoteView[]>();
  if (ids.length > 0) {
    const noteRows = await selectNotes(db, ids);
    for (const n of noteRows) {
      const list = notes.get(n.request_id) ?? [];
      list.push({ at: n.at, by: { id: n.staff_id, name: n.name ?? n.staff_id }, text: n.text });
      notes.set(n.request_id, list);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    programme: programmeOf(r),
    complaint: Number(r.complaint) === 1,
    member: memberOf(r),
    kioskId: r.kiosk_id,
    when: r.wanted_when as HelpWhen | null,
    where: r.wanted_where as HelpWhere | null,
    status: r.status,
    assignee:
      r.assignee_id === null
        ? null
        : { id: r.assignee_id, name: r.assignee_name ?? '', kind: r.assignee_kind },
    plan: planOf(r),
    notes: notes.get(r.id) ?? [],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export async function loadRequestView(
  db: Kysely<Database>,
  id: string,
): Promise<ServiceRequestView | undefined> {
  const row = await selectRequestJoined(db, id);
  return row && (await toRequestViews(db, [row]))[0];
}

/** A member's requests for their kiosk list: the last 30 days and every open one, newest first. */
export async function memberRequests(
  trx: Kysely<Database>,
  memberId: string,
  now: Date,
): Promise<MemberRequests> {
  const since = new Date(now.getTime() - MEMBER_REQUESTS_DAYS * 86_400_000).toISOString();
  const rows = await selectMemberRequestRows(
    trx,
    memberId,
    since,
    OPEN_REQUEST_STATUSES,
    MEMBER_REQUESTS_LIMIT,
  );
  return {
    requests: rows.map((r) => ({
      id: r.id,
      category: r.category,
      // Only on an appointment to apply, so every other request's item reads as before.
      ...(r.programme_id === null ? {} : { programmeId: r.programme_id }),
      when: r.wanted_when as HelpWhen | null,
      where: r.wanted_where as HelpWhere | null,
      status: r.status,
      assignee: r.assignee_id === null ? null : (r.assignee_name ?? null),
      plan: planOf(r),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
  };
}

/** Publishes the member's request list inside `trx` (after every change that concerns them). */
export async function publishMemberRequests(
  trx: Kysely<Database>,
  memberId: string,
  now: Date,
): Promise<void> {
  await publishPut(
    trx,
    MEMBER_REQUESTS_CHANGE,
    memberId,
    await memberRequests(trx, memberId, now),
    now,
  );
}
