/**
 * Times on the wire: ISO 8601 with an explicit UTC offset. The kiosk's time is kept for reports
 * only; every rule (cut-offs, expiry) is judged by the server's clock, since kiosk clocks drift.
 */

const ISO_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** A real calendar date and time with a UTC offset, like "2026-11-24T19:40:00.000+08:00". */
export function isIsoWithOffset(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_OFFSET.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = m
    .slice(1)
    .map(Number) as number[];
  // Date.parse accepts "February 30"; rebuild the date to catch that.
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() + 1 === month &&
    date.getUTCDate() === day &&
    (hour ?? 99) < 24 &&
    (minute ?? 99) < 60 &&
    (second ?? 99) < 60 &&
    (m[8] === undefined || ((offsetHours ?? 99) <= 14 && (offsetMinutes ?? 99) < 60))
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `ms` as local wall time with its offset (the default is this runtime's zone at that instant),
 * so a report shows the time the elder saw on the kiosk's clock.
 */
export function isoWithOffset(
  ms: number,
  offsetMinutes = -new Date(ms).getTimezoneOffset(),
): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * How far the kiosk's clock is ahead of the server's (negative: behind). Pass a time the kiosk
 * stamped just before sending (a push's `sentAt`), not an old entry's `kioskTime`, whose age
 * would be counted as skew.
 */
export function clockSkewMs(kioskTime: string, serverTime: string): number {
  return Date.parse(kioskTime) - Date.parse(serverTime);
}
