/** Speaking one utterance through any Web Speech-shaped synthesizer, without ever hanging. */
import type {
  Outcome,
  SpeechErrorLike,
  SynthLike,
  Timers,
  UtteranceCtor,
  UtteranceLike,
  VoiceLike,
} from './types';

/** Errors a synthesizer reports when we cancelled it ourselves; not failures. */
export const CANCEL_ERRORS = new Set(['interrupted', 'canceled', 'cancelled']);

/**
 * How long to wait for `end` before giving up. Chromium never fires `end` when there is no audio
 * device, so a sentence must not block forever; Mandarin runs ~2.5–4 characters a second, so
 * 400 ms a character plus 5 s is generous for every language we speak.
 */
export function endTimeoutMs(text: string, rate: number): number {
  return Math.round(5000 + (text.length * 400) / rate);
}

/**
 * Chromium can garbage-collect an utterance that only the synthesizer references, and then its
 * `end` never fires; holding it here until it settles prevents that.
 */
const live = new Set<UtteranceLike>();

/** Utterance settings. `prepare` may adjust the utterance before it is queued. */
export interface UtterOptions {
  lang: string;
  voice: VoiceLike | null;
  rate: number;
  volume: number;
  timeoutMs: number;
  prepare?: (utterance: UtteranceLike) => void;
}

/** Speak `text` once; settles on end, error (incl. a rejected ponyfill promise) or timeout; never rejects. */
export function utter(
  synth: SynthLike,
  Utterance: UtteranceCtor,
  text: string,
  options: UtterOptions,
  timers: Timers,
): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    let timer: unknown;
    let utterance: UtteranceLike | null = null;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      timers.clearTimeout(timer);
      if (utterance) live.delete(utterance);
      resolve(outcome);
    };
    const fail = (error: unknown) => settle({ kind: 'error', error: describeError(error) });
    try {
      const u = new Utterance(text);
      utterance = u;
      u.lang = options.lang;
      if (options.voice) u.voice = options.voice;
      u.rate = options.rate;
      u.volume = options.volume;
      u.onend = () => settle({ kind: 'end' });
      u.onerror = (ev: SpeechErrorLike) => fail(ev);
      options.prepare?.(u);
      live.add(u);
      timer = timers.setTimeout(() => settle({ kind: 'timeout' }), options.timeoutMs);
      const result = synth.speak(u);
      // The Azure ponyfill's speak() returns a promise that rejects on failure; left alone it
      // would be an unhandled rejection.
      if (result instanceof Promise) result.then(undefined, fail);
    } catch (error) {
      fail(error);
    }
  });
}

/** A short, readable reason from an error event, an Error or anything thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const { error: code, message } = error as SpeechErrorLike;
    if (typeof code === 'string' && code) return code;
    if (typeof message === 'string' && message) return message;
  }
  return 'unknown';
}
