/**
 * Beginning and end of one person's use of the kiosk. The end wipes everything personal from
 * memory and screen and puts voice, text size and language back to the centre's defaults.
 * Finishing a task (a booking saved, a request sent) forgets the person too, so whoever touches
 * the kiosk next can never act in their name without their own card.
 */
import { setLanguage } from '../../i18n';
import { home, toAttract } from './router';
import { forgetSpeech, getVoice } from './speech';
import { config, highContrast, session, textSize } from './state';

type EndHook = () => void;
const endHooks = new Set<EndHook>();

/**
 * Flows register what they keep per person, so it is wiped too: at the end of the session and
 * whenever the person is forgotten after a finished task.
 */
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

/**
 * Forget who is at the kiosk and everything the flows hold about them, and what was last said
 * (a greeting by name must not stay as the caption or be heard again).
 */
function forgetPerson(): void {
  const s = session.value;
  if (s) {
    const { member: _member, identify: _identify, id: _id, proof: _proof, ...rest } = s;
    session.value = rest;
  }
  for (const hook of endHooks) hook();
  forgetSpeech();
}

export function endSession(): void {
  forgetPerson();
  session.value = null;
  resetToDefaults();
  toAttract();
}

/**
 * The elder's "好的" after a finished task: the person is forgotten and the kiosk is home, with
 * a fresh stack (Back cannot lead into their screens). Home, not the attract screen: the same
 * elder may still want the activities or another job (their card again), at the text size and
 * language they chose; nothing of theirs is left to see.
 */
export function finishTask(): void {
  forgetPerson();
  home();
}
