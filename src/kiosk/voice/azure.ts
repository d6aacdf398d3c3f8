/**
 * Azure Speech through web-speech-cognitive-services. The package (~88 KB gzip, the speech SDK
 * does not tree-shake) is loaded by dynamic import only when a centre configures Azure. It is
 * given short-lived tokens from the centre server (speech-token.ts), never the Azure key.
 */
import type { Language } from '../../shared/config/schema';
import { azureVoiceName } from './azure-voices';
import type { WantedVoice } from './browser';
import type { SpeechTokenSource } from './speech-token';
import type {
  AzureModule,
  Outcome,
  SentenceOptions,
  SynthLike,
  Timers,
  UtteranceCtor,
  UtteranceLike,
} from './types';
import { endTimeoutMs, utter } from './utterance';

/** How long Azure may take to return a sentence's audio before we fall back to the browser. */
export const AZURE_FETCH_TIMEOUT_MS = 8000;

/** The default loader: the package root only, as its deep imports are not exported. */
export const loadAzureModule = (): Promise<AzureModule> => import('web-speech-cognitive-services');

/** Azure as the voice module sees it. */
export interface AzureProvider {
  /** Load the package and create the ponyfill (once); rejects if either fails. */
  load(): Promise<void>;
  /** Speak one sentence; an 'error' means nothing was heard and the browser should say it. */
  speak(text: string, options: SentenceOptions & { wanted: WantedVoice }): Promise<Outcome>;
  /** The Azure voice name for a language. */
  voiceName(language: Language, wanted: WantedVoice): string;
  /** Stop at once, including audio still being fetched. */
  cancel(): void;
}

interface Ponyfill {
  synth: SynthLike;
  Utterance: UtteranceCtor;
}

/** The ponyfill utterance's fetch step (see guardFetch); absent on fakes. */
interface FetchingUtterance extends UtteranceLike {
  preload?: (options: unknown) => void;
  arrayBufferPromise?: Promise<ArrayBuffer>;
}

interface Guard {
  dropped: boolean;
  fetched: boolean;
}

/**
 * The ponyfill fetches a sentence's audio in preload() and plays it when it arrives, and its
 * cancel() cannot stop a fetch in flight, so a touch during the fetch would still be followed by
 * the old sentence. Wrapping the fetched promise lets us drop that audio, and tells us when the
 * fetch is done so a hung network falls back quickly.
 */
function guardFetch(utterance: FetchingUtterance, guard: Guard): void {
  const preload = utterance.preload?.bind(utterance);
  if (!preload) {
    guard.fetched = true; // cannot tell; rely on the end timeout alone
    return;
  }
  utterance.preload = (options: unknown) => {
    preload(options);
    const fetching = utterance.arrayBufferPromise;
    if (!fetching) return;
    const guarded = fetching.then((audio) => {
      guard.fetched = true;
      if (guard.dropped) throw new Error('cancelled');
      return audio;
    });
    guarded.catch(() => {}); // play() may never run (queue cleared); its error is ours to ignore
    utterance.arrayBufferPromise = guarded;
  };
}

/**
 * The ponyfill pastes the text into SSML unescaped, so "茶 & 咖啡" or "<5元" would be rejected by
 * Azure; escape the XML specials first.
 */
export function escapeForSsml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Create the Azure provider over a token source; nothing loads until load() or speak(). */
export function createAzureProvider(
  tokens: SpeechTokenSource,
  loadModule: () => Promise<AzureModule>,
  timers: Timers,
): AzureProvider {
  let ponyfill: Ponyfill | null = null;
  let loading: Promise<void> | null = null;
  let current: Guard | null = null;

  const voiceName = (language: Language, wanted: WantedVoice): string =>
    azureVoiceName(language, wanted, ponyfill?.synth.getVoices() ?? []);

  const load = (): Promise<void> => {
    loading ??= (async () => {
      // A token first: without one (offline, not enrolled) Azure cannot speak, so the load fails
      // and the browser speaks. The ponyfill also asks for credentials as it starts, unwatched.
      await tokens.get();
      const module = await loadModule();
      const { speechSynthesis, SpeechSynthesisUtterance } = module.createSpeechSynthesisPonyfill({
        // Asked before each sentence's request: a token near its end is renewed there.
        credentials: () => tokens.get(),
      });
      // The ponyfill returns {} where the browser has no Web Audio.
      if (!speechSynthesis || !SpeechSynthesisUtterance) throw new Error('no Web Audio');
      ponyfill = { synth: speechSynthesis, Utterance: SpeechSynthesisUtterance };
    })();
    // A failed load (e.g. the chunk could not be fetched) may be retried by a later sentence.
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };

  return {
    load,
    voiceName,
    async speak(text, { lang, rate, volume, wanted }) {
      await load();
      const p = ponyfill;
      if (!p) return { kind: 'error', error: 'not loaded' };
      const guard: Guard = { dropped: false, fetched: false };
      current = guard;
      const name = voiceName(lang, wanted);
      let fetchTimer: unknown;
      const fetchTimedOut = new Promise<Outcome>((resolve) => {
        fetchTimer = timers.setTimeout(() => {
          if (!guard.fetched) resolve({ kind: 'error', error: 'no audio from Azure in time' });
        }, AZURE_FETCH_TIMEOUT_MS);
      });
      const spoken = utter(
        p.synth,
        p.Utterance,
        escapeForSsml(text),
        {
          lang: wanted.lang,
          // The ponyfill sends voice.voiceURI as the SSML voice name.
          voice: { name, lang: wanted.lang, voiceURI: name },
          rate,
          volume,
          timeoutMs: AZURE_FETCH_TIMEOUT_MS + endTimeoutMs(text, rate),
          prepare: (u) => guardFetch(u, guard),
        },
        timers,
      );
      const outcome = await Promise.race([spoken, fetchTimedOut]);
      timers.clearTimeout(fetchTimer);
      if (outcome.kind !== 'end') {
        guard.dropped = true;
        p.synth.cancel();
      }
      if (current === guard) current = null;
      return outcome;
    },
    cancel() {
      if (current) current.dropped = true;
      current = null;
      ponyfill?.synth.cancel();
    },
  };
}
