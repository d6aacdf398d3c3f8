/** What the meal routes accept, with messages a person can act on. */
import * as v from 'valibot';
import { dayField } from '../../shared/api/fields';

const day = dayField;

/** GET /api/meals/roster */
export const RosterQuery = v.object({
  day: day('the day'),
  sitting: v.pipe(
    v.string('Name the sitting, e.g. lunch.'),
    v.regex(/^[a-z0-9-]{2,20}$/, 'Name the sitting, e.g. lunch.'),
  ),
  format: v.optional(v.picklist(['json', 'csv'], 'format must be json or csv.')),
});

/** POST /api/meals/bookings/:id/status */
export const BookingStatusBody = v.object({
  status: v.picklist(
    ['booked', 'served', 'delivered', 'no-show'],
    'status must be one of: booked (undo), served, delivered, no-show.',
  ),
});

/** GET /api/meals/report */
export const ReportQuery = v.pipe(
  v.object({
    from: day('the first day'),
    to: day('the last day'),
    format: v.optional(v.picklist(['json', 'csv'], 'format must be json or csv.')),
  }),
  v.check((q) => q.from <= q.to, 'The first day must not be after the last day.'),
  v.check(
    (q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000,
    'A report covers at most one year; choose a shorter range.',
  ),
);
