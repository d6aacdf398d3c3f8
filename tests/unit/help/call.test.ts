/**
 * The emergency call's state machine, over fake ports and a hand-driven clock: sending → (push
 * fails) unreachable at once → retried on the sync loop's back-off → accepted (sent, waiting) → the
 * server's acknowledgement by name, or its escalation → closed; a refusal; a second press while
 * a call is open joins it; a cancel inside the countdown is stored as cancelled and nothing more.
 */
import { describe, expect, it } from 'vitest';
import {
  CALL_PATIENCE_MS,
  CALL_RETRY_MS,
  type CallPorts,
  createCallController,
  isOpen,
  phaseOf,
} from '../../../src/kiosk/flows/help/call';
import type { HelpCallState } from '../../../src/shared/help/changes';
import type { HelpCallPayload } from '../../../src/shared/help/kinds';
import type { PushResult } from '../../../src/shared/sync/push';
import { createFakeClock } from '../sync/fake-timers';

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** A pretend outbox and server: the test decides whether pushes get through. */
function harness() {
  const clock = createFakeClock();
  const stored: HelpCallPayload[] = [];
  const results = new Map<string, PushResult>();
  const waiters = new Map<string, (r: PushResult) => void>();
  let up = false;
  let online = true;
  let pushes = 0;
  let failing = false;
  let refreshes = 0;
  let replica: HelpCallState | 'gone' | null = null;
  /** One push of the sync loop: the call's own first, or a later one on the loop's back-off. */
  async function loopTry() {
    if (!up) {
      failing = true;
      return;
    }
    failing = false;
    // The server accepts every entry not yet answered (a refused one keeps its answer).
    for (const [i, payload] of stored.entries()) {
      const id = `entry-${i + 1}`;
      if (results.has(id) || payload.cancelled) continue;
      // Each entry opens a call of its own here: call-1, call-2…
      const result: PushResult = {
        id,
        status: 'accepted',
        serverTime: new Date(clock.now()).toISOString(),
        record: { callId: `call-${i + 1}` },
      };
      results.set(id, result);
      waiters.get(id)?.(result);
      waiters.delete(id);
    }
  }
  const ports: CallPorts = {
    async store(payload) {
      stored.push(payload);
      return { id: `entry-${stored.length}` };
    },
    async sendNow() {
      pushes += 1;
      await loopTry();
    },
    answer(id) {
      const known = results.get(id);
      if (known) return Promise.resolve(known);
      // Never times out here: the test's clock, not real time, drives everything.
      return new Promise((resolve) => waiters.set(id, resolve));
    },
    failing: () => failing,
    online: () => online,
    async readState(callId) {
      return replica !== 'gone' && replica?.id === callId ? replica : null;
    },
    refresh: () => {
      refreshes += 1;
    },
    timers: clock.timers,
  };
  const controller = createCallController(ports);
  return {
    clock,
    controller,
    stored,
    phase: () => {
      const call = controller.call.value;
      return call ? phaseOf(call) : null;
    },
    /** The call's own pushes (past the back-off). */
    pushes: () => pushes,
    /** The sync loop's next scheduled try. */
    loopTry,
    refreshes: () => refreshes,
    serverUp(on: boolean) {
      up = on;
    },
    offline(on: boolean) {
      online = !on;
    },
    publish(state: HelpCallState | 'gone' | null) {
      replica = state;
    },
    /** The server answers this entry with a refusal. */
    refuse(id: string) {
      const result: PushResult = {
        id,
        status: 'rejected',
        serverTime: new Date(clock.now()).toISOString(),
        reason: {
          code: 'unknown_kiosk',
          message: { 'zh-Hans': '不认识', 'zh-Hant': '不認識', en: 'unknown' },
        },
      };
      results.set(id, result);
      waiters.get(id)?.(result);
    },
  };
}

function callState(change: Partial<HelpCallState>): HelpCallState {
  return {
    id: 'call-1',
    kioskId: 'k1',
    status: 'open',
    pressedAt: '2026-11-25T02:00:00.000Z',
    receivedAt: '2026-11-25T02:00:01.000Z',
    ackBy: null,
    ackAt: null,
    escalatedAt: null,
    closedAt: null,
    ...change,
  };
}

describe('emergency call', () => {
  it('goes sending → sent → acknowledged by name → closed when the server is there', async () => {
    const h = harness();
    h.serverUp(true);
    await h.controller.start('m1');
    expect(h.stored).toEqual([{ memberId: 'm1', cancelled: false }]);
    await flush();
    expect(h.phase()).toBe('sent');
    expect(h.pushes()).toBe(1);

    h.publish(callState({}));
    await h.controller.update();
    expect(h.phase()).toBe('sent');

    h.publish(
      callState({ status: 'acknowledged', ackBy: '王芳', ackAt: '2026-11-25T02:00:20.000Z' }),
    );
    await h.controller.update();
    expect(h.phase()).toBe('acknowledged');
    const state = h.controller.call.value?.state;
    expect(state !== 'gone' && state?.ackBy).toBe('王芳');

    h.publish(
      callState({ status: 'resolved', ackBy: '王芳', closedAt: '2026-11-25T02:10:00.000Z' }),
    );
    await h.controller.update();
    expect(h.phase()).toBe('closed');
    expect(isOpen(h.controller.call.value)).toBe(false);
  });

  it('pushes once at once and says "unreachable" when that fails; later tries are the sync loop\'s back-off, never its own', async () => {
    const h = harness();
    await h.controller.start(null);
    await flush();
    // The first push failed: no waiting for a spinner to time out.
    expect(h.phase()).toBe('unreachable');
    expect(h.pushes()).toBe(1);

    // No timer of its own pushes again: a room of kiosks calling must not flatten the server.
    await h.clock.advance(CALL_RETRY_MS * 10, flush);
    expect(h.pushes()).toBe(1);
    expect(h.phase()).toBe('unreachable');

    // The sync loop's next scheduled try gets through: sent, once.
    h.serverUp(true);
    await h.loopTry();
    await flush();
    expect(h.phase()).toBe('sent');
    await h.clock.advance(CALL_RETRY_MS * 5, flush);
    expect(h.pushes()).toBe(1);
    expect(h.refreshes()).toBeGreaterThan(0);
    // One entry, however many tries.
    expect(h.stored).toHaveLength(1);
  });

  it('is unreachable at once when the kiosk is offline, and after a few seconds with no answer', async () => {
    const offline = harness();
    offline.offline(true);
    await offline.controller.start(null);
    expect(offline.phase()).toBe('unreachable');

    // A push that hangs (no answer, no failure): after the patience, say so.
    const hanging = harness();
    hanging.serverUp(false);
    const ports = hanging.controller;
    await ports.start(null);
    expect(['sending', 'unreachable']).toContain(hanging.phase());
    await hanging.clock.advance(CALL_PATIENCE_MS, flush);
    expect(hanging.phase()).toBe('unreachable');
  });

  it('tells the elder to phone when the call is escalated and nobody acknowledged', async () => {
    const h = harness();
    h.serverUp(true);
    await h.controller.start(null);
    await flush();
    h.publish(callState({ escalatedAt: '2026-11-25T02:01:00.000Z' }));
    await h.controller.update();
    expect(h.phase()).toBe('escalated');
    // Acknowledged after escalation: the name wins.
    h.publish(
      callState({ status: 'acknowledged', ackBy: '李明', escalatedAt: '2026-11-25T02:01:00.000Z' }),
    );
    await h.controller.update();
    expect(h.phase()).toBe('acknowledged');
    // Gone from the feed (closed more than a day ago): closed.
    h.publish('gone');
    await h.controller.update();
    expect(h.phase()).toBe('closed');
  });

  it('ignores what the replica says until the server accepted this press', async () => {
    const h = harness();
    h.publish(callState({ status: 'acknowledged', ackBy: '王芳' }));
    await h.controller.start(null);
    await h.controller.update();
    expect(h.phase()).toBe('unreachable');
  });

  it('says "refused" (phone instead) when the server refuses the call, and stops retrying', async () => {
    const h = harness();
    await h.controller.start(null);
    await flush();
    h.refuse('entry-1');
    await flush();
    expect(h.phase()).toBe('refused');
    const pushes = h.pushes();
    await h.clock.advance(CALL_RETRY_MS * 3, flush);
    expect(h.pushes()).toBe(pushes);
  });

  it('joins a second press to the open call, and starts anew once it is closed', async () => {
    const h = harness();
    h.serverUp(true);
    await h.controller.start(null);
    await flush();
    await h.controller.start(null);
    expect(h.stored).toHaveLength(1);
    h.publish(callState({ status: 'false-alarm', closedAt: '2026-11-25T02:05:00.000Z' }));
    await h.controller.update();
    expect(h.phase()).toBe('closed');
    h.controller.forgetClosed();
    expect(h.controller.call.value).toBeNull();
    h.publish(null);
    await h.controller.start('m2');
    expect(h.stored).toHaveLength(2);
    await flush();
    expect(h.phase()).toBe('sent');
  });

  it('never shows a state older than the one shown (a late answer)', async () => {
    const h = harness();
    h.serverUp(true);
    await h.controller.start(null);
    await flush();
    h.publish(
      callState({
        status: 'acknowledged',
        ackBy: '王芳',
        ackAt: '2026-11-25T02:00:20.000Z',
        version: 3,
      }),
    );
    await h.controller.update();
    expect(h.phase()).toBe('acknowledged');
    // An older state of the same call (version 2: escalated, not yet acknowledged) arrives late.
    h.publish(callState({ escalatedAt: '2026-11-25T02:01:00.000Z', version: 2 }));
    await h.controller.update();
    expect(h.phase()).toBe('acknowledged');
  });

  it('stores a cancel inside the countdown as cancelled, without a call to follow', async () => {
    const h = harness();
    h.serverUp(true);
    await h.controller.cancelled('m1');
    expect(h.stored).toEqual([{ memberId: 'm1', cancelled: true }]);
    expect(h.controller.call.value).toBeNull();
    expect(h.pushes()).toBe(0);
  });
});
