/** Row type of a learner's record per lesson (see migrations/20261205_1900_lesson_progress.ts). */
import type { Selectable } from 'kysely';
import type { LessonMode } from '../../shared/lessons/progress';
import type { IsoTimestamp } from '../db/time';

export interface LessonProgressTable {
  member_id: string;
  lesson_id: string;
  steps: number;
  /** Where the newest attempt stopped half-way; all null once it finished. */
  resume_mode: LessonMode | null;
  resume_steps_done: number | null;
  resume_highest_hint: number | null;
  resume_errors: number | null;
  resume_seconds: number | null;
  /** 0 or 1. */
  completed: number;
  /** 0 or 1: a test finished without L2/L3 (the star 自己做到了). */
  unaided: number;
  best_score: number | null;
  fewest_errors: number | null;
  lowest_hint: number | null;
  fastest_seconds: number | null;
  /** The newest entry folded in (UUID v7), which alone may move the resume point. */
  last_entry_id: string;
  /** The kiosk that sent that entry. */
  kiosk_id: string;
  updated_at: IsoTimestamp;
}

export type LessonProgressRow = Selectable<LessonProgressTable>;
