/** Row types of courses, class sessions and check-ins (see migrations/20261205_2100_classes.ts). */
import type { Selectable } from 'kysely';
import type { CheckinMethod, SessionKind } from '../../shared/classes/sessions';
import type { IsoTimestamp } from '../db/time';

export interface CourseTable {
  id: string;
  title: string;
  schedule: string;
  /** JSON list of lesson ids. */
  lesson_ids: string;
  created_by: string;
  created_at: IsoTimestamp;
}

export interface ClassSessionTable {
  id: string;
  course_id: string | null;
  /** JSON list of lesson ids. */
  lesson_ids: string;
  /** The centre's day, YYYY-MM-DD. */
  date: string;
  start_time: string;
  end_time: string;
  venue: string;
  trainer_id: string;
  kind: SessionKind;
  capacity: number;
  created_at: IsoTimestamp;
  /** Set with its reason when the session was cancelled (migration 20261206_0300). */
  cancelled_at: IsoTimestamp | null;
  cancel_reason: string | null;
}

export interface ClassVolunteerTable {
  session_id: string;
  person_id: string;
  half_hours: number;
}

export interface ClassGuestTable {
  id: string;
  name: string;
  /** Digits only. */
  phone: string;
  created_at: IsoTimestamp;
}

export interface ClassCheckinTable {
  session_id: string;
  /** "m:<member id>" or "g:<guest id>". */
  learner: string;
  member_id: string | null;
  guest_id: string | null;
  method: CheckinMethod;
  by_staff_id: string | null;
  by_name: string | null;
  kiosk_id: string | null;
  entry_id: string | null;
  at: IsoTimestamp;
}

export type CourseRow = Selectable<CourseTable>;
export type ClassSessionRow = Selectable<ClassSessionTable>;
export type ClassCheckinRow = Selectable<ClassCheckinTable>;

/** A member's community (社区): an id of centre.json's list. */
export interface MemberCommunityTable {
  member_id: string;
  community: string;
  updated_at: IsoTimestamp;
}
