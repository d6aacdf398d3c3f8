/**
 * Learners' lesson records (issue #14): each `lesson.progress` entry is folded into the member's
 * row for that lesson by the shared rule (foldProgress), and an identified elder's kiosk reads
 * their rows for the session they are in, with the same proof an entry carries.
 */
import type { Kysely } from 'kysely';
import {
  foldProgress,
  type LessonProgressPayload,
  type LessonRecord,
} from '../../shared/lessons/progress';
import type { EntryProof } from '../../shared/sync/index';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { sessionProofProblem } from '../sync/proof.service';
import { proofKeys } from '../sync/proof-keys';
import {
  findLessonProgress,
  memberExists,
  saveLessonProgress,
  selectMemberLessonProgress,
} from './lesson-progress.repository';
import type { LessonProgressRow, LessonProgressTable } from './lesson-progress.table';

export function recordOf(row: LessonProgressRow): LessonRecord {
  return {
    lessonId: row.lesson_id,
    steps: Number(row.steps),
    resume:
      row.resume_mode === null
        ? null
        : {
            mode: row.resume_mode,
            stepsDone: Number(row.resume_steps_done ?? 0),
            highestHint: Number(row.resume_highest_hint ?? 0),
            errors: Number(row.resume_errors ?? 0),
            seconds: Number(row.resume_seconds ?? 0),
          },
    completed: Number(row.completed) === 1,
    unaided: Number(row.unaided) === 1,
    bestScore: row.best_score === null ? null : Number(row.best_score),
    fewestErrors: row.fewest_errors === null ? null : Number(row.fewest_errors),
    lowestHint: row.lowest_hint === null ? null : Number(row.lowest_hint),
    fastestSeconds: row.fastest_seconds === null ? null : Number(row.fastest_seconds),
    lastEntry: row.last_entry_id,
  };
}

function rowOf(
  memberId: string,
  record: LessonRecord,
  kioskId: string,
  now: Date,
): LessonProgressTable {
  return {
    member_id: memberId,
    lesson_id: record.lessonId,
    steps: record.steps,
    resume_mode: record.resume?.mode ?? null,
    resume_steps_done: record.resume?.stepsDone ?? null,
    resume_highest_hint: record.resume?.highestHint ?? null,
    resume_errors: record.resume?.errors ?? null,
    resume_seconds: record.resume?.seconds ?? null,
    completed: record.completed ? 1 : 0,
    unaided: record.unaided ? 1 : 0,
    best_score: record.bestScore,
    fewest_errors: record.fewestErrors,
    lowest_hint: record.lowestHint,
    fastest_seconds: record.fastestSeconds,
    last_entry_id: record.lastEntry,
    kiosk_id: kioskId,
    updated_at: now.toISOString(),
  };
}

/**
 * Folds one entry into the member's record. Returns false when no such member is on the register
 * (the entry is then refused). Two kiosks writing the same new row at once: the second insert
 * fails on the key, its push is rolled back and retried, and then folds into the first's row.
 */
export async function applyLessonProgress(
  trx: Kysely<Database>,
  entryId: string,
  p: LessonProgressPayload,
  kioskId: string,
  now: Date,
): Promise<boolean> {
  if (!(await memberExists(trx, p.memberId))) return false;
  const row = await findLessonProgress(trx, p.memberId, p.lessonId);
  const record = foldProgress(row ? recordOf(row) : undefined, entryId, p);
  // The row names the kiosk of its newest entry (a late one from elsewhere leaves it).
  const kiosk = record.lastEntry === entryId ? kioskId : (row?.kiosk_id ?? kioskId);
  await saveLessonProgress(trx, rowOf(p.memberId, record, kiosk, now), row !== undefined);
  return true;
}

/** A member's records for the console's register; 404 for no such member. */
export async function memberLessons(
  db: Kysely<Database>,
  memberId: string,
): Promise<LessonRecord[]> {
  if (!(await memberExists(db, memberId))) throw notFound('There is no such member.');
  return (await selectMemberLessonProgress(db, memberId)).map(recordOf);
}

/**
 * The member's records, for the kiosk that identified them in the session of `proof`; 403 when
 * the proof does not hold (another member's card, another kiosk's, a session long over).
 */
export async function readLessonProgress(
  db: Kysely<Database>,
  kioskId: string,
  memberId: string,
  proof: EntryProof,
  now: Date,
): Promise<LessonRecord[]> {
  const problem = await sessionProofProblem(db, await proofKeys(db), kioskId, memberId, proof, now);
  if (problem) throw new AppError(403, 'bad_proof', problem);
  return (await selectMemberLessonProgress(db, memberId)).map(recordOf);
}
