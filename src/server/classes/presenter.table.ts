/** Row type of the class seats (see migrations/20261206_0300_class_seats.ts). */
import type { IsoTimestamp } from '../db/time';

export interface ClassSeatTable {
  session_id: string;
  kiosk_id: string;
  lesson_id: string;
  step: number;
  steps: number;
  level: number;
  entry_id: string;
  /** 0 or 1 (both stores): the trainer marked the volunteer signal handled. */
  handled: number;
  updated_at: IsoTimestamp;
}
