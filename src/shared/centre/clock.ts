/** Wall-clock facts in the centre's own time zone, whatever zone the kiosk's OS is set to. */

export interface CentreClock {
  /** "YYYY-MM-DD" in the centre's zone. */
  date: string;
  /** 1 = Monday … 7 = Sunday (ISO), as the config's `days` lists use. */
  weekday: number;
  /** "HH:MM", 24-hour. */
  time: string;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** What the clock on the centre's wall says at `instant`. */
export function centreClock(instant: Date, timeZone: string): CentreClock {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
    time: `${parts.hour}:${parts.minute}`,
    hour,
    minute,
  };
}
