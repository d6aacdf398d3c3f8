/**
 * What kiosks learn about help through pull (and, for speed, a nudge on the kiosk's live stream):
 *
 * - "help-call", key = call id: the state of one emergency call. A kiosk shows only the state of
 *   the call its own press opened or joined (the id the server answered the push with), and never
 *   one older (lower `version`) than it already showed: "工作人员 王芳 马上来" once acknowledged,
 *   the phone to ring once escalated. Closed calls (resolved, false alarm) are deleted from the feed after a day.
 * - "member-requests", key = member id: that member's service requests from the last 30 days and
 *   every one still open, newest first, for "my requests" at the kiosk.
 */
import * as v from 'valibot';
import { defineChangeType } from '../sync/pull';
import { HELP_CALL_CHANGE_TYPE } from './kind-names';
import { HELP_WHEN, HELP_WHERE } from './kinds';

const TIME = v.pipe(v.string(), v.isoTimestamp());
const DAY = v.pipe(v.string(), v.isoDate());

/** An emergency (紧急呼叫, escalated when nobody answers) or a call for staff (呼叫工作人员). */
export const HELP_CALL_KINDS = ['emergency', 'staff'] as const;
export type HelpCallKind = (typeof HELP_CALL_KINDS)[number];

/** Where an emergency call stands. "cancelled" calls never alert, so never reach this feed. */
export const HELP_CALL_STATUSES = ['open', 'acknowledged', 'resolved', 'false-alarm'] as const;
export type HelpCallStatus = (typeof HELP_CALL_STATUSES)[number] | 'cancelled';

export const HelpCallStateSchema = v.object({
  id: v.string(),
  kioskId: v.string(),
  status: v.picklist(HELP_CALL_STATUSES),
  /** When the elder pressed (the kiosk's clock), and when the server got it. */
  pressedAt: TIME,
  receivedAt: TIME,
  /** The acknowledging staff member's display name, for "工作人员 王芳 马上来". */
  ackBy: v.nullable(v.string()),
  ackAt: v.nullable(TIME),
  /** Set when nobody acknowledged in time and the escalation webhook was called. */
  escalatedAt: v.nullable(TIME),
  closedAt: v.nullable(TIME),
  /**
   * Grows by one with every change of the call on the server, so a kiosk can tell a newer state
   * from an older one arriving late. Absent only in items published before it existed (read as 0).
   */
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type HelpCallState = v.InferOutput<typeof HelpCallStateSchema>;

export const HELP_CALL_CHANGE = defineChangeType({
  type: HELP_CALL_CHANGE_TYPE,
  data: HelpCallStateSchema,
});

/** Where a service request stands; the elder may cancel only while "new" or "assigned". */
export const SERVICE_STATUSES = ['new', 'assigned', 'in-progress', 'done', 'cancelled'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Statuses from which the elder may still cancel at the kiosk (work has not started). */
export const ELDER_CANCELLABLE: readonly ServiceStatus[] = ['new', 'assigned'];

/** A part of a day, for "明天上午". */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** When staff have planned to do it, told to the elder: a day and, if known, part of the day. */
export const ServicePlanSchema = v.object({ day: DAY, part: v.nullable(v.picklist(DAY_PARTS)) });
export type ServicePlan = v.InferOutput<typeof ServicePlanSchema>;

export const MemberRequestSchema = v.object({
  /** The id of the entry that made it: what service.cancel names. */
  id: v.string(),
  category: v.string(),
  /**
   * 帮我申请 (category "subsidy-apply"): the subsidy programme it is about, named from the kiosk's
   * subsidies.json. Absent in items published before it existed.
   */
  programmeId: v.optional(v.nullable(v.string())),
  when: v.nullable(v.picklist(HELP_WHEN)),
  where: v.nullable(v.picklist(HELP_WHERE)),
  status: v.picklist(SERVICE_STATUSES),
  /** The staff member who will come, by display name. */
  assignee: v.nullable(v.string()),
  plan: v.nullable(ServicePlanSchema),
  createdAt: TIME,
  updatedAt: TIME,
});
export type MemberRequest = v.InferOutput<typeof MemberRequestSchema>;

export const MemberRequestsSchema = v.object({ requests: v.array(MemberRequestSchema) });
export type MemberRequests = v.InferOutput<typeof MemberRequestsSchema>;

export const MEMBER_REQUESTS_CHANGE = defineChangeType({
  type: 'member-requests',
  data: MemberRequestsSchema,
});
