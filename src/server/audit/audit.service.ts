/** Recording who changed what, and reading it back page by page. */
import type { Kysely } from 'kysely';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import {
  type AuditFilter,
  type AuditPosition,
  insertAuditEntry,
  selectAuditPage,
} from './audit.repository';
import type { AuditLogRow } from './audit.table';

/** Who made a change: a signed-in staff member, the command line, the server itself, or nobody known. */
export type Actor =
  | { kind: 'staff'; id: string; username: string }
  | { kind: 'cli' }
  | { kind: 'system' }
  | { kind: 'anonymous' };

/** One change to record. */
export interface AuditInput {
  at: Date;
  actor: Actor;
  /** `feature.past_tense_verb`, e.g. "staff.created". */
  action: string;
  subject?: { type: string; id: string };
  /** Facts about the change; never a password, hash or token. */
  details?: Record<string, unknown>;
}

/** An entry as the API returns it. */
export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string | null; label: string };
  action: string;
  subject: { type: string; id: string } | null;
  details: unknown;
}

/**
 * Writes one audit entry. Pass the transaction that makes the change, so the entry and the
 * change are committed together or not at all.
 */
export async function recordAudit(trx: Kysely<Database>, input: AuditInput): Promise<void> {
  const { actor } = input;
  await insertAuditEntry(trx, {
    id: newId(input.at.getTime()),
    at: input.at.toISOString(),
    actor_id: actor.kind === 'staff' ? actor.id : null,
    actor_label: actor.kind === 'staff' ? actor.username : actor.kind,
    action: input.action,
    subject_type: input.subject?.type ?? null,
    subject_id: input.subject?.id ?? null,
    details: JSON.stringify(input.details ?? {}),
  });
}

/** A stored row in the API's shape. */
export function toAuditEntry(row: AuditLogRow): AuditEntry {
  let details: unknown;
  try {
    details = JSON.parse(row.details);
  } catch {
    details = row.details;
  }
  return {
    id: row.id,
    at: row.at,
    actor: { id: row.actor_id, label: row.actor_label },
    action: row.action,
    subject:
      row.subject_type !== null && row.subject_id !== null
        ? { type: row.subject_type, id: row.subject_id }
        : null,
    details,
  };
}

/** One page of the log, newest first, and the cursor of the next page (null at the end). */
export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  const rows = await selectAuditPage(db, filter, after, page.limit + 1);
  const entries = rows.slice(0, page.limit).map(toAuditEntry);
  const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
  return { entries, nextCursor: last ? encodeCursor(last) : null };
}

/** Every matching row, newest first, read in batches so a huge log never sits in memory at once. */
export async function* eachAuditRow(
  db: Kysely<Database>,
  filter: AuditFilter,
  batchSize = 500,
): AsyncGenerator<AuditLogRow> {
  let after: AuditPosition | undefined;
  for (;;) {
    const rows = await selectAuditPage(db, filter, after, batchSize);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = last;
  }
}
