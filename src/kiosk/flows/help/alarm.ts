/**
 * The loud local chime for a call that cannot reach staff: two high tones, again and again, to
 * draw the attention of anyone in the room. Web Audio, made on the kiosk (nothing to download or
 * cache); the elder has just touched the screen, so the browser lets it play.
 */
import { signal } from '@preact/signals';

/** One chime (two tones) every this long. */
export const CHIME_EVERY_MS = 1600;

/** Whether the alarm is sounding: the call screen says so, and browser tests read it. */
export const alarmSounding = signal(false);

type AudioContextClass = new () => AudioContext;

/** The browser's AudioContext, if it has one (jsdom has none). */
function audioContextClass(): AudioContextClass | null {
  const g = globalThis as {
    AudioContext?: AudioContextClass;
    webkitAudioContext?: AudioContextClass;
  };
  return g.AudioContext ?? g.webkitAudioContext ?? null;
}

let context: AudioContext | null = null;
let timer: ReturnType<typeof setInterval> | null = null;

/** One two-tone chime at full volume, with short fades so it does not click. */
function chime(ctx: AudioContext): void {
  const start = ctx.currentTime;
  for (const [i, hz] of [988, 1319].entries()) {
    const at = start + i * 0.35;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'square';
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.9, at + 0.02);
    gain.gain.setValueAtTime(0.9, at + 0.28);
    gain.gain.linearRampToValueAtTime(0, at + 0.32);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 0.33);
  }
}

/** Start the looping chime (again: nothing new). */
export function startAlarm(): void {
  if (alarmSounding.value) return;
  alarmSounding.value = true;
  const Ctx = audioContextClass();
  if (!Ctx) return;
  try {
    context ??= new Ctx();
    const ctx = context;
    void ctx.resume().catch(() => undefined);
    chime(ctx);
    timer = setInterval(() => chime(ctx), CHIME_EVERY_MS);
  } catch {
    // No sound device: the screen still shows and says the number; the chime is extra.
  }
}

/** Stop the chime. */
export function stopAlarm(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
  alarmSounding.value = false;
  void context?.suspend().catch(() => undefined);
}
