/**
 * A fake speechSynthesis for the voice tests: records every utterance, fires start/end
 * asynchronously, and can be told to have no voices, to never end, to fail or to throw. With
 * `promises` it also behaves like the Azure ponyfill (speak() returns a promise; utterances
 * fetch their audio in preload() before playing).
 */
import type { VoiceLike } from '../../../src/kiosk/voice/types';

type Handler = ((ev: never) => unknown) | null;

/** A voice as the OS would list it. */
export function fakeVoice(name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike {
  return { name, lang, voiceURI: name, localService: true, default: false, ...extra };
}

/** Voices like a desktop Chromium with Chinese and English installed. */
export const DESKTOP_VOICES: VoiceLike[] = [
  fakeVoice('English (US)', 'en-US', { default: true }),
  fakeVoice('English (UK)', 'en-GB'),
  fakeVoice('Cantonese (HK)', 'zh-HK'),
  fakeVoice('Mandarin (TW)', 'zh-TW'),
  fakeVoice('Mandarin (CN)', 'zh-CN'),
];

/** A recorded utterance. */
export class FakeUtterance {
  lang = '';
  voice: VoiceLike | null = null;
  rate = 1;
  volume = 1;
  onend: Handler = null;
  onerror: Handler = null;
  onstart: Handler = null;
  constructor(public text: string) {}
}

/** An Azure-ponyfill-like utterance: audio is fetched in preload() and played when it arrives. */
export class FakeAzureUtterance extends FakeUtterance {
  /** Set by a test to control when the audio "arrives". */
  static fetch: () => Promise<ArrayBuffer> = () => Promise.resolve(new ArrayBuffer(8));
  arrayBufferPromise?: Promise<ArrayBuffer>;
  preload(_options: unknown): void {
    this.arrayBufferPromise = FakeAzureUtterance.fetch();
  }
}

const call = (handler: Handler, ev: object) => (handler as ((e: object) => unknown) | null)?.(ev);

/** Options for FakeSpeechSynthesis. */
export interface FakeOptions {
  voices?: VoiceLike[];
  /** How long each utterance "plays", in ms. */
  durationMs?: number;
  /** Utterances start but never fire end (Chromium without an audio device). */
  neverEnd?: boolean;
  /** speak() throws. */
  throwOnSpeak?: boolean;
  /** Each utterance fails with this error code. */
  failWith?: string;
  /** speak() returns a promise, like the Azure ponyfill. */
  promises?: boolean;
}

/** The fake synthesizer. */
export class FakeSpeechSynthesis {
  voices: VoiceLike[];
  options: FakeOptions;
  /** Every utterance passed to speak(), in order. */
  spoken: FakeUtterance[] = [];
  /** What happened, in order: "speak:…", "start:…", "end:…", "error:…", "played:…", "cancel". */
  log: string[] = [];
  /** When each utterance started and ended (Date.now(), fake under fake timers). */
  times = new Map<FakeUtterance, { start?: number; end?: number }>();
  cancelCount = 0;
  private pending = new Set<FakeUtterance>();
  private listeners: Array<() => void> = [];

  constructor(options: FakeOptions = {}) {
    this.options = options;
    this.voices = options.voices ?? DESKTOP_VOICES;
  }

  getVoices(): VoiceLike[] {
    return this.voices;
  }

  addEventListener(type: string, listener: () => void): void {
    if (type === 'voiceschanged') this.listeners.push(listener);
  }

  /** Install voices late, as Chromium does, and fire voiceschanged. */
  loadVoices(voices: VoiceLike[]): void {
    this.voices = voices;
    for (const l of this.listeners) l();
  }

  speak(u: FakeUtterance): unknown {
    if (this.options.throwOnSpeak) throw new Error('speak exploded');
    this.spoken.push(u);
    this.log.push(`speak:${u.text}`);
    let settle: { resolve: () => void; reject: (e: Error) => void } | undefined;
    const promise = this.options.promises
      ? new Promise<void>((resolve, reject) => {
          settle = { resolve, reject };
        })
      : undefined;
    const fail = (code: string) => {
      this.pending.delete(u);
      this.log.push(`error:${u.text}:${code}`);
      call(u.onerror, { error: code });
      settle?.reject(new Error(code));
    };
    const play = () => {
      if (!this.pending.has(u)) return;
      this.log.push(`start:${u.text}`);
      this.times.set(u, { start: Date.now() });
      call(u.onstart, {});
      if (this.options.failWith) return fail(this.options.failWith);
      if (u instanceof FakeAzureUtterance) this.log.push(`played:${u.text}`);
      if (this.options.neverEnd) return;
      setTimeout(() => {
        if (!this.pending.has(u)) return;
        this.pending.delete(u);
        this.log.push(`end:${u.text}`);
        const t = this.times.get(u);
        if (t) t.end = Date.now();
        call(u.onend, {});
        settle?.resolve();
      }, this.options.durationMs ?? 100);
    };
    if (u instanceof FakeAzureUtterance) {
      // Like the ponyfill: preload() starts the fetch inside speak() and the audio plays when it
      // arrives; cancel() cannot reach a fetch in flight, so it is not "pending" until then.
      u.preload({});
      u.arrayBufferPromise?.then(
        () => {
          this.pending.add(u);
          play();
        },
        (e: Error) => fail(e.message),
      );
    } else {
      this.pending.add(u);
      void Promise.resolve().then(play);
    }
    return promise;
  }

  cancel(): void {
    this.cancelCount++;
    this.log.push('cancel');
    for (const u of this.pending) {
      // Like Chromium: a cancelled utterance reports "interrupted", asynchronously.
      this.pending.delete(u);
      void Promise.resolve().then(() => call(u.onerror, { error: 'interrupted' }));
    }
  }
}
