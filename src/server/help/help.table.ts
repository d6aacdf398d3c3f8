/** Row types of the help tables (see migrations/20261125_0100_help.ts). */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { EscalationOutcome } from '../../shared/help/api-types';
import type { HelpCallKind, HelpCallStatus, ServiceStatus } from '../../shared/help/changes';
import type { IsoTimestamp } from '../db/time';

export interface HelpCallTable {
  /** The entry id of the first press. */
  id: string;
  /** An emergency, or a call for staff (never escalated); see migrations/20261205_1230. */
  kind: Generated<HelpCallKind>;
  kiosk_id: string;
  /** Null when nobody had identified (or the id named no member: an emergency is never refused). */
  member_id: string | null;
  /** The kiosk's clock at the first press (the entry's kioskTime). */
  pressed_at: string;
  received_at: IsoTimestamp;
  presses: number;
  status: HelpCallStatus;
  ack_by: string | null;
  ack_at: IsoTimestamp | null;
  resolved_by: string | null;
  closed_at: IsoTimestamp | null;
  escalated_at: IsoTimestamp | null;
  note: string | null;
  in_feed: number;
  /** Grows by one with every change of the call; kiosks keep the newest state they have seen. */
  version: Generated<number>;
  /** 1: the member was proven by the entry's proof (or there is none); 0: only claimed. */
  member_checked: Generated<number>;
}

export interface HelpEscalationTable {
  call_id: string;
  /** 1, 2, 3… per call. */
  attempt: number;
  at: IsoTimestamp;
  outcome: EscalationOutcome;
  http_status: number | null;
  /** The technical reason a try failed, for the server's log and the inspector (never shown). */
  error: string | null;
}

export interface ServiceRequestTable {
  id: string;
  kiosk_id: string;
  member_id: string | null;
  category: string;
  complaint: number;
  wanted_when: string | null;
  wanted_where: string | null;
  status: ServiceStatus;
  assignee_id: string | null;
  /** Which list assignee_id is in: a staff account, or a person on the people list. */
  assignee_kind: Generated<'staff' | 'person'>;
  plan_day: string | null;
  plan_part: string | null;
  /**
   * 帮我申请 (category "subsidy-apply"): the programme's id, and its name and documents to bring
   * as JSON (SubsidyApplyDetails without the id); null for every other request.
   */
  programme_id: ColumnType<string | null, string | null | undefined, string | null>;
  programme: ColumnType<string | null, string | null | undefined, string | null>;
  kiosk_time: string;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface ServiceNoteTable {
  id: string;
  request_id: string;
  at: IsoTimestamp;
  staff_id: string;
  text: string;
}

export type HelpEventType = 'help.call' | 'help.request';

export interface HelpEventTable {
  /** Grows in commit order; the SSE `id:`. pg reads bigserial as text. */
  id: Generated<number | string>;
  type: HelpEventType;
  subject_id: string;
  /** 1 for a complaint request (admins only). */
  complaint: number;
  /** The HelpCallView or ServiceRequestView as sent, JSON. */
  data: string;
  created_at: IsoTimestamp;
}

export type HelpCallRow = Selectable<HelpCallTable>;
export type ServiceRequestRow = Selectable<ServiceRequestTable>;
export type HelpEventRow = Selectable<HelpEventTable>;
