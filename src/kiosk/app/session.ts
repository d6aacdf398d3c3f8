/**
 * Beginning and end of one person's use of the kiosk. The end wipes everything personal from
 * memory and screen and puts voice, text size and language back to the centre's defaults.
 */
import { setLanguage } from '../../i18n';
import { toAttract } from './router';
import { getVoice } from './speech';
import { config, highContrast, session, textSize } from './state';

type EndHook = () => void;
const endHooks = new Set<EndHook>();

/** Flows register what they keep per person, so it is wiped too. */
export function onSessionEnd(hook: EndHook): () => void {
  endHooks.add(hook);
  return () => endHooks.delete(hook);
}

export function startSession(): void {
  session.value = { startedAt: Date.now(), staffUnlocked: false };
}

export function resetToDefaults(): void {
  const c = config.value;
  if (!c) return;
  textSize.value = c.kiosk.display.defaultTextSize;
  highContrast.value = c.kiosk.display.highContrast;
  setLanguage(c.kiosk.languages.default);
  getVoice()?.resetVolume();
}

export function endSession(): void {
  getVoice()?.stop();
  session.value = null;
  for (const hook of endHooks) hook();
  resetToDefaults();
  toAttract();
}
