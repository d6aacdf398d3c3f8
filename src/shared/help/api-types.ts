/**
 * What the centre server and the staff console say to each other about help: the JSON of the
 * /api/help routes (contracts in api.ts) and of the help events on /api/events, as schemas with
 * their types. Both sides import these, so a renamed field breaks the build rather than a
 * console at 3 a.m.
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

import * as v from 'valibot';
import {
  HELP_CALL_KINDS,
  HELP_CALL_STATUSES,
  SERVICE_STATUSES,
  ServicePlanSchema,
} from './changes';
import { HELP_WHEN, HELP_WHERE } from './kinds';

/**
 * The member a call or request is about, as much as staff need to act. In a call sent to a
 * console without `members.contacts` (kitchen, trainers) only `id` and `name` are filled in:
 * the contacts are null and `livesAlone` false, whatever the register says.
 */
export const HelpMemberViewSchema = v.object({
  id: v.string(),
  name: v.string(),
  phone: v.nullable(v.string()),
  address: v.nullable(v.string()),
  emergencyName: v.nullable(v.string()),
  emergencyPhone: v.nullable(v.string()),
  emergencyRelation: v.nullable(v.string()),
  /** True for a member flagged as living alone (独居). */
  livesAlone: v.boolean(),
});
export type HelpMemberView = v.InferOutput<typeof HelpMemberViewSchema>;

export const StaffRefSchema = v.object({ id: v.string(), name: v.string() });
export type StaffRef = v.InferOutput<typeof StaffRefSchema>;

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

export const EscalationAttemptViewSchema = v.object({
  attempt: v.number(),
  at: v.string(),
  outcome: v.picklist(ESCALATION_OUTCOMES),
  /** The HTTP status the receiver answered, or null when nothing answered. */
  httpStatus: v.nullable(v.number()),
});
export type EscalationAttemptView = v.InferOutput<typeof EscalationAttemptViewSchema>;

export const HelpCallViewSchema = v.object({
  id: v.string(),
  /** An emergency, or a non-urgent call for staff to come (no alarm, never escalated). */
  kind: v.picklist(HELP_CALL_KINDS),
  kioskId: v.string(),
  /** The kiosk's name and location ("一楼大厅"), as set on the fleet page. */
  kioskName: v.nullable(v.string()),
  kioskLocation: v.nullable(v.string()),
  member: v.nullable(HelpMemberViewSchema),
  /**
   * False when the kiosk named the member without a valid proof of their card (an emergency is
   * never refused for that): the console shows them as "not checked". True otherwise.
   */
  memberChecked: v.boolean(),
  status: v.picklist([...HELP_CALL_STATUSES, 'cancelled']),
  /** When the elder pressed (kiosk clock), when the server received it, and the gap in seconds. */
  pressedAt: v.string(),
  receivedAt: v.string(),
  lateSeconds: v.number(),
  /** How many presses joined this call (1 for a single press). */
  presses: v.number(),
  ackBy: v.nullable(StaffRefSchema),
  ackAt: v.nullable(v.string()),
  escalatedAt: v.nullable(v.string()),
  resolvedBy: v.nullable(StaffRefSchema),
  closedAt: v.nullable(v.string()),
  /** The staff member's note on resolving, or their reason for "false alarm". */
  note: v.nullable(v.string()),
  /** Grows by one with every change of the call (a newer view has a higher one). */
  version: v.number(),
  /**
   * The latest try to reach the duty line's system, null while none is recorded (not escalated,
   * or the first try still running). Staff are told exactly this and no more: "delivered" means
   * the receiver answered 2xx, never that a person has answered the phone.
   */
  lastEscalation: v.nullable(EscalationAttemptViewSchema),
});
export type HelpCallView = v.InferOutput<typeof HelpCallViewSchema>;

export const ServiceNoteViewSchema = v.object({
  at: v.string(),
  by: StaffRefSchema,
  text: v.string(),
});
export type ServiceNoteView = v.InferOutput<typeof ServiceNoteViewSchema>;

/** A text in the three languages, as subsidies.json wrote it. */
const LocalTextView = v.object({ 'zh-Hans': v.string(), 'zh-Hant': v.string(), en: v.string() });

/**
 * 帮我申请: the programme an appointment request is about, with its name and the documents to
 * bring as subsidies.json said them when the request arrived.
 */
export const RequestProgrammeViewSchema = v.object({
  id: v.string(),
  name: LocalTextView,
  documents: v.array(LocalTextView),
});
export type RequestProgrammeView = v.InferOutput<typeof RequestProgrammeViewSchema>;

export const ServiceRequestViewSchema = v.object({
  id: v.string(),
  /** A help.json category, or "subsidy-apply" for an appointment to apply for a subsidy. */
  category: v.string(),
  /** For "subsidy-apply": the programme and what to bring; null otherwise. */
  programme: v.nullable(RequestProgrammeViewSchema),
  /** True when the category is a complaint (admins only). */
  complaint: v.boolean(),
  member: v.nullable(HelpMemberViewSchema),
  kioskId: v.string(),
  when: v.nullable(v.picklist(HELP_WHEN)),
  where: v.nullable(v.picklist(HELP_WHERE)),
  status: v.picklist(SERVICE_STATUSES),
  /** A staff account, or a field worker on the people list (kind "person"). */
  assignee: v.nullable(
    v.object({ id: v.string(), name: v.string(), kind: v.picklist(['staff', 'person']) }),
  ),
  plan: v.nullable(ServicePlanSchema),
  notes: v.array(ServiceNoteViewSchema),
  createdAt: v.string(),
  updatedAt: v.string(),
});
export type ServiceRequestView = v.InferOutput<typeof ServiceRequestViewSchema>;

/** Median and 90th percentile of a set of durations, in seconds; null when there are none. */
export const DurationSummarySchema = v.object({
  count: v.number(),
  medianSeconds: v.nullable(v.number()),
  p90Seconds: v.nullable(v.number()),
});
export type DurationSummary = v.InferOutput<typeof DurationSummarySchema>;

export const HelpReportSchema = v.object({
  month: v.string(),
  /** One row per day of the month: calls by outcome. */
  days: v.array(
    v.object({
      day: v.string(),
      calls: v.number(),
      cancelledInWindow: v.number(),
      falseAlarms: v.number(),
      escalated: v.number(),
    }),
  ),
  /** Time from receipt to acknowledgement, and from receipt to resolution, over the month. */
  acknowledge: DurationSummarySchema,
  resolve: DurationSummarySchema,
  /** Service requests of the month by category and status. */
  requests: v.array(
    v.object({ category: v.string(), status: v.picklist(SERVICE_STATUSES), count: v.number() }),
  ),
});
export type HelpReport = v.InferOutput<typeof HelpReportSchema>;
