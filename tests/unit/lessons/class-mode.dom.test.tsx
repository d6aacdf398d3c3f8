/**
 * Class mode's session rules (issue #15 item 4): while a class runs, the idle timeout does not
 * end the learner's session — they listen to the trainer for minutes without a touch —; at the
 * class's end the session ends by itself, class mode with it, and the idle timeout counts again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from '../../../src/kiosk/app/idle';
import { offline } from '../../../src/kiosk/app/offline';
import { home, navigate } from '../../../src/kiosk/app/router';
import { endSession, startSession } from '../../../src/kiosk/app/session';
import { config, session } from '../../../src/kiosk/app/state';
import {
  classMode,
  reportSeat,
  startClassMode,
  volunteer,
} from '../../../src/kiosk/flows/lessons/class-mode';
import type { Offline, SaveOutcome } from '../../../src/kiosk/offline/offline';
import type { KioskSession } from '../../../src/shared/classes/sessions';
import { demoConfig } from '../meals-flow/support';

/** 10:00 in Shanghai on the class's day. */
const NOW = new Date('2026-12-06T02:00:00.000Z');

const CLASS: KioskSession = {
  id: 's1',
  date: '2026-12-06',
  start: '09:30',
  end: '10:30',
  lessonIds: ['video-call'],
  venue: '二楼活动室',
  kind: 'class',
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  config.value = demoConfig();
});

afterEach(() => {
  offline.value = null;
  endSession();
  vi.useRealTimers();
});

function idleTimer() {
  const timedOut = vi.fn();
  const timer = createIdleTimer({
    timeoutSeconds: 90,
    warningSeconds: 20,
    onWarn: () => undefined,
    onTimeout: () => {
      timedOut();
      endSession();
    },
  });
  timer.touch();
  return { timer, timedOut };
}

describe('class mode', () => {
  it('holds the idle timeout while the class runs and ends the session at its end', () => {
    startSession();
    startClassMode(CLASS);
    navigate('lesson');
    const { timer, timedOut } = idleTimer();

    // Twenty quiet minutes while the trainer talks: still their session, no warning.
    vi.advanceTimersByTime(20 * 60_000);
    expect(timedOut).not.toHaveBeenCalled();
    expect(timer.phase.value).toBe('active');
    expect(session.value).not.toBeNull();
    expect(classMode.value?.session.id).toBe('s1');

    // 10:30: the class is over, and so is the session.
    vi.advanceTimersByTime(10 * 60_000 + 15_000);
    expect(session.value).toBeNull();
    expect(classMode.value).toBeNull();
    expect(timedOut).not.toHaveBeenCalled();

    // The attract screen stops the count (as the app does); the next person is timed out as usual.
    timer.stop();
    startSession();
    timer.touch();
    vi.advanceTimersByTime(90_000);
    expect(timedOut).toHaveBeenCalledTimes(1);
  });

  it('lets the usual timeout count again once the learner leaves the lesson for home', () => {
    startSession();
    startClassMode(CLASS);
    navigate('lesson');
    const { timedOut } = idleTimer();
    vi.advanceTimersByTime(5 * 60_000);
    expect(timedOut).not.toHaveBeenCalled();
    // Home: they have left the class at this kiosk; an empty kiosk must not keep their session.
    home();
    vi.advanceTimersByTime(90_000);
    expect(timedOut).toHaveBeenCalledTimes(1);
    expect(session.value).toBeNull();
  });

  it('ends with the session when the elder taps 我用完了 before the class ends', () => {
    startSession();
    startClassMode(CLASS);
    endSession();
    expect(classMode.value).toBeNull();
    startSession();
    const { timedOut } = idleTimer();
    vi.advanceTimersByTime(90_000);
    expect(timedOut).toHaveBeenCalledTimes(1);
  });
});

/**
 * An outbox that stores each entry and answers with `answers` in turn (the last one again after):
 * `saved` is "could not reach the server in time" (the entry stays queued).
 */
function fakeOutbox(answers: SaveOutcome['status'][]) {
  const stored: { key: string; kind: string; payload: unknown }[] = [];
  let asked = 0;
  offline.value = {
    async saveOnce(key: string, kind: string, payload: unknown) {
      stored.push({ key, kind, payload });
      return { id: `e${stored.length}`, kind, payload, kioskTime: '', kioskId: 'k1', createdAt: 0 };
    },
    async outcome() {
      const status = answers[Math.min(asked++, answers.length - 1)];
      return status === 'saved' ? { status } : ({ status, result: {} } as unknown as SaveOutcome);
    },
  } as unknown as Offline;
  return stored;
}

describe('the volunteer signal', () => {
  it('sends one class.progress entry per step and level, with no member in it', async () => {
    vi.useRealTimers();
    const stored = fakeOutbox(['sent']);
    startSession();
    startClassMode(CLASS);
    await reportSeat('a1', 'video-call', 0, 6, 0);
    await reportSeat('a1', 'video-call', 0, 6, 1);
    expect(stored.map((e) => e.kind)).toEqual(['class.progress', 'class.progress']);
    expect(stored[1]?.payload).toEqual({
      sessionId: 's1',
      lessonId: 'video-call',
      step: 0,
      steps: 6,
      level: 1,
    });
    expect(volunteer.value).toBeNull();
  });

  it('says a volunteer was asked only once the server has the signal', async () => {
    vi.useRealTimers();
    // Offline twice (the kiosk says: raise your hand), then the entry gets through.
    fakeOutbox(['saved', 'saved', 'sent']);
    startSession();
    startClassMode(CLASS);
    const states: (string | undefined)[] = [];
    const stop = volunteer.subscribe((v) => states.push(v?.state));
    await reportSeat('a1', 'video-call', 1, 6, 3);
    stop();
    expect(states).toEqual([undefined, 'asking', 'waiting', 'asked']);
  });

  it('never says so for a signal refused, nor outside class mode', async () => {
    vi.useRealTimers();
    const stored = fakeOutbox(['rejected']);
    startSession();
    await reportSeat('a1', 'video-call', 1, 6, 3);
    expect(stored).toEqual([]);
    startClassMode(CLASS);
    await reportSeat('a1', 'video-call', 1, 6, 3);
    expect(volunteer.value?.state).toBe('asking');
  });
});
