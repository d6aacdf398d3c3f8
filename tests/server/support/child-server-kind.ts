/**
 * The entry kind the fault tests send, shared by the kiosk (which checks payloads before storing)
 * and the child server (whose applier writes one row per entry into `fault_rows`).
 */
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { defineEntryKind, entryKinds } from '../../../src/shared/sync/index';

/** A note with an optional cut-off the server judges by its own clock. */
export const FaultNote = defineEntryKind({
  kind: 'fault.note',
  payload: v.object({
    /** Free text; "reject…" makes the applier refuse it (`sold_out`). */
    text: v.pipe(v.string('must be text'), v.maxLength(500, 'must be at most 500 characters')),
    /** The n-th entry the test made, to tell entries apart in a failure message. */
    n: v.pipe(v.number('must be a number'), v.integer('must be a whole number')),
    /** Refused (`past_cutoff`) when the SERVER's clock is past it; the kiosk's clock is ignored. */
    cutoff: v.optional(v.pipe(v.string('must be text'), v.isoTimestamp('must be an ISO time'))),
  }),
});

export type FaultNotePayload = v.InferOutput<typeof FaultNote.payload>;

/** The kinds a fault-test kiosk may store. */
export const FAULT_KINDS = entryKinds(FaultNote);

/** The test table: deliberately no key on entry_id, so an entry applied twice shows as two rows. */
export const FAULT_TABLE = 'fault_rows';

/** One applied entry, as the applier wrote it. */
export interface FaultRow {
  entry_id: string;
  kiosk_id: string;
  /** The payload the applier received, as JSON text. */
  payload: string;
  /** The kiosk's time exactly as the entry carried it. */
  kiosk_time: string;
  /** The server's clock when it applied the entry. */
  server_now: string;
}

/** A database that has the test table (and whatever else the caller's type says). */
export type FaultDb = Kysely<{ fault_rows: FaultRow }>;

/** Creates the test table if it is not there yet (the child does this on every start). */
export async function createFaultTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable(FAULT_TABLE)
    .ifNotExists()
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('kiosk_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('kiosk_time', 'text', (c) => c.notNull())
    .addColumn('server_now', 'text', (c) => c.notNull())
    .execute();
}
