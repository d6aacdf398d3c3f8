/**
 * The alert's sound: a beep pattern made with Web Audio (no file to load or cache), repeated
 * until every call is acknowledged. Browsers keep an AudioContext silent until the person has
 * clicked or typed on the page, so the console resumes it on the first gesture (the sign-in
 * click) and, while it is still blocked, shows a bar to click (`soundState` says which).
 */
import { signal } from '@preact/signals';

/** 'on': it can ring; 'blocked': the browser wants a click first; 'unsupported': no Web Audio. */
export const soundState = signal<'on' | 'blocked' | 'unsupported'>('blocked');
/** True while the pattern repeats (calls are waiting), whether or not the browser lets it sound. */
export const ringing = signal(false);

/** One pattern: three short beeps, high-low-high, then a pause; repeated every REPEAT_MS. */
export const BEEPS = [
  { at: 0, hz: 988 },
  { at: 0.3, hz: 740 },
  { at: 0.6, hz: 988 },
] as const;
export const BEEP_SECONDS = 0.2;
export const REPEAT_MS = 2_000;
const VOLUME = 0.25;

type AudioCtor = typeof AudioContext;

let context: AudioContext | null = null;
let timer: ReturnType<typeof setInterval> | undefined;

function audioConstructor(): AudioCtor | undefined {
  const w = globalThis as typeof globalThis & { webkitAudioContext?: AudioCtor };
  return w.AudioContext ?? w.webkitAudioContext;
}

function syncState(): void {
  if (context) soundState.value = context.state === 'running' ? 'on' : 'blocked';
}

/** The one AudioContext, made on first use (it starts suspended until a gesture). */
function audio(): AudioContext | null {
  if (context) return context;
  const Ctor = audioConstructor();
  if (!Ctor) {
    soundState.value = 'unsupported';
    return null;
  }
  context = new Ctor();
  context.addEventListener('statechange', syncState);
  syncState();
  return context;
}

/** Asks the browser to let the console sound; works when called from a click or key press. */
export async function unlockSound(): Promise<void> {
  const ctx = audio();
  if (!ctx) return;
  if (ctx.state !== 'running') {
    try {
      await ctx.resume();
    } catch {
      // Refused (no gesture): the bar stays and says so.
    }
  }
  syncState();
}

/**
 * Resumes the sound on any click or key press on the page (the sign-in click among them), for
 * as long as it is blocked. Returns the function that stops listening.
 */
export function armSoundOnGesture(target: Document = document): () => void {
  // The context is made inside the first gesture: made earlier, Chrome warns it may not start.
  const onGesture = () => {
    if (soundState.value === 'blocked') void unlockSound();
  };
  target.addEventListener('pointerdown', onGesture, true);
  target.addEventListener('keydown', onGesture, true);
  return () => {
    target.removeEventListener('pointerdown', onGesture, true);
    target.removeEventListener('keydown', onGesture, true);
  };
}

/** Schedules one pattern; silent (and harmless) while the browser keeps the sound blocked. */
function ring(): void {
  const ctx = context;
  if (ctx?.state !== 'running') return;
  const start = ctx.currentTime;
  for (const beep of BEEPS) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'square';
    oscillator.frequency.value = beep.hz;
    gain.gain.value = VOLUME;
    oscillator.connect(gain);
    gain.connect(ctx.destination);
    oscillator.start(start + beep.at);
    oscillator.stop(start + beep.at + BEEP_SECONDS);
  }
}

/** Starts the repeating pattern (once, however often it is called). */
export function startAlarm(): void {
  if (timer !== undefined) return;
  audio();
  ringing.value = true;
  ring();
  timer = setInterval(ring, REPEAT_MS);
}

/** Stops it: the pattern already scheduled ends within a beep. */
export function stopAlarm(): void {
  if (timer === undefined) return;
  clearInterval(timer);
  timer = undefined;
  ringing.value = false;
}

/** For tests: forget the AudioContext, as a fresh page would. */
export function resetSoundForTests(): void {
  stopAlarm();
  context = null;
  soundState.value = 'blocked';
}
