/**
 * The entry kind the server bench's push figures use: its applier writes one small row per entry
 * into a table the bench makes (not a product migration), so the figures measure the push path
 * (validation, apply-once, one real write per entry) at a fixed, known cost per entry. The
 * booking race uses the product's own `meal.book`, registered beside it.
 */
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../../../src/server/db/schema';
import { createApplierRegistry, type ProductDeps } from '../../../src/server/product-appliers';
import { defineApplier } from '../../../src/server/sync/appliers';
import { defineEntryKind } from '../../../src/shared/sync/index';

export const BENCH_KIND = 'bench.tap';
export const BENCH_TABLE = 'bench_taps';

const BenchTap = defineEntryKind({
  kind: BENCH_KIND,
  payload: v.object({ n: v.pipe(v.number(), v.integer()), text: v.string() }),
});

type BenchDb = Kysely<{
  bench_taps: { id: string; kiosk_id: string; n: number; text: string; applied_at: string };
}>;

/** Makes the bench's table (idempotent). */
export async function createBenchTable(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable(BENCH_TABLE)
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kiosk_id', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
}

/** How many entries the bench kind has applied so far. */
export async function countBenchRows(db: Kysely<Database>): Promise<number> {
  const row = await (db as unknown as BenchDb)
    .selectFrom(BENCH_TABLE)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The registry the bench server runs with: the product's kinds (the meals reading the canteen
 * from `deps`, as the real server's do) plus the bench's.
 */
export function benchAppliers(deps: ProductDeps) {
  return createApplierRegistry(
    [
      // Write-only, like a log line: queued for the push's one insert per table.
      defineApplier(BenchTap, async (_trx, entry, ctx) => {
        ctx.insertLater(BENCH_TABLE, {
          id: entry.id,
          kiosk_id: ctx.kioskId,
          n: entry.payload.n,
          text: entry.payload.text,
          applied_at: ctx.now.toISOString(),
        });
        return { status: 'accepted' };
      }),
    ],
    deps,
  );
}
