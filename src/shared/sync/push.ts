/**
 * Push: the kiosk sends a batch of outbox entries; the server answers each one, accepted or
 * rejected. A known id gets its first answer again, so a resend after a lost answer is safe.
 */
import * as v from 'valibot';
import type { OutboxEntry } from './entry';
import { OutboxEntrySchema } from './entry';
import { KioskIdField, LocalTextField, record, TimeField, UuidV7Field } from './fields';
import { MAX_BATCH } from './limits';
import { type Reason, type ReasonCode, reason } from './reasons';

/** A batch of entries, in id order. `sentAt` is the kiosk's clock at sending, for skew reports. */
export interface PushRequest {
  kioskId: string;
  sentAt?: string;
  entries: OutboxEntry[];
}

/** The body of POST /api/sync/push. The kinds and payloads are checked per entry after this. */
export const PushRequestSchema: v.GenericSchema<PushRequest> = record({
  kioskId: KioskIdField,
  sentAt: v.optional(TimeField),
  entries: v.pipe(
    v.array(OutboxEntrySchema, 'must be a list [ … ] of entries'),
    v.minLength(1, 'must hold at least one entry'),
    v.maxLength(
      MAX_BATCH,
      (issue) => `holds ${issue.received} entries; send at most ${MAX_BATCH} in one batch`,
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const seen = new Set<string>();
      for (const entry of dataset.value) {
        if (seen.has(entry.id))
          addIssue({ message: `holds the id ${entry.id} twice; each entry must appear once` });
        seen.add(entry.id);
      }
    }),
  ),
});

/** The server applied the entry (now or on an earlier send). `record` is what it made, if any. */
export interface AcceptedResult {
  id: string;
  status: 'accepted';
  serverTime: string;
  record?: unknown;
}

/** The server refused the entry for good: show the reason, never send it again. */
export interface RejectedResult {
  id: string;
  status: 'rejected';
  reason: Reason;
  serverTime: string;
}

/** The server's answer for one entry. */
export type PushResult = AcceptedResult | RejectedResult;

/** The answer to a push: one result per entry received, and the server's clock. */
export interface PushResponse {
  results: PushResult[];
  serverTime: string;
}

/** A refusal's reason as sent: its code, the elder's words, optional detail for staff. */
export const ReasonField = record({
  // Any code, not just this build's: a newer server's reason still arrives with its words.
  code: v.pipe(
    v.string('must be a reason code in text'),
    v.regex(/^[a-z][a-z0-9_]*$/, 'must be a reason code like "sold_out"'),
  ),
  message: LocalTextField,
  detail: v.optional(v.string('must be text')),
});

/** One result, as the kiosk checks it. */
export const PushResultSchema: v.GenericSchema<PushResult> = v.variant(
  'status',
  [
    record({
      id: UuidV7Field,
      status: v.literal('accepted'),
      serverTime: TimeField,
      record: v.optional(v.unknown()),
    }),
    record({
      id: UuidV7Field,
      status: v.literal('rejected'),
      reason: ReasonField,
      serverTime: TimeField,
    }),
  ],
  'must have status "accepted" or "rejected"',
);

/** The body the server answers a push with (HTTP 200), as the kiosk checks it. */
export const PushResponseSchema: v.GenericSchema<PushResponse> = record({
  results: v.array(PushResultSchema, 'must be a list [ … ] of results'),
  serverTime: TimeField,
});

/** The server's "accepted" for an entry. */
export function accepted(id: string, serverTime: string, made?: unknown): AcceptedResult {
  return made === undefined
    ? { id, status: 'accepted', serverTime }
    : { id, status: 'accepted', serverTime, record: made };
}

/** The server's refusal of an entry, with the words for `code` and optional detail for staff. */
export function rejected(
  id: string,
  code: ReasonCode,
  serverTime: string,
  detail?: string,
): RejectedResult {
  return { id, status: 'rejected', reason: reason(code, detail), serverTime };
}
