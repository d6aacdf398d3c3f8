/** Pull: what changed in the feed since a kiosk's cursor, a bounded page at a time. */
import type { Kysely } from 'kysely';
import { MAX_CHANGES, type PullResponse } from '../../shared/sync/index';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { toChange } from './changes';
import { lastSeq, selectChangesAfter, seqLostInRestore } from './changes.repository';

/** Beyond this a cursor cannot be one we made (and Number would lose digits). */
const MAX_CURSOR_DIGITS = 15;

function badCursor(): AppError {
  return new AppError(
    400,
    'invalid_cursor',
    'The pull cursor is not one this centre gave out. Pull again with "cursor": null to get everything.',
  );
}

/** The seq a cursor names; a 400 for anything the server did not hand out. */
async function cursorSeq(db: Kysely<Database>, cursor: string | null): Promise<number> {
  if (cursor === null) return 0;
  if (!new RegExp(`^\\d{1,${MAX_CURSOR_DIGITS}}$`).test(cursor)) throw badCursor();
  const seq = Number(cursor);
  // A cursor past the end comes from another database (a restore, a reinstall): the kiosk must
  // start again, or it would wait for numbers this feed will not reach for a long time.
  if (seq > (await lastSeq(db))) throw badCursor();
  // A cursor from the stretch a restore lost: the kiosk holds items this database never had.
  if (seq > 0 && (await seqLostInRestore(db, seq))) throw badCursor();
  return seq;
}

/**
 * The changes after `cursor` (null: everything), oldest first, at most `pageSize` (MAX_CHANGES);
 * `more` when there are others waiting. The cursor answered is the last seq sent (or the one
 * given, when nothing changed).
 */
export async function pull(
  db: Kysely<Database>,
  cursor: string | null,
  now: Date,
  pageSize: number = MAX_CHANGES,
): Promise<PullResponse> {
  const after = await cursorSeq(db, cursor);
  const rows = await selectChangesAfter(db, after, pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    cursor: String(last ? Number(last.seq) : after),
    changes: page.map(toChange),
    more: rows.length > pageSize,
    serverTime: now.toISOString(),
  };
}
