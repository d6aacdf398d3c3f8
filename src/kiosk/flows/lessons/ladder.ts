/**
 * The hint ladder (shared/lessons.md), as a pure state so it can be tested without a screen:
 *   L0 the instruction and "step n of N", spoken;
 *   L1 after the first miss: what was touched and what to look for;
 *   L2 after the second: a pulsing arrow and a hand on the target;
 *   L3 after the third: everything but the target greyed out, and "watch me do it".
 * Modes: guided starts every step at L2; practice at L0; check at L0 without the step's words
 * (the task alone) — misses still climb the ladder, so nobody is left stuck, but a lesson is
 * "completed unaided" only when no step needed L2 or L3. A hold or drag the elder misses twice may
 * be done with a plain tap instead: the kiosk's own controls never need one.
 */
import { LESSON_MODES, type LessonResume } from '../../../shared/lessons/progress';

export const MODES = LESSON_MODES;
/** How long a press-and-hold must last, like a real phone's "hold to talk". */
export const HOLD_MS = 800;
export type Mode = (typeof MODES)[number];
export type HintLevel = 0 | 1 | 2 | 3;

export interface LadderState {
  mode: Mode;
  step: number;
  /** Misses on this step. */
  misses: number;
  level: HintLevel;
  /** The highest level any step reached. */
  highest: HintLevel;
  /** Misses over the whole lesson. */
  errors: number;
  /** A hold or drag may now be done with a plain tap. */
  plainTap: boolean;
}

const startLevel = (mode: Mode): HintLevel => (mode === 'guided' ? 2 : 0);

export function startLadder(mode: Mode): LadderState {
  const level = startLevel(mode);
  return { mode, step: 0, misses: 0, level, highest: level, errors: 0, plainTap: false };
}

/**
 * An attempt taken up again where an earlier one stopped (on this kiosk or another): at the next
 * step, with the hints and misses it had, so a resumed test earns the star only as a whole one would.
 */
export function resumeLadder(at: LessonResume): LadderState {
  const start = startLadder(at.mode);
  return {
    ...start,
    step: at.stepsDone,
    highest: Math.max(start.highest, Math.min(3, at.highestHint)) as HintLevel,
    errors: at.errors,
  };
}

/** A touch that was not the step's action: one rung up, at most L3. */
export function missed(state: LadderState): LadderState {
  const misses = state.misses + 1;
  const level = Math.max(state.level, Math.min(3, misses)) as HintLevel;
  return {
    ...state,
    misses,
    level,
    highest: Math.max(state.highest, level) as HintLevel,
    errors: state.errors + 1,
    plainTap: misses >= 2,
  };
}

/** The step was done: on to the next, back at the mode's first rung. */
export function stepDone(state: LadderState): LadderState {
  return {
    ...state,
    step: state.step + 1,
    misses: 0,
    level: startLevel(state.mode),
    plainTap: false,
  };
}

/** Whether the lesson's check was done without the arrow or the greyed-out screen. */
export const unaided = (state: LadderState): boolean => state.mode === 'check' && state.highest < 2;
