/** Entry kinds for the tests, defined the way features will define theirs. */
import * as v from 'valibot';
import { defineEntryKind, entryKinds } from '../../../src/shared/sync/kinds';

export const mealBook = defineEntryKind({
  kind: 'meal.book',
  payload: v.object({
    card: v.pipe(v.string('must be text'), v.regex(/^\d{4,8}$/, 'must be 4 to 8 digits')),
    date: v.pipe(v.string(), v.isoDate('must be a date like 2026-11-24')),
    meal: v.picklist(['lunch', 'dinner'], 'must be "lunch" or "dinner"'),
  }),
});

export const helpCall = defineEntryKind({
  kind: 'help.call',
  payload: v.object({ category: v.string('must be text'), note: v.optional(v.string()) }),
});

export const KINDS = entryKinds(mealBook, helpCall);

/** A valid meal booking payload; `n` varies the card number. */
export const booking = (n = 1) => ({
  card: String(1000 + n),
  date: '2026-11-25',
  meal: 'lunch' as const,
});
