/**
 * Timestamps are stored as ISO 8601 UTC text with milliseconds ("2026-11-24T19:40:17.000Z"):
 * fixed width, so text order is time order on both SQLite and PostgreSQL; readable in a CSV and
 * in `sqlite3`; and read back as a string by both drivers (pg turns bigint into a string anyway).
 * The app always makes them — never a database default, whose format differs per dialect.
 */
export type IsoTimestamp = string;

/** A clock the services read, so tests can move time instead of waiting. */
export type Clock = () => Date;

/** The real clock. */
export const systemClock: Clock = () => new Date();

/** `date` as a stored timestamp. */
export function toIso(date: Date): IsoTimestamp {
  return date.toISOString();
}

/** `ms` milliseconds after `date`, as a stored timestamp. */
export function isoAfter(date: Date, ms: number): IsoTimestamp {
  return new Date(date.getTime() + ms).toISOString();
}
