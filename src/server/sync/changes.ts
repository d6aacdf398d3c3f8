/**
 * The change feed kiosks pull: every feature publishes the latest state of each item it sends to
 * kiosks (a member of the roster, a day's menu, an acknowledgement) in the same transaction as
 * the change itself, so the feed and the data never disagree.
 */
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Change, ChangeType } from '../../shared/sync/index';
import type { Database } from '../db/schema';
import { replaceChange, selectPublishedData, selectPublishedItem } from './changes.repository';
import type { ChangeRow } from './changes.table';

/** What to publish: put (new or replaced) or delete item `key` of `type`. */
export interface PublishedChange {
  type: string;
  key: string;
  op: 'put' | 'delete';
  /** The item itself for a put (JSON-serialisable); left out for a delete. */
  data?: unknown;
  /** When, for the record (default: now). */
  at?: Date;
}

/**
 * Publishes one change inside `trx` (a transaction: pass the one that makes the change). The
 * earlier row of the same (type, key) is replaced, so the feed only ever holds the latest state
 * of each item and a kiosk starting from nothing reads each item once. Publishers do not wait
 * for each other: the pull reads only what no open transaction can still add to
 * (changes.repository.ts, feedHorizon).
 */
export async function publishChange(trx: Kysely<Database>, change: PublishedChange): Promise<void> {
  await replaceChange(trx, {
    type: change.type,
    key: change.key,
    op: change.op,
    data: change.op === 'put' ? JSON.stringify(change.data ?? null) : null,
    created_at: (change.at ?? new Date()).toISOString(),
  });
}

/**
 * Publishes a put of a defined change type, checking the data against the type's schema first:
 * data a kiosk would refuse is a bug here, not something to send.
 */
export async function publishPut<D>(
  trx: Kysely<Database>,
  type: ChangeType<string, D>,
  key: string,
  data: D,
  at?: Date,
): Promise<void> {
  const checked = v.safeParse(type.data, data);
  if (!checked.success)
    throw new Error(
      `"${type.type}" data for ${key} does not match its schema: ${checked.issues[0]?.message}`,
    );
  await publishChange(trx, { type: type.type, key, op: 'put', data, ...(at ? { at } : {}) });
}

/**
 * Like publishPut, but leaves the feed alone when the item's published data is already exactly
 * this: no write, and no kiosk downloads the same item again. For items republished after every
 * change that may concern them (a member's meals after a refusal that told nobody anything new).
 */
export async function publishPutIfChanged<D>(
  trx: Kysely<Database>,
  type: ChangeType<string, D>,
  key: string,
  data: D,
  at?: Date,
): Promise<boolean> {
  const published = await selectPublishedItem(trx, type.type, key);
  if (published?.op === 'put' && published.data === JSON.stringify(data ?? null)) return false;
  await publishPut(trx, type, key, data, at);
  return true;
}

/** A stored row as the pull answers it. */
export function toChange(row: ChangeRow): Change {
  return {
    type: row.type,
    key: row.key,
    op: row.op,
    ...(row.op === 'put' && row.data !== null ? { data: JSON.parse(row.data) as unknown } : {}),
  };
}

/**
 * What is published now for each item of `type` (key → the data as JSON text), so a feature can
 * publish again only the items whose state moved on without a write of their own (a new day).
 */
export function publishedData(
  db: Kysely<Database>,
  type: ChangeType<string, unknown>,
): Promise<Map<string, string | null>> {
  return selectPublishedData(db, type.type);
}
