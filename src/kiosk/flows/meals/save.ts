/**
 * Saving the elder's meal actions, through the flows' one way to save (../saving.ts): on disk
 * before any screen says "saved", then watched for the "saved" screen — booked (accepted),
 * refused (with the reason), or saved and to be sent once the network is back.
 */
import {
  MEAL_ACK,
  MEAL_BOOK,
  MEAL_CANCEL,
  type MealBookPayload,
} from '../../../shared/meals/index';
import { offline } from '../../app/offline';
import { NoOutboxError, saveAndWatch, store } from '../saving';
import { lastBooked, lastSaved } from './draft';

/** Book a meal (the payload carries the price the elder was shown). */
export function saveBooking(payload: MealBookPayload): Promise<void> {
  const key = [payload.memberId, payload.day, payload.sitting, payload.companion].join(':');
  lastBooked.value = payload;
  return saveAndWatch(lastSaved, 'meals', 'book', () =>
    store(MEAL_BOOK, key, payload, payload.memberId),
  );
}

/** Cancel a booking, named by the id of the entry that made it. */
export function saveCancel(memberId: string, bookingId: string): Promise<void> {
  return saveAndWatch(lastSaved, 'meals', 'cancel', () =>
    store(MEAL_CANCEL, bookingId, { memberId, bookingId }, memberId),
  );
}

/** The elder has been told about these refusals: tell the server, and remember it here. */
export async function acknowledge(
  memberId: string,
  notices: readonly { id: string; localOnly: boolean }[],
): Promise<void> {
  if (notices.length === 0) return;
  const o = offline.value;
  if (!o) throw new NoOutboxError();
  for (const n of notices) await o.outbox.markRejectedSeen(n.id);
  // Local-only refusals have a server notice too (made with the refusal): acknowledge them all.
  const noticeIds = notices.map((n) => n.id).slice(0, 50);
  await store(MEAL_ACK, noticeIds.join(','), { memberId, noticeIds }, memberId);
}
