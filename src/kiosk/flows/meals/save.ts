/**
 * Saving the elder's meal actions: each goes to the outbox (on disk) before any screen says it
 * is saved; then the screen waits a moment for the server's answer and says what is true:
 * booked (accepted), refused (with the reason), or saved and to be sent once the network is back.
 */
import * as v from 'valibot';
import {
  MEAL_ACK,
  MEAL_BOOK,
  MEAL_CANCEL,
  type MealBookPayload,
} from '../../../shared/meals/index';
import type { EntryKind } from '../../../shared/sync/kinds';
import { logError } from '../../app/device';
import { offline } from '../../app/offline';
import type { StoredEntry } from '../../offline/db';
import { lastSaved } from './draft';

/** The kiosk's outbox did not open at boot: nothing can be saved (staff see the boot error). */
export class NoOutboxError extends Error {
  constructor() {
    super('the outbox is not open');
    this.name = 'NoOutboxError';
  }
}

/**
 * Check the payload against the kind (a wrong one is a bug of this flow: fail before storing),
 * then store it once: a double tap within the outbox's window gives the same entry back.
 */
async function store<P>(
  kind: EntryKind<string, P>,
  onceKey: string,
  payload: P,
  memberId: string,
): Promise<StoredEntry> {
  const o = offline.value;
  if (!o) throw new NoOutboxError();
  const checked = v.parse(kind.payload, payload);
  return o.saveOnce(`${kind.kind}:${onceKey}`, kind.kind, checked, { subject: memberId });
}

/** Store the action, then record on `lastSaved` what the "saved" screen should say. */
async function saveAndWatch(
  action: 'book' | 'cancel',
  save: () => Promise<StoredEntry>,
): Promise<void> {
  lastSaved.value = { entryId: null, action, phase: { kind: 'sending' } };
  let entry: StoredEntry;
  try {
    entry = await save();
  } catch (error) {
    logError(error, `meals: saving a ${action}`);
    lastSaved.value = {
      entryId: null,
      action,
      phase: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) },
    };
    return;
  }
  lastSaved.value = { entryId: entry.id, action, phase: { kind: 'sending' } };
  const o = offline.value;
  if (!o) return;
  const outcome = await o.outcome(entry);
  // Only if the elder is still looking at this save (not a newer one, not a new session).
  if (lastSaved.value?.entryId === entry.id)
    lastSaved.value = { entryId: entry.id, action, phase: { kind: 'done', outcome } };
}

/** Book a meal (the payload carries the price the elder was shown). */
export function saveBooking(payload: MealBookPayload): Promise<void> {
  const key = [payload.memberId, payload.day, payload.sitting, payload.companion].join(':');
  return saveAndWatch('book', () => store(MEAL_BOOK, key, payload, payload.memberId));
}

/** Cancel a booking, named by the id of the entry that made it. */
export function saveCancel(memberId: string, bookingId: string): Promise<void> {
  return saveAndWatch('cancel', () =>
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
