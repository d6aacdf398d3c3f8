/**
 * The voice module's public shapes, and the small slice of the Web Speech API it relies on, so
 * the browser's speechSynthesis, the Azure ponyfill and the test fake all fit the same code.
 */

import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Language, VoiceConfig } from '../../shared/config/schema';
import type { AzureCredentials, FetchSpeechToken } from './speech-token';

/** A speech provider the centre can configure. */
export type ProviderName = 'browser' | 'azure';

/** What the staff screen needs to know about speech on this kiosk. */
export interface VoiceStatus {
  /** The configured provider. */
  provider: ProviderName;
  /** The provider that spoke (or will speak) the latest sentence; 'none' means captions only. */
  activeProvider: ProviderName | 'none';
  /** Whether the browser has any voice at all; 'unknown' while Chromium is still loading them. */
  voicesAvailable: boolean | 'unknown';
  /** The voice that speaks each interface language with the active provider; null if none. */
  voiceNames: Record<Language, string | null>;
  /** The latest failure as "code: detail" (codes in VOICE_ERROR_CODES); null if none yet. */
  lastError: string | null;
}

/** How to say one text. */
export interface SpeakOptions {
  /** Default: the current interface language. */
  lang?: Language;
  /**
   * What to say when it differs from the caption: a phone number is shown as "0571-8765 4321"
   * but said digit by digit.
   */
  spoken?: string;
  /** Say it softly (0.6 × the volume): the attract screen invites, it does not call out. */
  soft?: boolean;
}

/** The kiosk's one speech API: speaks translated text, shows it as a caption, stops on any touch. */
export interface Voice {
  /** Stop whatever is playing, then speak `text` sentence by sentence; resolves when done or stopped. */
  speak(text: string, options?: SpeakOptions): Promise<void>;
  /** Stop at once (any touch, every navigation); the caption stays. */
  stop(): void;
  /** Stop, empty the caption and forget the last text (the person who heard it has gone). */
  forget(): void;
  /** Speak the last text again ("Hear again"). */
  replay(): Promise<void>;
  /** What is or was last spoken, shown on screen. */
  readonly caption: ReadonlySignal<string>;
  /** True from the start of speak() until it finishes or is stopped. */
  readonly speaking: ReadonlySignal<boolean>;
  /** The elder's volume, 0.1..1; applies from the next sentence. */
  readonly volume: Signal<number>;
  /** One step (0.1) louder, up to 1. */
  volumeUp(): void;
  /** One step (0.1) softer, down to 0.1. */
  volumeDown(): void;
  /** Back to the centre's default volume (after each session). */
  resetVolume(): void;
  /** Provider, voices and the latest error, for the staff screen. */
  readonly status: ReadonlySignal<VoiceStatus>;
  /** Apply changed voice settings (rate, voices, provider, default volume). */
  configure(settings: VoiceConfig): void;
}

/** The parts of a SpeechSynthesisVoice the module reads. */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly voiceURI?: string;
  readonly localService?: boolean;
  readonly default?: boolean;
}

/** An error event from an utterance: the browser's SpeechSynthesisErrorEvent or the ponyfill's ErrorEvent. */
export interface SpeechErrorLike {
  readonly error?: unknown;
  readonly message?: unknown;
}

/**
 * The parts of a SpeechSynthesisUtterance the module sets. Handlers take `never` so the DOM's
 * (this-typed, event-specific) handler types are assignable; we annotate the event where we assign.
 */
export interface UtteranceLike {
  lang: string;
  voice: VoiceLike | null;
  rate: number;
  volume: number;
  onend: ((ev: never) => unknown) | null;
  onerror: ((ev: never) => unknown) | null;
}

/** A SpeechSynthesisUtterance constructor. */
export type UtteranceCtor = new (text: string) => UtteranceLike;

/** The parts of speechSynthesis the module calls. The Azure ponyfill's speak() returns a promise. */
export interface SynthLike {
  speak(utterance: UtteranceLike): unknown;
  cancel(): void;
  getVoices(): readonly VoiceLike[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/**
 * The one export of web-speech-cognitive-services the module uses. Credentials are a function it
 * calls before each request, so a renewed token is picked up without a new ponyfill.
 */
export interface AzureModule {
  createSpeechSynthesisPonyfill(options: { credentials: () => Promise<AzureCredentials> }): {
    speechSynthesis?: SynthLike;
    SpeechSynthesisUtterance?: UtteranceCtor;
  };
}

/** Timers, injectable so tests can use fake ones. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** What createVoice needs from the outside world; every field defaults to the browser's. */
export interface VoiceDeps {
  speechSynthesis?: SynthLike | null;
  SpeechSynthesisUtterance?: UtteranceCtor | null;
  loadAzure?: () => Promise<AzureModule>;
  /** Fetches the Azure provider's own code (default: import() of azure-provider.ts). */
  loadAzureProvider?: () => Promise<typeof import('./azure-provider')>;
  /** Azure Speech tokens from the centre server (default: none, so Azure falls back). */
  speechToken?: FetchSpeechToken;
  isOnline?: () => boolean;
  language?: ReadonlySignal<Language>;
  timers?: Timers;
}

/** How one sentence went, as told by its provider. */
export type Outcome = { kind: 'end' } | { kind: 'timeout' } | { kind: 'error'; error: string };

/** Settings for one sentence. */
export interface SentenceOptions {
  lang: Language;
  rate: number;
  volume: number;
}
