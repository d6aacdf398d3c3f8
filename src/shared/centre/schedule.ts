/** Which activities run on a day, and whether the centre is open: pure rules over the config. */
import type { CentreConfig } from '../config/schema';
import type { CentreClock } from './clock';

export type Activity = CentreConfig['activities'][number];
export type OpeningHours = CentreConfig['openingHours'][number];

/** The activities on the clock's date (weekly ones by weekday, one-off ones by date), by start time. */
export function activitiesOn(centre: CentreConfig, clock: CentreClock): Activity[] {
  return centre.activities
    .filter((a) =>
      a.date !== undefined ? a.date === clock.date : (a.days ?? []).includes(clock.weekday),
    )
    .sort((a, b) =>
      a.start === b.start ? a.end.localeCompare(b.end) : a.start.localeCompare(b.start),
    );
}

export type ActivityTiming = 'done' | 'now' | 'later';

/** Whether an activity today is over, under way or still to come at the clock's time. */
export function activityTiming(activity: Activity, clock: CentreClock): ActivityTiming {
  if (clock.time >= activity.end) return 'done';
  if (clock.time >= activity.start) return 'now';
  return 'later';
}

/** Today's opening period, if the centre opens today at all. */
export function hoursOn(centre: CentreConfig, clock: CentreClock): OpeningHours | undefined {
  return centre.openingHours.find((h) => h.days.includes(clock.weekday));
}

export function isOpen(centre: CentreConfig, clock: CentreClock): boolean {
  const h = hoursOn(centre, clock);
  return h !== undefined && clock.time >= h.open && clock.time < h.close;
}

/**
 * Opening hours grouped for reading aloud: consecutive weekdays with the same hours become
 * one range ("Monday to Friday 08:00–17:30"); days not listed are closed.
 */
export interface HoursLine {
  fromDay: number;
  toDay: number;
  open: string | null;
  close: string | null;
}

export function weeklyHours(centre: CentreConfig): HoursLine[] {
  const byDay: { open: string | null; close: string | null }[] = [];
  for (let d = 1; d <= 7; d++) {
    const h = centre.openingHours.find((x) => x.days.includes(d));
    byDay.push({ open: h?.open ?? null, close: h?.close ?? null });
  }
  const lines: HoursLine[] = [];
  byDay.forEach((h, i) => {
    const last = lines[lines.length - 1];
    if (last && last.open === h.open && last.close === h.close && last.toDay === i)
      last.toDay = i + 1;
    else lines.push({ fromDay: i + 1, toDay: i + 1, open: h.open, close: h.close });
  });
  return lines;
}
