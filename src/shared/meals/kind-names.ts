/**
 * The names of the meal entries, apart from their schemas (kinds.ts): the outbox, in the kiosk's
 * first load, keeps these kinds' payloads after sending and must not bring valibot with it.
 */
export const MEAL_BOOK_KIND = 'meal.book';
export const MEAL_CANCEL_KIND = 'meal.cancel';
export const MEAL_ACK_KIND = 'meal.ack';
