/** The bureau lists imported so far, and how current each list is (its newest "as of" month). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { currentAsOf, selectImports } from './records.repository';

/** The latest imports shown on the import page. */
const SHOWN = 50;

export async function listImports(db: Kysely<Database>) {
  const rows = await selectImports(db, SHOWN);
  return {
    imports: rows.map((r) => ({
      id: r.id,
      list: r.list,
      asOf: r.as_of,
      at: r.created_at,
      by: r.staff_label,
      rows: Number(r.rows),
      matched: Number(r.matched),
      waiting: Number(r.waiting),
    })),
    current: Object.fromEntries(await currentAsOf(db)),
  };
}
