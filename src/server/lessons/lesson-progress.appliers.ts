/**
 * What the server does with a kiosk's `lesson.progress` entries: folds each (applied once by its
 * id, like every entry) into the learner's record. The entry names the member, so sync applies it
 * only with a proof of their identification on that kiosk, in that session (proof.service.ts).
 */
import { LESSON_PROGRESS, type LessonProgressPayload } from '../../shared/lessons/progress';
import { reason } from '../../shared/sync/index';
import { defineApplier, type EntryHandler } from '../sync/appliers';
import { applyLessonProgress } from './lesson-progress.service';

export function lessonHandlers(): EntryHandler[] {
  return [
    defineApplier<'lesson.progress', LessonProgressPayload>(
      LESSON_PROGRESS,
      async (trx, entry, ctx) =>
        (await applyLessonProgress(trx, entry.id, entry.payload, ctx.kioskId, ctx.now))
          ? { status: 'accepted' }
          : { status: 'rejected', reason: reason('unknown_card', 'no member with this id') },
    ),
  ];
}
