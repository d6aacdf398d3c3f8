/** A day in a query or body: "YYYY-MM-DD" and a real calendar day (isoDate alone lets "2026-02-30" through). */
import * as v from 'valibot';

export const dayField = (what: string) =>
  v.pipe(
    v.string(`Give ${what} as a date like 2026-11-25.`),
    v.isoDate(`Give ${what} as a date like 2026-11-25.`),
    v.check(
      (d) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d,
      `${what[0]?.toUpperCase()}${what.slice(1)} is not a day of the calendar.`,
    ),
  );
