/**
 * Opaque page cursors for keyset paging (the audit log, the register, the refusals list): a
 * cursor names the last row already read by its sort key and id.
 */
import { findBadText } from '../../shared/sync/json-value';
import { AppError } from '../http/errors';

/** A position in a list's order: the sort key and id of the last row already read. */
export interface PagePosition {
  at: string;
  id: string;
}

/** An opaque cursor for the row after which the next page starts. */
export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

/** The position a cursor names, or a 400 if it was not made by `encodeCursor`. */
export function decodeCursor(cursor: string): PagePosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A forged cursor could carry a NUL into a query, which PostgreSQL refuses with an error.
    const value = findBadText(parsed) ? undefined : parsed;
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string')
      return { at: value[0], id: value[1] };
  } catch {
    // fall through to the error below
  }
  throw new AppError(
    400,
    'invalid_cursor',
    'The page cursor is not valid; start from the first page.',
  );
}
