/**
 * A learner's record per lesson (issue #14): one row per member and lesson, folded from their
 * `lesson.progress` entries (src/shared/lessons/progress.ts): where the newest attempt stopped,
 * and the best of the finished ones. Each entry is applied once (sync_entries), and folding only
 * improves the bests, so a lesson finished again never counts twice.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lesson_progress')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('lesson_id', 'text', (c) => c.notNull())
    .addColumn('steps', 'integer', (c) => c.notNull())
    .addColumn('resume_mode', 'text', (c) =>
      c.check(sql`resume_mode is null or resume_mode in ('guided', 'practice', 'check')`),
    )
    .addColumn('resume_steps_done', 'integer')
    .addColumn('resume_highest_hint', 'integer')
    .addColumn('resume_errors', 'integer')
    .addColumn('resume_seconds', 'integer')
    .addColumn('completed', 'integer', (c) => c.notNull().check(sql`completed in (0, 1)`))
    .addColumn('unaided', 'integer', (c) => c.notNull().check(sql`unaided in (0, 1)`))
    .addColumn('best_score', 'integer')
    .addColumn('fewest_errors', 'integer')
    .addColumn('lowest_hint', 'integer')
    .addColumn('fastest_seconds', 'integer')
    .addColumn('last_entry_id', 'text', (c) => c.notNull())
    .addColumn('kiosk_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lesson_progress_pk', ['member_id', 'lesson_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('lesson_progress').execute();
}
