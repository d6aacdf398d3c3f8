/**
 * A fake Web Audio for DOM tests (jsdom has none): the console's alarm, the kiosk's click and its
 * warm-up. It records every context made and every oscillator started.
 */

/** An AudioParam's value and the automation calls the click makes on it. */
const audioParam = (value: number) => ({
  value,
  setValueAtTime: () => undefined,
  exponentialRampToValueAtTime: () => undefined,
});

/** An AudioContext that starts suspended, as Chrome's does before a gesture. */
export class FakeAudioContext extends EventTarget {
  static instances: FakeAudioContext[] = [];
  /** Whether resume() is allowed (a real browser allows it inside a click). */
  static allowResume = true;
  state: 'suspended' | 'running' | 'closed' = 'suspended';
  currentTime = 0;
  destination = {};
  /** Every oscillator started: its frequency and start time. */
  beeps: { hz: number; at: number }[] = [];

  constructor() {
    super();
    FakeAudioContext.instances.push(this);
  }

  async resume(): Promise<void> {
    if (!FakeAudioContext.allowResume) throw new Error('NotAllowedError');
    this.state = 'running';
    this.dispatchEvent(new Event('statechange'));
  }

  createGain() {
    return { gain: audioParam(1), connect: <T>(node: T) => node };
  }

  createOscillator() {
    const beeps = this.beeps;
    const oscillator = {
      type: 'sine',
      frequency: audioParam(440),
      connect: <T>(node: T) => node,
      start: (at: number) => beeps.push({ hz: oscillator.frequency.value, at }),
      stop: () => undefined,
    };
    return oscillator;
  }

  static reset(): void {
    FakeAudioContext.instances = [];
    FakeAudioContext.allowResume = true;
  }
}
