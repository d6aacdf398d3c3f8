/** What the service screens need: the centre's help.json and the categories, or that there is none. */
import type { HelpCategory, HelpConfig } from '../../../shared/config/help';
import { useConfig } from '../../app/state';
import { type ServiceDraft, serviceDraft } from './draft';

export function useHelp(): HelpConfig | null {
  return useConfig().help ?? null;
}

/** The draft and its category, or null when there is none (the session ended, or a stale screen). */
export function useDraft(): {
  help: HelpConfig;
  draft: ServiceDraft;
  category: HelpCategory;
} | null {
  const help = useHelp();
  const draft = serviceDraft.value;
  const category = draft && help?.categories.find((c) => c.id === draft.category);
  return help && draft && category ? { help, draft, category } : null;
}
