/**
 * How a kiosk flow saves an elder's action, the same for every flow (meals, help, and the next
 * ones): checked against its kind, stored to the outbox (on disk) before any screen says
 * "saved", then watched for a moment so the screen can say what is true — sent, refused with the
 * server's reason, or saved and to be sent once the network is back. What each state is called
 * on screen is in saved-words.ts.
 */
import type { Signal } from '@preact/signals';
import * as v from 'valibot';
import type { EntryKind } from '../../shared/sync/kinds';
import { logError } from '../app/device';
import { offline } from '../app/offline';
import type { StoredEntry } from '../offline/db';
import type { SaveOutcome } from '../offline/offline';
import { storeOnce } from './store-entry';

export { memberOptions, NoOutboxError } from './store-entry';

/** Where the last save has got to: on its way to disk, waiting for the server, answered, or lost. */
export type SavePhase =
  | { kind: 'storing' }
  | { kind: 'sending' }
  | { kind: 'done'; outcome: SaveOutcome }
  | { kind: 'failed'; detail: string };

/** The last save of a flow, for its "saved" screen; `action` picks the words (book, cancel…). */
export interface SavedAction<A extends string> {
  entryId: string | null;
  action: A;
  phase: SavePhase;
}

/**
 * Check the payload against the kind (a wrong one is a bug of the flow: fail before storing),
 * then store it once: a double tap within the outbox's window gives the same entry back.
 * `memberId` makes the entry the member's, with their proof; none for an anonymous one.
 */
export async function store<P>(
  kind: EntryKind<string, P>,
  onceKey: string,
  payload: P,
  memberId: string | null,
): Promise<StoredEntry> {
  const checked = v.parse(kind.payload, payload);
  return storeOnce(kind.kind, onceKey, checked, memberId);
}

/**
 * Run `save` and record on `saved` each step the flow's "saved" screen should say; `flow` names
 * the flow in the log staff read when storing failed.
 */
export async function saveAndWatch<A extends string>(
  saved: Signal<SavedAction<A> | null>,
  flow: string,
  action: A,
  save: () => Promise<StoredEntry>,
): Promise<void> {
  saved.value = { entryId: null, action, phase: { kind: 'storing' } };
  let entry: StoredEntry;
  try {
    entry = await save();
  } catch (error) {
    logError(error, `${flow}: saving a ${action}`);
    const detail = error instanceof Error ? error.message : String(error);
    saved.value = { entryId: null, action, phase: { kind: 'failed', detail } };
    return;
  }
  saved.value = { entryId: entry.id, action, phase: { kind: 'sending' } };
  const o = offline.value;
  if (!o) return;
  const outcome = await o.outcome(entry);
  // Only if the elder is still looking at this save (not a newer one, not a new session).
  if (saved.value?.entryId === entry.id)
    saved.value = { entryId: entry.id, action, phase: { kind: 'done', outcome } };
}
