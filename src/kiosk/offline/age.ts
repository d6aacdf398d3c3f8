/** "N minutes ago" as an i18n key suffix and count, for `sync.lastSent.*` and `sync.dataAge.*`. */

/** The unit to say an age in, and how many. */
export interface Age {
  unit: 'justNow' | 'minutes' | 'hours' | 'days';
  count: number;
}

/** The age of something `ms` old, rounded down: under a minute is "just now". */
export function ageOf(ms: number): Age {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return { unit: 'justNow', count: 0 };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  return hours < 24
    ? { unit: 'hours', count: hours }
    : { unit: 'days', count: Math.floor(hours / 24) };
}
