/**
 * The idle timer. After `timeoutSeconds - warningSeconds` without a touch the warning phase
 * begins (shown and spoken, with a big "I need more time"); if nobody touches the screen before
 * `timeoutSeconds`, the session ends. Extending is allowed without limit (WCAG 2.2.1 asks ≥10).
 */
import { signal } from '@preact/signals';

export type IdlePhase = 'off' | 'active' | 'warning';

/** Screens that must not time out (an open emergency call): while any holds, no warning starts. */
const holds = new Set<symbol>();

/** Keep the idle timeout from ending the session until the returned function is called. */
export function holdIdle(): () => void {
  const hold = Symbol('idle hold');
  holds.add(hold);
  return () => holds.delete(hold);
}

export interface IdleOptions {
  timeoutSeconds: number;
  warningSeconds: number;
  onWarn: () => void;
  onTimeout: () => void;
  /** Injected for tests; defaults to the real timers. */
  timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };
}

export interface IdleTimer {
  readonly phase: ReturnType<typeof signal<IdlePhase>>;
  /** Seconds left before timeout while warning (updated each second). */
  readonly secondsLeft: ReturnType<typeof signal<number>>;
  /** Start or restart counting from now (any touch, any navigation, "I need more time"). */
  touch(): void;
  /** Stop counting (the attract screen has nothing to time out). */
  stop(): void;
  configure(timeoutSeconds: number, warningSeconds: number): void;
}

export function createIdleTimer(options: IdleOptions): IdleTimer {
  const timers = options.timers ?? {
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
  };
  let { timeoutSeconds, warningSeconds } = options;
  const phase = signal<IdlePhase>('off');
  const secondsLeft = signal(warningSeconds);
  let handle: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
  };

  const tick = (left: number) => {
    secondsLeft.value = left;
    if (left <= 0) {
      clear();
      phase.value = 'off';
      options.onTimeout();
      return;
    }
    handle = timers.setTimeout(() => tick(left - 1), 1000);
  };

  const warn = () => {
    if (holds.size > 0) {
      // Held (an emergency call on screen): look again after another quiet period.
      handle = timers.setTimeout(warn, (timeoutSeconds - warningSeconds) * 1000);
      return;
    }
    phase.value = 'warning';
    options.onWarn();
    tick(warningSeconds);
  };

  return {
    phase,
    secondsLeft,
    touch() {
      clear();
      phase.value = 'active';
      secondsLeft.value = warningSeconds;
      handle = timers.setTimeout(warn, (timeoutSeconds - warningSeconds) * 1000);
    },
    stop() {
      clear();
      phase.value = 'off';
    },
    configure(t, w) {
      timeoutSeconds = t;
      warningSeconds = w;
    },
  };
}
