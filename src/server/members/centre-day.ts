/**
 * "Today" at the centre: ages and membership status are counted in calendar days of the
 * centre's own time zone (centre.json's timeZone), whatever zone the server runs in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { centreClock } from '../../shared/centre/clock';

/**
 * Used when the server is not given a centre folder (tests, a bare createApi) or its centre.json
 * cannot be read: the product serves mainland China first.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The centre's calendar day ("YYYY-MM-DD") at `now`. */
export function centreToday(now: Date, timeZone: string): string {
  return centreClock(now, timeZone).date;
}

function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How long a read of centre.json is trusted; the folder is live, but a zone rarely changes. */
const REREAD_MS = 60_000;

/**
 * A function answering the time zone in `configDir`'s centre.json, read again at most once a
 * minute (the folder is served live, so an edit is picked up without a restart). A missing or
 * broken file answers DEFAULT_TIME_ZONE: config:check and the kiosk report the file's problems.
 */
export function centreTimeZoneReader(configDir: string): () => string {
  let zone = DEFAULT_TIME_ZONE;
  let readAt = Number.NEGATIVE_INFINITY;
  return () => {
    const now = Date.now();
    if (now - readAt < REREAD_MS) return zone;
    readAt = now;
    try {
      const centre: unknown = JSON.parse(readFileSync(join(configDir, 'centre.json'), 'utf8'));
      const found = (centre as { timeZone?: unknown } | null)?.timeZone;
      zone = isTimeZone(found) ? found : DEFAULT_TIME_ZONE;
    } catch {
      zone = DEFAULT_TIME_ZONE;
    }
    return zone;
  };
}
