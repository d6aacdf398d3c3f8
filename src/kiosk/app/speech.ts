/**
 * The shell's use of the voice: each screen's prompt plays on entry (when the centre wants it),
 * "Hear again" replays the last prompt or message, and anything said is also the caption.
 */
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Voice } from '../voice';
import { route } from './router';
import { config } from './state';

let voice: Voice | null = null;
interface Message {
  text: string;
  /** What to say, when it differs from the caption (phone numbers digit by digit). */
  spoken?: string;
}
const lastMessage = signal<Message>({ text: '' });

/**
 * The voice arrives just after the first paint (main.tsx: its code is not in the first load). A
 * message asked for before then is spoken when it arrives, if it is still this recent.
 */
const UNSPOKEN_KEEP_MS = 5000;
let unspoken: { message: Message; at: number } | null = null;

function speakMessage(m: Message) {
  if (!m.text) return;
  if (!voice) {
    unspoken = { message: m, at: Date.now() };
    return;
  }
  void voice.speak(m.text, m.spoken === undefined ? undefined : { spoken: m.spoken });
}

export function setVoice(v: Voice | null): void {
  voice = v;
  const waiting = unspoken;
  unspoken = null;
  if (
    waiting &&
    Date.now() - waiting.at <= UNSPOKEN_KEEP_MS &&
    waiting.message === lastMessage.peek()
  )
    speakMessage(waiting.message);
}

export function getVoice(): Voice | null {
  return voice;
}

/** Say a prompt, an error or a receipt: spoken, captioned, and what "Hear again" repeats. */
export function say(text: string, spoken?: string): void {
  lastMessage.value = { text, spoken };
  speakMessage(lastMessage.value);
}

/** Speak without making it the message to repeat (keypad digits, samples). */
export function sayBriefly(text: string): void {
  void voice?.speak(text);
}

export function hearAgain(): void {
  speakMessage(lastMessage.value);
}

export function stopSpeaking(): void {
  voice?.stop();
}

/** Stop, and forget what was said: no caption left, nothing for "Hear again" (a person is gone). */
export function forgetSpeech(): void {
  lastMessage.value = { text: '' };
  unspoken = null;
  voice?.forget();
}

/** The screen's spoken prompt: played once on entry (if the config says so), repeatable. */
export function usePrompt(text: string, spoken?: string): void {
  const key = route.value.key;
  // Speak once per screen entry (the route key), not again on every change of the text.
  useEffect(() => {
    lastMessage.value = { text, spoken };
    if (config.value?.kiosk.voice.promptOnEntry) speakMessage(lastMessage.value);
  }, [key]);
  // Keep "Hear again" current when the text changes (a language switch) without speaking again.
  useEffect(() => {
    lastMessage.value = { text, spoken };
  }, [text, spoken]);
}

export const caption = () => voice?.caption.value ?? '';

/** One line of a list that can change while the elder looks at it: its id and its spoken words. */
export interface SpokenItem {
  key: string;
  words: string;
}

/**
 * Words that change while the elder is looking (a request's status, a booking's): each change is
 * said as it arrives and becomes what "Hear again" repeats, so an elder who cannot read the new
 * line still learns of it. What the screen showed first is its prompt's to say, not this.
 */
export function useSayChanges(items: readonly SpokenItem[]): void {
  const seen = useRef<Map<string, string> | null>(null);
  // Compared by content: lists are rebuilt on every render.
  const signature = items.map((i) => `${i.key}\u0000${i.words}`).join('\u0001');
  useEffect(() => {
    const before = seen.current;
    seen.current = new Map(items.map((i) => [i.key, i.words]));
    if (!before) return;
    const changed = items.filter((i) => before.get(i.key) !== i.words);
    if (changed.length > 0) say(changed.map((i) => i.words).join(' '));
  }, [signature]);
}
