/** The browser's own speechSynthesis: the default provider, offline wherever the OS has voices. */
import type { Language } from '../../shared/config/schema';
import { pickVoice } from './select-voice';
import type {
  Outcome,
  SentenceOptions,
  SynthLike,
  Timers,
  UtteranceCtor,
  VoiceLike,
} from './types';
import { CANCEL_ERRORS, endTimeoutMs, utter } from './utterance';

/**
 * How long to wait for the voice list before saying there are none. Chromium on Linux with
 * speech-dispatcher delivered it after 3.7–10.3 s in our runs; where no voice exists Chromium says
 * so at once (an empty `voiceschanged`, or `synthesis-failed` on speak), so this only matters for
 * browsers that stay silent.
 */
export const VOICES_GRACE_MS = 30_000;

/** The configured speech tag and optional voice name for one interface language. */
export type WantedVoice = { lang: string; name?: string | undefined };

/** The browser provider as the voice module sees it. */
export interface BrowserProvider {
  /** Whether the OS has any voice; 'unknown' until the list has loaded. */
  available(): boolean | 'unknown';
  /** The voice that would speak `language`, or null. */
  voiceFor(language: Language, wanted: WantedVoice): VoiceLike | null;
  /** Speak one sentence; 'timeout' after a generous wait, with the synthesizer reset. */
  speak(text: string, options: SentenceOptions & { wanted: WantedVoice }): Promise<Outcome>;
  /** Stop at once. */
  cancel(): void;
}

/** Wrap `synth` (null where the browser has no speechSynthesis); `onChange` fires when voices load. */
export function createBrowserProvider(
  synth: SynthLike | null,
  Utterance: UtteranceCtor | null,
  timers: Timers,
  onChange: () => void,
): BrowserProvider {
  let voices: readonly VoiceLike[] = [];
  let state: boolean | 'unknown' = synth && Utterance ? 'unknown' : false;

  const refresh = () => {
    if (!synth || !Utterance) return;
    try {
      voices = synth.getVoices();
    } catch {
      voices = [];
    }
    if (voices.length > 0) state = true;
    else if (state === true) state = false;
  };

  refresh();
  // Chromium fills the list after start-up and says so with `voiceschanged` (an empty list where
  // no voice is installed); other browsers may never fire it, hence the grace period.
  synth?.addEventListener?.('voiceschanged', () => {
    refresh();
    if (voices.length === 0) state = false;
    onChange();
  });
  if (state === 'unknown') {
    timers.setTimeout(() => {
      refresh();
      if (state === 'unknown') {
        state = false;
        onChange();
      }
    }, VOICES_GRACE_MS);
  }

  return {
    available: () => state,
    voiceFor: (language, wanted) => pickVoice(voices, language, wanted),
    async speak(text, { lang, rate, volume, wanted }) {
      if (!synth || !Utterance) return { kind: 'error', error: 'no speechSynthesis' };
      refresh();
      const outcome = await utter(
        synth,
        Utterance,
        text,
        {
          lang: wanted.lang,
          voice: pickVoice(voices, lang, wanted),
          rate,
          volume,
          timeoutMs: endTimeoutMs(text, rate),
        },
        timers,
      );
      if (outcome.kind === 'timeout') {
        // The stuck utterance would block Chromium's queue; clear it so the next one plays.
        synth.cancel();
      } else if (
        outcome.kind === 'error' &&
        voices.length === 0 &&
        !CANCEL_ERRORS.has(outcome.error)
      ) {
        state = false;
        onChange();
      }
      return outcome;
    },
    cancel() {
      synth?.cancel();
    },
  };
}
