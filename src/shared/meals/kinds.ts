/**
 * The elder's meal actions as outbox entries. The kiosk stores them offline; the server applies
 * each once, re-checking everything with its own clock and config (the kiosk's view may be old).
 */
import * as v from 'valibot';
import { defineEntryKind } from '../sync/kinds';
import { MEAL_ACK_KIND, MEAL_BOOK_KIND, MEAL_CANCEL_KIND } from './kind-names';

const DAY = v.pipe(
  v.string('must be a date in text'),
  v.isoDate('must be a date like "2026-11-24"'),
);
const ID = (what: string) =>
  v.pipe(
    v.string(`must be the ${what} in text`),
    v.minLength(1, `must not be empty`),
    v.maxLength(64, `must be at most 64 characters`),
  );

/** Book one meal: for the member, or (companion) for a family member at the full price. */
export const MEAL_BOOK = defineEntryKind({
  kind: MEAL_BOOK_KIND,
  payload: v.strictObject({
    memberId: ID('member id'),
    day: DAY,
    sitting: ID('sitting id'),
    mealId: ID('meal id'),
    delivery: v.boolean('must be true or false'),
    companion: v.boolean('must be true or false'),
    /** What the kiosk showed and said the elder would pay (fen), so a difference can be told. */
    quotedElderFen: v.pipe(
      v.number('must be a number of fen'),
      v.integer('must be whole fen'),
      v.minValue(0, 'must not be negative'),
      v.maxValue(1_000_000, 'must be at most 1,000,000 fen'),
    ),
  }),
});
export type MealBookPayload = v.InferOutput<typeof MEAL_BOOK.payload>;

/** Cancel a booking (named by the id of the entry that made it) before its cut-off. */
export const MEAL_CANCEL = defineEntryKind({
  kind: MEAL_CANCEL_KIND,
  payload: v.strictObject({ memberId: ID('member id'), bookingId: ID('booking id') }),
});
export type MealCancelPayload = v.InferOutput<typeof MEAL_CANCEL.payload>;

/** The elder has been told about these refusals (on the kiosk, in words and voice). */
export const MEAL_ACK = defineEntryKind({
  kind: MEAL_ACK_KIND,
  payload: v.strictObject({
    memberId: ID('member id'),
    noticeIds: v.pipe(
      v.array(ID('notice id'), 'must be a list of notice ids'),
      v.minLength(1, 'must name at least one notice'),
      v.maxLength(50, 'must name at most 50 notices'),
    ),
  }),
});
export type MealAckPayload = v.InferOutput<typeof MEAL_ACK.payload>;
