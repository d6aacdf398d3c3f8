/**
 * Class mode (issue #15 item 4): an elder who checked in to a class at this kiosk follows the
 * class's lesson here. While the class runs the idle timeout does not end their session (they
 * listen to the trainer for minutes without touching the screen); it ends at the class's end, or
 * when they tap 我用完了 — either way through the session's end, which ends class mode too.
 *
 * Where the learner is goes to the trainer's presenter screen as `class.progress` entries through
 * the one outbox: one per step or hint level reached (never per touch), no member named, so they
 * wait on disk through a dropped network and the newest wins on the server. The learner's own
 * record still goes as `lesson.progress` (progress.ts). At L3 the kiosk tells the elder the truth:
 * a volunteer has been asked only once the server accepted that entry; until then, raise a hand.
 *
 * Lives in the lessons chunk (the classes chunk starts it): nothing of it is in the first load.
 */
import { effect, signal } from '@preact/signals';
import { centreClock } from '../../../shared/centre/clock';
import { CLASS_PROGRESS, NEEDS_VOLUNTEER_LEVEL } from '../../../shared/classes/presenter';
import type { KioskSession } from '../../../shared/classes/sessions';
import { logError } from '../../app/device';
import { holdIdle } from '../../app/idle';
import { offline } from '../../app/offline';
import { route } from '../../app/router';
import { endSession, onSessionEnd } from '../../app/session';
import { config } from '../../app/state';
import { store } from '../saving';

/** How often the kiosk looks whether the class has ended (a minute's precision is enough). */
const END_CHECK_MS = 15_000;

export interface ClassMode {
  session: KioskSession;
}

/** The class this kiosk's learner is following; null outside class mode. */
export const classMode = signal<ClassMode | null>(null);

/**
 * Where the L3 signal has got to, for the step it was raised on: `asking` while it is stored and
 * on its way, `waiting` when the server could not be reached in time (it stays queued), `asked`
 * once the server has it.
 */
export const volunteer = signal<{ step: string; state: 'asking' | 'waiting' | 'asked' } | null>(
  null,
);

let release: (() => void) | null = null;
let endTimer: ReturnType<typeof setInterval> | undefined;

function stop(): void {
  release?.();
  release = null;
  clearInterval(endTimer);
  endTimer = undefined;
  classMode.value = null;
  volunteer.value = null;
}

onSessionEnd(stop);

/** The class's lesson and the list of lessons: while the learner is on one, the timeout waits. */
const CLASS_SCREENS: ReadonlySet<string> = new Set(['lesson', 'lessons']);

// Held only while the learner is in the class's lesson. One who goes Home, or anywhere else, has
// left the class at this kiosk: the shared screen's usual timeout protects them again, so a
// session is never left open for the rest of the class at an empty kiosk.
effect(() => {
  const inClass = classMode.value !== null && CLASS_SCREENS.has(route.value.id);
  if (inClass && !release) release = holdIdle();
  else if (!inClass && release) {
    release();
    release = null;
  }
});

/** Whether `session` has ended by the centre's clock now. */
function ended(session: KioskSession): boolean {
  const now = centreClock(new Date(), config.value?.centre.timeZone ?? 'Asia/Shanghai');
  return now.date > session.date || (now.date === session.date && now.time >= session.end);
}

/**
 * Starts class mode for `session`: while the learner is in its lesson the idle timeout is held,
 * and the session ends at the class's end.
 */
export function startClassMode(session: KioskSession): void {
  stop();
  classMode.value = { session };
  endTimer = setInterval(() => {
    if (ended(session)) endSession();
  }, END_CHECK_MS);
}

/**
 * Tells the trainer's screen where this kiosk's learner is: step `step` (0-based; `steps` when
 * finished) of `lessonId` at hint level `level`. Once per step and level (a double render
 * stores one entry); a failure is logged and never stops the lesson.
 */
export async function reportSeat(
  attempt: string,
  lessonId: string,
  step: number,
  steps: number,
  level: number,
): Promise<void> {
  const mode = classMode.value;
  if (!mode) return;
  const sessionId = mode.session.id;
  const key = `${sessionId}:${attempt}:${step}:${level}`;
  const lit = level >= NEEDS_VOLUNTEER_LEVEL;
  volunteer.value = lit ? { step: key, state: 'asking' } : null;
  try {
    const entry = await store(
      CLASS_PROGRESS,
      key,
      { sessionId, lessonId, step, steps, level },
      null,
    );
    // Asked only once the server has it: offline, the elder is told to raise a hand, and told
    // again the moment the entry gets through — for as long as they are still on that step.
    while (lit && volunteer.value?.step === key) {
      const outcome = await offline.value?.outcome(entry);
      if (!outcome || outcome.status === 'rejected') return;
      if (volunteer.value?.step !== key) return;
      if (outcome.status === 'sent') {
        volunteer.value = { step: key, state: 'asked' };
        return;
      }
      if (volunteer.value.state === 'asking') volunteer.value = { step: key, state: 'waiting' };
    }
  } catch (error) {
    logError(error, 'class mode: telling the trainer');
  }
}
