/** One elder action on its way to the server: an outbox entry as stored and as sent. */
import * as v from 'valibot';
import { KindField, KioskIdField, PayloadField, record, TimeField, UuidV7Field } from './fields';
import { type EntryProof, EntryProofSchema } from './proof';

/**
 * An outbox entry. `id` is made on the kiosk and is the whole of exactly-once: the server applies
 * an id at most once. `kioskTime` is for reports only. `attempt` counts sends, for diagnosis.
 */
export interface OutboxEntry {
  id: string;
  kind: string;
  payload: unknown;
  kioskTime: string;
  kioskId: string;
  attempt?: number;
  /**
   * For an entry made for a member: the session it was made in and the identification sealed for
   * the server (proof.ts). None for an anonymous entry, and none on entries queued before proofs.
   */
  proof?: EntryProof;
}

/** The envelope every entry shares; the payload is checked again by its kind's schema. */
export const OutboxEntrySchema: v.GenericSchema<OutboxEntry> = record({
  id: UuidV7Field,
  kind: KindField,
  payload: PayloadField,
  kioskTime: TimeField,
  kioskId: KioskIdField,
  attempt: v.optional(
    v.pipe(
      v.number('must be a whole number'),
      v.integer('must be a whole number'),
      v.minValue(0, 'must not be negative'),
    ),
  ),
  proof: v.optional(EntryProofSchema),
});
