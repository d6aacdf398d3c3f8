/**
 * What the centre server and the staff console say to each other about help: the JSON of the
 * /api/help routes and of the help events on /api/events. Both sides import these types, so a
 * renamed field breaks the build rather than a console at 3 a.m.
 *
 * Routes, each behind a permission of src/shared/staff/roles.ts (complaints need
 * help.requests.complaints everywhere, including events):
 *   GET  /api/help/calls?active=1 (help.calls.alert: everyone; contacts only with members.contacts)
 *        | ?from=YYYY-MM-DD&to=YYYY-MM-DD (help.calls.history)          → { calls: HelpCallView[] }
 *   POST /api/help/calls/:id/ack  (help.calls.acknowledge: everyone)  → HelpCallView
 *   POST /api/help/calls/:id/resolve      { note?: string }           → HelpCallView (help.calls.close)
 *   POST /api/help/calls/:id/false-alarm  { reason: string }          → HelpCallView
 *   GET  /api/help/calls/:id/escalations                              → { attempts: EscalationAttemptView[] }
 *   GET  /api/help/requests?status=&memberId=&page= (help.requests.manage, as every request route)
 *                                                                      → { requests: ServiceRequestView[], total }
 *   GET  /api/help/requests/:id                                       → ServiceRequestView
 *   POST /api/help/requests/:id/assign    { staffId, plan: ServicePlan | null } → ServiceRequestView
 *   POST /api/help/requests/:id/status    { status: ServiceStatus }   → ServiceRequestView
 *   POST /api/help/requests/:id/notes     { text: string }            → ServiceRequestView
 *   GET  /api/help/report?month=YYYY-MM   (help.report)               → HelpReport
 *   GET  /api/help/report.csv?month=YYYY-MM (help.report)             → text/csv
 *
 * Events on /api/events (server-sent), each with an `id:` so a console that reconnects with
 * Last-Event-ID is sent every help event it missed (kept in the database, so a server restart
 * loses none): `help.call` (data: HelpCallView, to every console, contacts as for the routes) and
 * `help.request` (data: ServiceRequestView, to help.requests.manage only).
 */

import type { HelpCallStatus, ServicePlan, ServiceStatus } from './changes';
import type { HelpWhen, HelpWhere } from './kinds';

/**
 * The member a call or request is about, as much as staff need to act. In a call sent to a
 * console without `members.contacts` (kitchen, trainers) only `id` and `name` are filled in:
 * the contacts are null and `livesAlone` false, whatever the register says.
 */
export interface HelpMemberView {
  id: string;
  name: string;
  phone: string | null;
  address: string | null;
  emergencyName: string | null;
  emergencyPhone: string | null;
  emergencyRelation: string | null;
  /** True for a member flagged as living alone (独居). */
  livesAlone: boolean;
}

export interface StaffRef {
  id: string;
  name: string;
}

export interface HelpCallView {
  id: string;
  kioskId: string;
  /** The kiosk's name and location ("一楼大厅"), as set on the fleet page. */
  kioskName: string | null;
  kioskLocation: string | null;
  member: HelpMemberView | null;
  status: HelpCallStatus;
  /** When the elder pressed (kiosk clock), when the server received it, and the gap in seconds. */
  pressedAt: string;
  receivedAt: string;
  lateSeconds: number;
  /** How many presses joined this call (1 for a single press). */
  presses: number;
  ackBy: StaffRef | null;
  ackAt: string | null;
  escalatedAt: string | null;
  resolvedBy: StaffRef | null;
  closedAt: string | null;
  /** The staff member's note on resolving, or their reason for "false alarm". */
  note: string | null;
  /** Grows by one with every change of the call (a newer view has a higher one). */
  version: number;
  /**
   * The latest try to reach the duty line's system, null while none is recorded (not escalated,
   * or the first try still running). Staff are told exactly this and no more: "delivered" means
   * the receiver answered 2xx, never that a person has answered the phone.
   */
  lastEscalation: EscalationAttemptView | null;
}

/**
 * What one escalation try came to:
 * - delivered: the receiver (NUANXIN_ESCALATION_URL) answered 2xx;
 * - http-error: it answered, but not 2xx (httpStatus says what);
 * - timeout: no answer in time; unreachable: no connection (refused, DNS, TLS…);
 * - not-configured: the centre has no receiver, so nobody outside the centre was called.
 */
export const ESCALATION_OUTCOMES = [
  'delivered',
  'http-error',
  'timeout',
  'unreachable',
  'not-configured',
] as const;
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number];

export interface EscalationAttemptView {
  attempt: number;
  at: string;
  outcome: EscalationOutcome;
  /** The HTTP status the receiver answered, or null when nothing answered. */
  httpStatus: number | null;
}

export interface ServiceNoteView {
  at: string;
  by: StaffRef;
  text: string;
}

export interface ServiceRequestView {
  id: string;
  category: string;
  /** True when the category is a complaint (admins only). */
  complaint: boolean;
  member: HelpMemberView | null;
  kioskId: string;
  when: HelpWhen | null;
  where: HelpWhere | null;
  status: ServiceStatus;
  assignee: StaffRef | null;
  plan: ServicePlan | null;
  notes: ServiceNoteView[];
  createdAt: string;
  updatedAt: string;
}

/** Median and 90th percentile of a set of durations, in seconds; null when there are none. */
export interface DurationSummary {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface HelpReport {
  month: string;
  /** One row per day of the month: calls by outcome. */
  days: {
    day: string;
    calls: number;
    cancelledInWindow: number;
    falseAlarms: number;
    escalated: number;
  }[];
  /** Time from receipt to acknowledgement, and from receipt to resolution, over the month. */
  acknowledge: DurationSummary;
  resolve: DurationSummary;
  /** Service requests of the month by category and status. */
  requests: { category: string; status: ServiceStatus; count: number }[];
}
