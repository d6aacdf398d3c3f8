/**
 * The change feed without a publish lock: on PostgreSQL a transaction that took its seq first may
 * commit last. A pull must never hand out a cursor past a change such a slower transaction is
 * still to commit (the kiosk would skip it for good), two publishers of the same item must both
 * succeed, and an item published again with the same data must not reach kiosks twice. SQLite
 * runs one writer at a time, so the races below cannot happen there; the rest runs on both.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { publishChange, publishPutIfChanged } from '../../../src/server/sync/changes';
import { pull } from '../../../src/server/sync/pull.service';
import { defineChangeType } from '../../../src/shared/sync/index';
import { forEachStore } from '../support/stores';

const NOW = new Date('2026-11-24T08:00:00.000Z');
const item = (key: string, data: unknown = { key }) =>
  ({ type: 'test-item', key, op: 'put', data }) as const;

/** Every key pulled from `cursor` on, page after page, and the cursor at the end. */
async function pullAll(
  db: Parameters<typeof pull>[0],
  cursor: string | null,
  waitMs?: number,
): Promise<{ keys: string[]; cursor: string }> {
  const keys: string[] = [];
  let at = cursor;
  for (;;) {
    const page = await pull(db, at, NOW, 2, waitMs);
    keys.push(...page.changes.map((c) => c.key));
    at = page.cursor;
    if (!page.more) return { keys, cursor: at };
  }
}

forEachStore((store, makeDb) => {
  describe('change feed order', () => {
    it.skipIf(store === 'sqlite')(
      'never skips a change committed by a slower transaction that published first',
      async () => {
        const db = await makeDb();
        await db.transaction().execute((trx) => publishChange(trx, item('before')));
        const start = await pullAll(db, null);
        expect(start.keys).toEqual(['before']);

        // The slow one takes its seq first and stays open; a fast one publishes and commits after.
        const slow = await db.startTransaction().execute();
        try {
          await publishChange(slow, item('slow'));
          await db.transaction().execute(async (trx) => {
            await publishChange(trx, item('fast-1'));
            await publishChange(trx, item('fast-2'));
            await publishChange(trx, item('fast-3'));
          });
          // The old feed (seq order) sent fast-* here with a cursor past "slow".
          const during = await pullAll(db, start.cursor, 50);
          expect(during.keys).not.toContain('slow');
          await slow.commit().execute();
          const after = await pullAll(db, during.cursor);
          // Each change exactly once, none skipped.
          expect([...during.keys, ...after.keys].sort()).toEqual([
            'fast-1',
            'fast-2',
            'fast-3',
            'slow',
          ]);
        } finally {
          if (!slow.isCommitted && !slow.isRolledBack) await slow.rollback().execute();
        }
      },
    );

    it.skipIf(store === 'sqlite')(
      'waits for a writer open when the pull began, so a change committed meanwhile is sent',
      async () => {
        const db = await makeDb();
        const slow = await db.startTransaction().execute();
        await publishChange(slow, item('slow'));
        await db.transaction().execute((trx) => publishChange(trx, item('fast')));
        const pulling = pullAll(db, null, 5000);
        setTimeout(() => void slow.commit().execute(), 100);
        expect((await pulling).keys.sort()).toEqual(['fast', 'slow']);
      },
    );

    it.skipIf(store === 'sqlite')(
      'lets two open transactions publish the same item: the later commit wins, sent once',
      async () => {
        const db = await makeDb();
        const first = await db.startTransaction().execute();
        await publishChange(first, item('same', { by: 'first' }));
        // Waits on the first one's row, then takes it over instead of failing on the unique key.
        const second = db
          .transaction()
          .execute((trx) => publishChange(trx, item('same', { by: 'second' })));
        await new Promise((resolve) => setTimeout(resolve, 100));
        await first.commit().execute();
        await second;
        const page = await pull(db, null, NOW);
        expect(page.changes).toEqual([item('same', { by: 'second' })]);
      },
    );

    it('publishes an item again only when its data changed', async () => {
      const db = await makeDb();
      const type = defineChangeType({ type: 'test-item', data: v.unknown() });
      const publish = (data: unknown) =>
        db.transaction().execute((trx) => publishPutIfChanged(trx, type, 'k', data, NOW));
      expect(await publish({ n: 1 })).toBe(true);
      const first = await pull(db, null, NOW);
      expect(first.changes).toEqual([item('k', { n: 1 })]);
      expect(await publish({ n: 1 })).toBe(false);
      expect(await pull(db, first.cursor, NOW)).toMatchObject({
        cursor: first.cursor,
        changes: [],
      });
      expect(await publish({ n: 2 })).toBe(true);
      expect((await pull(db, first.cursor, NOW)).changes).toEqual([item('k', { n: 2 })]);
    });
  });
});
