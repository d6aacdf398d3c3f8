/** Pull: what changed in the feed since a kiosk's cursor, a bounded page at a time. */
import type { Kysely } from 'kysely';
import { MAX_CHANGES, type PullResponse } from '../../shared/sync/index';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { toChange } from './changes';
import {
  type FeedPosition,
  feedEnd,
  feedHorizon,
  selectChangesAfter,
  seqLostInRestore,
} from './changes.repository';

/** Beyond this a number cannot be one we made (and Number would lose digits). */
const MAX_CURSOR_DIGITS = 15;
const CURSOR = new RegExp(`^(?:(\\d{1,${MAX_CURSOR_DIGITS}})\\.)?(\\d{1,${MAX_CURSOR_DIGITS}})$`);

/** How long a pull waits for the writers open when it began (PostgreSQL; see feedHorizon). */
export const PULL_WAIT_MS = 1000;

function badCursor(): AppError {
  return new AppError(
    400,
    'invalid_cursor',
    'The pull cursor is not one this centre gave out. Pull again with "cursor": null to get everything.',
  );
}

/**
 * A position as a cursor: the seq alone where the txid is 0 (SQLite, and rows written before
 * PostgreSQL recorded txids), so every cursor handed out before still reads the same; else
 * "txid.seq".
 */
function encodePosition({ txid, seq }: FeedPosition): string {
  return txid === 0 ? String(seq) : `${txid}.${seq}`;
}

/** The position a cursor names; a 400 for anything the server did not hand out. */
async function cursorPosition(db: Kysely<Database>, cursor: string | null): Promise<FeedPosition> {
  if (cursor === null) return { txid: 0, seq: 0 };
  const match = CURSOR.exec(cursor);
  if (!match) throw badCursor();
  const position = { txid: Number(match[1] ?? 0), seq: Number(match[2]) };
  // A cursor past the end comes from another database (a restore, a reinstall): the kiosk must
  // start again, or it would wait for numbers this feed will not reach for a long time.
  const end = await feedEnd(db);
  if (position.seq > end.seq || position.txid > end.txid) throw badCursor();
  // A cursor from the stretch a restore lost: the kiosk holds items this database never had.
  if (position.seq > 0 && (await seqLostInRestore(db, position.seq))) throw badCursor();
  return position;
}

/**
 * The changes after `cursor` (null: everything), in feed order, at most `pageSize` (MAX_CHANGES);
 * `more` when there are others waiting. The cursor answered is the position of the last change
 * sent (or the one given, when nothing changed). On PostgreSQL only what no open transaction can
 * still write below is sent (changes.repository.ts, feedHorizon), so no change is ever skipped.
 */
export async function pull(
  db: Kysely<Database>,
  cursor: string | null,
  now: Date,
  pageSize: number = MAX_CHANGES,
  waitMs: number = PULL_WAIT_MS,
): Promise<PullResponse> {
  const after = await cursorPosition(db, cursor);
  const horizon = await feedHorizon(db, waitMs);
  const rows = await selectChangesAfter(db, after, pageSize + 1, horizon);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    cursor: encodePosition(last ? { txid: Number(last.txid), seq: Number(last.seq) } : after),
    changes: page.map(toChange),
    more: rows.length > pageSize,
    serverTime: now.toISOString(),
  };
}
