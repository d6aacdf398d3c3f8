/** createVoice: one speech API over the browser's voices and Azure, with captions that always work. */
import { signal } from '@preact/signals';
import { language as currentLanguage } from '../../i18n';
import { LANGUAGES, type Language } from '../../shared/config/languages';
import type { VoiceConfig } from '../../shared/config/schema';
import type { AzureProvider } from './azure';
import { azureVoiceName } from './azure-voices';
import { createBrowserProvider } from './browser';
import { formatVoiceError, type VoiceErrorCode } from './errors';
import { splitSentences } from './sentences';
import type {
  ProviderName,
  SentenceOptions,
  SpeakOptions,
  SynthLike,
  Timers,
  UtteranceCtor,
  Voice,
  VoiceDeps,
  VoiceStatus,
} from './types';
import { describeError } from './utterance';

/** The pause between sentences. */
export const PAUSE_MS = 350;
/** One press of the elder's −/+. */
export const VOLUME_STEP = 0.1;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
/** Volume within 0.1..1 (1 if not a number). */
export const clampVolume = (v: number): number => (Number.isFinite(v) ? clamp(v, 0.1, 1) : 1);
/** Rate within the staff range 0.8..1.2, 1.0 (natural) if unset: slowed speech is understood worse. */
export const clampRate = (r: number): number => (Number.isFinite(r) ? clamp(r, 0.8, 1.2) : 1);
// Two decimals, so repeated steps of 0.1 land on 0.3 rather than 0.30000000000000004.
const round2 = (v: number) => Math.round(v * 100) / 100;

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>),
};

const defaultIsOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/** How much quieter a soft prompt is (the attract screen's invitation to an empty room). */
export const SOFT_SCALE = 0.6;

/** One speak() call; stop() cancels it and resolves its `stopped` promise. */
interface Run {
  cancelled: boolean;
  stopped: Promise<void>;
  cancel: () => void;
  /** After Azure fails once, the rest of this text goes to the browser without retrying. */
  azureFailed: boolean;
}

function newRun(): Run {
  let cancel = () => {};
  const stopped = new Promise<void>((resolve) => {
    cancel = resolve;
  });
  const run: Run = {
    cancelled: false,
    stopped,
    azureFailed: false,
    cancel: () => {
      run.cancelled = true;
      cancel();
    },
  };
  return run;
}

/** Create the kiosk's voice for the centre's voice settings; `deps` default to the browser's. */
export function createVoice(initial: VoiceConfig, deps: VoiceDeps = {}): Voice {
  const timers = deps.timers ?? defaultTimers;
  const isOnline = deps.isOnline ?? defaultIsOnline;
  const language = deps.language ?? currentLanguage;
  // The Azure provider and its tokens are fetched by import() when Azure first speaks: a centre
  // on the browser's voices never loads them (issue #16).
  const loadProvider = deps.loadAzureProvider ?? (() => import('./azure-provider'));
  const synth: SynthLike | null =
    deps.speechSynthesis !== undefined
      ? deps.speechSynthesis
      : (globalThis.speechSynthesis ?? null);
  const Utterance: UtteranceCtor | null =
    deps.SpeechSynthesisUtterance !== undefined
      ? deps.SpeechSynthesisUtterance
      : // The DOM types its handlers with `this`; the runtime object fits UtteranceLike.
        ((globalThis.SpeechSynthesisUtterance as unknown as UtteranceCtor | undefined) ?? null);

  let settings = initial;
  let defaultVolume = clampVolume(initial.volume);
  let azure: AzureProvider | null = null;
  /** The provider on its way; dropped (with what it brings) when the Azure settings change. */
  let azureLoading: Promise<AzureProvider> | null = null;
  let lastError: string | null = null;
  /** Who spoke the latest sentence; null until something is spoken (then the expected one). */
  let active: VoiceStatus['activeProvider'] | null = null;
  let last: { text: string; lang: Language; spoken: string } | null = null;
  let run: Run | null = null;

  const caption = signal('');
  const speaking = signal(false);
  const volume = signal(defaultVolume);
  const browser = createBrowserProvider(synth, Utterance, timers, () => refreshStatus());
  const status = signal<VoiceStatus>(computeStatus());

  function wantsAzure(): boolean {
    return settings.provider === 'azure' && settings.azure !== undefined;
  }

  function azureProvider(): Promise<AzureProvider> {
    if (azure) return Promise.resolve(azure);
    if (azureLoading) return azureLoading;
    if (!settings.azure) return Promise.reject(new Error('azure is not configured'));
    const loading = loadProvider().then((m) => {
      // Tokens from the centre server; a token names its region, so a new region starts afresh.
      const made = m.createAzureProvider(
        m.createSpeechTokenSource(deps.speechToken ?? m.noSpeechToken),
        deps.loadAzure ?? m.loadAzureModule,
        timers,
      );
      if (azureLoading === loading) azure = made;
      return made;
    });
    azureLoading = loading;
    // A failed fetch may be tried again by a later sentence.
    loading.catch(() => {
      if (azureLoading === loading) azureLoading = null;
    });
    return loading;
  }

  function computeStatus(): VoiceStatus {
    const browserOrNone = browser.available() === false ? 'none' : 'browser';
    // Before anything is spoken, the provider we expect; afterwards the one that spoke, unless
    // the browser's voices have gone since.
    const expected: VoiceStatus['activeProvider'] =
      active === null
        ? wantsAzure() && isOnline()
          ? 'azure'
          : browserOrNone
        : active === 'azure'
          ? 'azure'
          : browserOrNone;
    const voiceNames = {} as Record<Language, string | null>;
    for (const lang of LANGUAGES) {
      const wanted = settings.voices[lang];
      voiceNames[lang] =
        expected === 'azure'
          ? (azure?.voiceName(lang, wanted) ?? azureVoiceName(lang, wanted))
          : expected === 'browser'
            ? (browser.voiceFor(lang, wanted)?.name ?? null)
            : null;
    }
    return {
      provider: settings.provider,
      activeProvider: expected,
      voicesAvailable: browser.available(),
      voiceNames,
      lastError,
    };
  }

  function refreshStatus(): void {
    status.value = computeStatus();
  }

  function record(code: VoiceErrorCode, detail?: string): void {
    lastError = formatVoiceError(code, detail);
    refreshStatus();
  }

  function setActive(provider: ProviderName | 'none'): void {
    if (active === provider) return;
    active = provider;
    refreshStatus();
  }

  /** Try Azure for one sentence; true if it was heard (or stopped), false to use the browser. */
  async function speakWithAzure(sentence: string, options: SentenceOptions, r: Run) {
    if (!isOnline()) {
      r.azureFailed = true;
      record('azureOffline');
      return false;
    }
    const wanted = settings.voices[options.lang];
    let provider: AzureProvider;
    try {
      provider = await azureProvider();
      await provider.load();
    } catch (error) {
      if (r.cancelled) return true;
      r.azureFailed = true;
      record('azureLoad', describeError(error));
      return false;
    }
    if (r.cancelled) return true;
    const outcome = await provider.speak(sentence, { ...options, wanted });
    if (r.cancelled) return true;
    if (outcome.kind === 'error') {
      r.azureFailed = true;
      record('azureSpeak', outcome.error);
      return false;
    }
    if (outcome.kind === 'timeout') record('azureTimeout');
    setActive('azure');
    return true;
  }

  /** Speak one sentence; false when no provider can speak at all (captions only). */
  async function speakSentence(
    sentence: string,
    lang: Language,
    r: Run,
    scale: number,
  ): Promise<boolean> {
    const options: SentenceOptions = {
      lang,
      rate: clampRate(settings.rate),
      volume: clampVolume(volume.peek() * scale),
    };
    if (wantsAzure() && !r.azureFailed && (await speakWithAzure(sentence, options, r))) return true;
    if (r.cancelled) return true;
    if (browser.available() === false) {
      setActive('none');
      return false;
    }
    const outcome = await browser.speak(sentence, { ...options, wanted: settings.voices[lang] });
    if (r.cancelled) return true;
    if (outcome.kind === 'timeout') record('browserTimeout');
    if (outcome.kind === 'error') {
      record('browserSpeak', outcome.error);
      if (browser.available() === false) {
        setActive('none');
        return false;
      }
    }
    setActive('browser');
    return true;
  }

  async function speakAll(
    sentences: string[],
    lang: Language,
    r: Run,
    scale: number,
  ): Promise<void> {
    for (let i = 0; i < sentences.length; i++) {
      if (i > 0) await new Promise<void>((resolve) => timers.setTimeout(resolve, PAUSE_MS));
      if (r.cancelled) return;
      const sentence = sentences[i];
      if (sentence === undefined || !(await speakSentence(sentence, lang, r, scale))) return;
    }
  }

  function stop(): void {
    const r = run;
    run = null;
    r?.cancel();
    browser.cancel();
    azure?.cancel();
    speaking.value = false;
  }

  async function speak(text: string, options?: SpeakOptions): Promise<void> {
    stop();
    // peek(): a speak() inside an effect must not subscribe that effect to the language.
    const lang = options?.lang ?? language.peek();
    const spoken = options?.spoken ?? text;
    caption.value = text;
    last = { text, lang, spoken };
    const sentences = splitSentences(spoken);
    if (sentences.length === 0) return;
    const r = newRun();
    run = r;
    speaking.value = true;
    try {
      await Promise.race([speakAll(sentences, lang, r, options?.soft ? SOFT_SCALE : 1), r.stopped]);
    } finally {
      if (run === r) {
        run = null;
        speaking.value = false;
      }
    }
  }

  return {
    speak,
    stop,
    forget() {
      stop();
      caption.value = '';
      last = null;
    },
    replay: () =>
      last ? speak(last.text, { lang: last.lang, spoken: last.spoken }) : Promise.resolve(),
    caption,
    speaking,
    volume,
    volumeUp() {
      volume.value = clampVolume(round2(clampVolume(volume.peek()) + VOLUME_STEP));
    },
    volumeDown() {
      volume.value = clampVolume(round2(clampVolume(volume.peek()) - VOLUME_STEP));
    },
    resetVolume() {
      volume.value = defaultVolume;
    },
    status,
    configure(next) {
      const before = settings;
      settings = next;
      // A new centre default applies at once unless the elder has already changed the volume.
      if (volume.peek() === defaultVolume) volume.value = clampVolume(next.volume);
      defaultVolume = clampVolume(next.volume);
      // The key is the server's; a new one reaches the kiosk as new tokens, not here.
      const sameAzure = next.provider === 'azure' && before.azure?.region === next.azure?.region;
      if (!sameAzure) {
        azure?.cancel();
        azure = null;
        azureLoading = null;
      }
      active = null;
      refreshStatus();
    },
  };
}
