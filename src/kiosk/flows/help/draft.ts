/**
 * The service request the elder is putting together, step by step, and what became of the last
 * save (for the "sent" screen). Personal, so wiped with the session.
 */
import { signal } from '@preact/signals';
import type { HelpCategory } from '../../../shared/config/help';
import { answersNeeded, type HelpWhen, type HelpWhere } from '../../../shared/help/kinds';
import { onSessionEnd } from '../../app/session';
import type { SavedAction } from '../saving';

export interface ServiceDraft {
  category: string;
  when?: HelpWhen;
  where?: HelpWhere;
  /** A complaint sent without saying who (only complaint categories allow it). */
  anonymous?: boolean;
}

export const serviceDraft = signal<ServiceDraft | null>(null);

/** Which page of categories "more" shows (0 is the first screen). */
export const categoryPage = signal(0);

/** What happened to the last request or cancellation, for the "sent" screen. */
export const lastSaved = signal<SavedAction<'request' | 'cancel'> | null>(null);

/** The request being cancelled (chosen on "my requests", confirmed on the next screen). */
export const cancelling = signal<string | null>(null);

export function startDraft(category: string): void {
  serviceDraft.value = { category };
}

export function updateDraft(change: Partial<ServiceDraft>): void {
  if (serviceDraft.value) serviceDraft.value = { ...serviceDraft.value, ...change };
}

/** What comes next for a draft: a question still open, who is asking, or the check. */
export type NextStep = 'help-when' | 'help-where' | 'identify' | 'help-who' | 'help-confirm';

export function nextStep(
  draft: ServiceDraft,
  category: HelpCategory,
  identified: boolean,
): NextStep {
  const needs = answersNeeded(category.asks);
  if (needs.when && !draft.when) return 'help-when';
  if (needs.where && !draft.where) return 'help-where';
  if (identified || draft.anonymous) return 'help-confirm';
  // A complaint may be made without a name: the elder chooses.
  return category.complaint ? 'help-who' : 'identify';
}

onSessionEnd(() => {
  serviceDraft.value = null;
  categoryPage.value = 0;
  lastSaved.value = null;
  cancelling.value = null;
});
