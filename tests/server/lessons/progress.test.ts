/**
 * Lesson progress (issue #14): an identified learner's `lesson.progress` entries are applied once
 * each and folded into one record per member and lesson (a lesson finished again improves the
 * bests, never counts twice); a bad proof is refused; and the kiosk that identified the member
 * reads their records for that session only.
 */
import { describe, expect, it } from 'vitest';
import type { LessonProgressPayload } from '../../../src/shared/lessons/progress';
import { createUuidV7Generator, uuidv7 } from '../../../src/shared/sync/index';
import { helpCentre } from '../help/help-api';
import { proofFor } from '../support/proof';
import { forEachStore } from '../support/stores';

const step = (
  stepsDone: number,
  more: Partial<LessonProgressPayload> = {},
): LessonProgressPayload => ({
  memberId: 'm1',
  lessonId: 'big-text-wifi',
  mode: 'practice',
  steps: 8,
  stepsDone,
  highestHint: 1,
  errors: 2,
  seconds: 40 * stepsDone,
  checkScore: null,
  finished: false,
  ...more,
});

forEachStore((_store, makeDb) => {
  async function centre() {
    const db = await makeDb();
    return { db, ...(await helpCentre(db)) };
  }
  const rows = (db: Awaited<ReturnType<typeof makeDb>>) =>
    db.selectFrom('lesson_progress').selectAll().execute();

  describe('lesson progress', () => {
    it('applies an entry once: pushed twice, it is answered the same and folded once', async () => {
      const { db, api, kiosk } = await centre();
      const id = uuidv7();
      const proof = await proofFor(db, kiosk, 'm1', id);
      const first = await api.push(kiosk, 'lesson.progress', step(3), { id, proof });
      const again = await api.push(kiosk, 'lesson.progress', step(3), { id, proof });
      expect(first).toMatchObject({ status: 'accepted' });
      expect(again).toEqual(first);
      const stored = await rows(db);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        member_id: 'm1',
        lesson_id: 'big-text-wifi',
        resume_mode: 'practice',
        completed: 0,
        last_entry_id: id,
      });
      expect(Number(stored[0]?.resume_steps_done)).toBe(3);
      expect(await db.selectFrom('sync_entries').select('id').execute()).toHaveLength(1);
    });

    it('keeps the bests of finished attempts and the place of the newest, whatever order entries arrive in', async () => {
      const { db, api, kiosk } = await centre();
      // Made in this order; pushed out of order, as an offline kiosk's late batch may be.
      const helped = uuidv7();
      const unaided = uuidv7();
      const halfway = uuidv7();
      const stale = createUuidV7Generator().next(Date.now() - 60_000);
      await api.push(
        kiosk,
        'lesson.progress',
        step(8, { mode: 'check', highestHint: 2, errors: 5, checkScore: 1, finished: true }),
        { id: helped },
      );
      await api.push(kiosk, 'lesson.progress', step(2, { mode: 'guided' }), { id: halfway });
      await api.push(
        kiosk,
        'lesson.progress',
        step(8, { mode: 'check', highestHint: 0, errors: 1, checkScore: 2, finished: true }),
        { id: unaided },
      );
      // An older half-way entry arriving last moves nothing back.
      await api.push(kiosk, 'lesson.progress', step(6), { id: stale });
      const [before] = await rows(db);
      expect(before?.resume_mode).toBe('guided');
      expect(Number(before?.resume_steps_done)).toBe(2);
      // The same finish again under a new id (done a second time): the bests stay as they are.
      await api.push(
        kiosk,
        'lesson.progress',
        step(8, { mode: 'check', highestHint: 3, errors: 9, checkScore: 0, finished: true }),
      );
      const [row, ...others] = await rows(db);
      expect(others).toEqual([]);
      expect(row).toMatchObject({ completed: 1, unaided: 1 });
      expect(Number(row?.best_score)).toBe(2);
      expect(Number(row?.fewest_errors)).toBe(1);
      expect(Number(row?.lowest_hint)).toBe(0);
      // The newest entry is the last finish: nothing half-way to resume.
      expect(row?.resume_mode).toBeNull();
    });

    it('refuses an entry whose proof is another member’s, one without a proof and one not whole', async () => {
      const { db, api, kiosk } = await centre();
      const id = uuidv7();
      const refused = await api.push(kiosk, 'lesson.progress', step(3), {
        id,
        proof: await proofFor(db, kiosk, 'm2', id),
      });
      expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'bad_proof' } });
      const none = await api.push(kiosk, 'lesson.progress', step(3), { proof: null });
      expect(none).toMatchObject({ status: 'rejected', reason: { code: 'no_proof' } });
      const invalid = await api.push(kiosk, 'lesson.progress', step(9));
      expect(invalid).toMatchObject({ status: 'rejected', reason: { code: 'invalid_payload' } });
      expect(await rows(db)).toEqual([]);
    });

    it('shows a member’s records to the register’s desk in the console, and to nobody else', async () => {
      const { api, staff, kitchen, kiosk } = await centre();
      await api.push(
        kiosk,
        'lesson.progress',
        step(8, { mode: 'check', highestHint: 0, checkScore: 2, finished: true }),
      );
      const res = await api.get('/api/members/m1/lessons', staff.auth);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        lessons: [
          expect.objectContaining({
            lessonId: 'big-text-wifi',
            completed: true,
            unaided: true,
            bestScore: 2,
            resume: null,
          }),
        ],
      });
      expect((await api.get('/api/members/m1/lessons', kitchen.auth)).status).toBe(403);
      expect((await api.get('/api/members/nobody/lessons', staff.auth)).status).toBe(404);
      expect((await api.get('/api/members/m1/lessons')).status).toBe(401);
    });

    it('gives the records to the kiosk and session that identified the member, and to no other', async () => {
      const { db, api, admin, kiosk } = await centre();
      const other = await api.enroll(admin.auth, '大厅 2');
      await api.push(kiosk, 'lesson.progress', step(4));
      const read = (from: typeof kiosk, proof: unknown, memberId = 'm1') =>
        api.post('/api/kiosk/lesson-progress', { memberId, proof }, from.auth);

      // The second kiosk, in its own session with m1's card: where they stopped on the first.
      // (Identified now by the server's clock, which the read checks the session against.)
      const now = createUuidV7Generator().next(api.clock().getTime());
      const theirs = await read(other, await proofFor(db, other, 'm1', now));
      expect(theirs.status).toBe(200);
      const body = (await theirs.json()) as { lessons: unknown[] };
      expect(body.lessons).toEqual([
        expect.objectContaining({
          lessonId: 'big-text-wifi',
          steps: 8,
          completed: false,
          resume: { mode: 'practice', stepsDone: 4, highestHint: 1, errors: 2, seconds: 160 },
        }),
      ]);
      // A proof sealed on the first kiosk, used by the second; m2's card asking for m1's records.
      expect((await read(other, await proofFor(db, kiosk, 'm1', now))).status).toBe(403);
      expect((await read(other, await proofFor(db, other, 'm2', now))).status).toBe(403);
      // No device token at all.
      const anonymous = await api.post('/api/kiosk/lesson-progress', {
        memberId: 'm1',
        proof: await proofFor(db, other, 'm1', now),
      });
      expect(anonymous.status).toBe(401);
    });
  });
});
