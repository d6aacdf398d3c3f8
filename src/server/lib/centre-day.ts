/**
 * "Today" at the centre: ages, membership status, meal days and help reports are counted in
 * calendar days of the centre's own time zone (centre.json's timeZone), whatever zone the server
 * runs in. Here, not in one feature, because members, meals, help and config all need it.
 */
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
