/**
 * The booking the elder is putting together, step by step, and the last one saved (for the
 * "saved" screen). Personal, so wiped with the session like everything else about the person.
 */
import { signal } from '@preact/signals';
import type { MealBookPayload } from '../../../shared/meals/index';
import { onSessionEnd } from '../../app/session';
import type { SavedAction } from '../saving';

export interface MealDraft {
  memberId: string;
  /** A family member's meal at the full price. */
  companion: boolean;
  day?: string;
  sitting?: string;
  mealId?: string;
  delivery?: boolean;
}

export const draft = signal<MealDraft | null>(null);

/** What happened to the last save (a booking or a cancellation: the words differ), for the "saved" screen. */
export const lastSaved = signal<SavedAction<'book' | 'cancel'> | null>(null);

/** The booking last saved (what, when, where, the price shown), for the "saved" screen to repeat. */
export const lastBooked = signal<MealBookPayload | null>(null);

/** The booking being cancelled (chosen on "my meals", confirmed on the next screen). */
export const cancelling = signal<string | null>(null);

/** Begin a new booking for `memberId`. */
export function startDraft(memberId: string, companion: boolean): void {
  draft.value = { memberId, companion };
}

/** Change the draft (a step's choice). */
export function updateDraft(change: Partial<MealDraft>): void {
  if (draft.value) draft.value = { ...draft.value, ...change };
}

onSessionEnd(() => {
  draft.value = null;
  lastSaved.value = null;
  lastBooked.value = null;
  cancelling.value = null;
});
