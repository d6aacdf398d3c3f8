/**
 * Rows an applier adds that nothing in the same push reads back (a log line, the bench's tap),
 * held until the batch's entries are all applied, then written with one multi-row insert per
 * table in the same transaction, just before the apply-once records: a round trip per table
 * instead of one per entry, which is most of what a push costs on PostgreSQL.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { insertRows } from './sync.repository';

/** Rows per statement: far below both stores' limits on bound parameters (SQLite 32,766). */
const ROWS_PER_STATEMENT = 500;

export class BatchInserts {
  readonly #rows = new Map<string, Record<string, unknown>[]>();

  /** Queues `row` for `table` (a table of the server's schema or one a test or bench made). */
  add = (table: string, row: Record<string, unknown>): void => {
    const rows = this.#rows.get(table);
    if (rows) rows.push(row);
    else this.#rows.set(table, [row]);
  };

  /** Writes every queued row inside `trx`, table by table in the order first used, and forgets them. */
  async flush(trx: Kysely<Database>): Promise<void> {
    for (const [table, rows] of this.#rows)
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT)
        await insertRows(trx, table, rows.slice(i, i + ROWS_PER_STATEMENT));
    this.#rows.clear();
  }
}
