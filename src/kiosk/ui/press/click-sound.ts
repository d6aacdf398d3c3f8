/** A short synthesised click (no audio file), so a press is heard as well as seen. */
let audio: AudioContext | undefined;

/**
 * Make the click's audio context, once: ahead of the first press by the warm-up
 * (src/kiosk/app/warm-up.ts), else by that press. The browser's first AudioContext starts its
 * audio output (about 70 ms here, several times that on a slow box), and made by the first press
 * it held up the home screen an elder's first touch opens.
 */
export function warmClickSound(): void {
  const Ctor =
    globalThis.AudioContext ??
    (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  try {
    if (Ctor) audio ??= new Ctor();
  } catch {
    // No context: the press does without sound.
  }
}

/** Play a ~40 ms click; silently does nothing where Web Audio is missing or blocked. */
export function playClick(): void {
  warmClickSound();
  if (!audio) return;
  try {
    // Autoplay policy may start the context suspended; a press is a user gesture, so resume.
    if (audio.state === 'suspended') void audio.resume();
    const now = audio.currentTime;
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'triangle';
    osc.frequency.setValueAtTime(1200, now);
    osc.frequency.exponentialRampToValueAtTime(600, now + 0.04);
    gain.gain.setValueAtTime(0.25, now);
    gain.gain.exponentialRampToValueAtTime(0.001, now + 0.05);
    osc.connect(gain).connect(audio.destination);
    osc.start(now);
    osc.stop(now + 0.06);
  } catch {
    // Sound is a courtesy; a failure must never block the press itself.
  }
}
