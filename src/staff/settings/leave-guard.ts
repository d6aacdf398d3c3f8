/**
 * A warning before a draft is left behind: the browser's own question when the tab is closed or
 * reloaded (the draft lives only in this page), and ours when staff go from the settings to
 * another console page (the draft is kept, but they may think it was saved).
 */
import { t } from '../../i18n';
import { dirty } from './draft';

const isSettings = (hash: string) => /^#\/settings(\/|$)/.test(hash);

function beforeUnload(event: BeforeUnloadEvent): void {
  if (!dirty.value) return;
  event.preventDefault();
  // Older browsers show the question only when returnValue is set.
  event.returnValue = '';
}

function hashChange(event: HashChangeEvent): void {
  const from = new URL(event.oldURL).hash;
  const to = new URL(event.newURL).hash;
  if (!dirty.value || !isSettings(from) || isSettings(to)) return;
  if (!window.confirm(t('settings.leave.question'))) history.back();
}

let installed = false;

/** Starts watching (once for the page's life; it asks only while there is a draft). */
export function guardUnsavedDraft(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('beforeunload', beforeUnload);
  window.addEventListener('hashchange', hashChange);
}
