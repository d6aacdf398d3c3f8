/**
 * Appliers' write-only rows (`ctx.insertLater`): a push writes them with one insert per table for
 * the whole batch, in the batch's transaction, so they commit or roll back with their entries.
 */
import { InsertQueryNode, type Kysely, type KyselyPlugin } from 'kysely';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createApplierRegistry } from '../../../src/server/product-appliers';
import { defineApplier } from '../../../src/server/sync/appliers';
import {
  defineEntryKind,
  type OutboxEntry,
  type PushResponse,
  uuidv7,
} from '../../../src/shared/sync/index';
import { kioskApi } from '../kiosks/kiosk-api';
import { forEachStore } from '../support/stores';

const TestLog = defineEntryKind({
  kind: 'test.log',
  payload: v.object({ text: v.pipe(v.string(), v.maxLength(200)) }),
});

type LogsDb = Kysely<{ test_logs: { id: string; text: string } }>;

forEachStore((_store, makeDb) => {
  async function setup() {
    // Counts the inserts into test_logs the server sends.
    let logInserts = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        const { node } = args;
        if (InsertQueryNode.is(node) && node.into?.table.identifier.name === 'test_logs')
          logInserts++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const db = (await makeDb()).withPlugin(counter);
    await db.schema
      .createTable('test_logs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
    const failOn = new Set<string>();
    const registry = createApplierRegistry([
      defineApplier(TestLog, async (_trx, entry, ctx) => {
        ctx.insertLater('test_logs', { id: entry.id, text: entry.payload.text });
        if (failOn.has(entry.payload.text)) throw new Error(`failed on ${entry.payload.text}`);
        return { status: 'accepted' };
      }),
    ]);
    const api = kioskApi(db, registry);
    const admin = await api.admin();
    const kiosk = await api.enroll(admin);
    const entry = (text: string): OutboxEntry => ({
      id: uuidv7(),
      kind: 'test.log',
      payload: { text },
      kioskTime: '2026-11-24T16:00:00.000+08:00',
      kioskId: kiosk.kioskId,
    });
    const push = (entries: OutboxEntry[]) =>
      api.post('/api/sync/push', { kioskId: kiosk.kioskId, entries }, kiosk.auth);
    const logs = async () =>
      (await (db as unknown as LogsDb).selectFrom('test_logs').select('text').execute()).map(
        (r) => r.text,
      );
    return { failOn, entry, push, logs, inserts: () => logInserts };
  }

  describe('insertLater', () => {
    it('writes a batch’s rows with one insert per table', async () => {
      const { entry, push, logs, inserts } = await setup();
      const batch = Array.from({ length: 20 }, (_, i) => entry(`n${i}`));
      const res = await push(batch);
      expect(res.status).toBe(200);
      const body = (await res.json()) as PushResponse;
      expect(body.results.every((r) => r.status === 'accepted')).toBe(true);
      expect((await logs()).sort()).toEqual(
        batch.map((e) => (e.payload as { text: string }).text).sort(),
      );
      expect(inserts()).toBe(1);
    });

    it('rolls the rows back with their entry: a failing entry keeps none of its own', async () => {
      const { failOn, entry, push, logs } = await setup();
      failOn.add('boom');
      const batch = [entry('before'), entry('boom'), entry('after')];
      expect((await push(batch)).status).toBe(500);
      // Entry by entry after the batch failed: the one before is kept, once.
      expect(await logs()).toEqual(['before']);
      failOn.clear();
      const retry = (await (await push(batch)).json()) as PushResponse;
      expect(retry.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
      expect((await logs()).sort()).toEqual(['after', 'before', 'boom']);
    });
  });
});
