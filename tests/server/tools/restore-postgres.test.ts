/**
 * After pg_restore (PostgreSQL), `npm run restore -- --after-pg-restore` makes kiosks that
 * pulled after the dump pull afresh, as the SQLite restore does. pg_restore itself is stood in
 * for by putting the feed back as the dump had it: the later rows gone, the sequence wound back.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { replaceChange } from '../../../src/server/sync/changes.repository';
import { pull } from '../../../src/server/sync/pull.service';
import { runRestore } from '../../../src/tools/restore';
import { forEachStore } from '../support/stores';

forEachStore((store, _makeDb, { makeTestDb }) => {
  if (store === 'sqlite') {
    it('--after-pg-restore refuses a SQLite centre', async () => {
      const { env } = await makeTestDb();
      const lines: string[] = [];
      const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      expect(await runRestore(['--after-pg-restore'], env, io)).toBe(2);
      expect(lines.join('\n')).toContain('for PostgreSQL');
    });
    return;
  }
  describe('npm run restore -- --after-pg-restore', () => {
    it('refuses cursors the restore lost, and numbers new changes above them', async () => {
      const { db, env } = await makeTestDb();
      const now = new Date('2026-12-05T08:00:00Z');
      const publish = (key: string) =>
        replaceChange(db, {
          type: 'test.item',
          key,
          op: 'put',
          data: '{}',
          created_at: now.toISOString(),
        });
      await publish('a');
      const before = (await pull(db, null, now)).cursor;
      await publish('b');
      await publish('c');
      const lostCursor = (await pull(db, before, now)).cursor;
      // A cursor is "txid.seq" on PostgreSQL (sync/pull.service.ts): the feed's own number is last.
      const seqOf = (cursor: string | null) => Number(String(cursor).split('.').pop());
      // pg_restore of a dump taken at `before`.
      await db.deleteFrom('changes').where('key', 'in', ['b', 'c']).execute();
      await sql`select setval('changes_seq_seq', ${seqOf(before)})`.execute(db);

      const lines: string[] = [];
      const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      expect(await runRestore(['--after-pg-restore'], env, io), lines.join('\n')).toBe(0);
      expect(lines.join('\n')).toContain('pull everything again');

      await publish('d');
      await expect(pull(db, lostCursor, now)).rejects.toMatchObject({ code: 'invalid_cursor' });
      const carryOn = await pull(db, before, now);
      expect(carryOn.changes.map((c) => c.key)).toEqual(['d']);
      expect(seqOf(carryOn.cursor)).toBeGreaterThan(seqOf(lostCursor));
    });
  });
});
