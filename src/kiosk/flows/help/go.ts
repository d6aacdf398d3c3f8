/** Moving through the service steps: each answer leads to the next open question, then who, then the check. */
import { navigate } from '../../app/router';
import { identifiedMember, identify } from '../identify/identify';
import type { useHelp } from './context';
import { nextStep, serviceDraft } from './draft';

/** Go to the step after the current one. */
export function goOn(help: NonNullable<ReturnType<typeof useHelp>>): void {
  const draft = serviceDraft.value;
  const category = draft && help.categories.find((c) => c.id === draft.category);
  if (!draft || !category) return;
  const step = nextStep(draft, category, identifiedMember.value !== null);
  // Identify once per session; then straight on to the check (the check greets by name).
  if (step === 'identify') identify({ next: 'help-confirm', greetedByJob: true });
  else navigate(step);
}
