/**
 * After a reconnect, the call screen shows only the state of the call this press made, and never
 * an older one than it showed. The app's real emergency controller runs over a pretend outbox and
 * server and a replica that keeps items by key and finds them by lookup, as the real one does.
 *
 * The race: the previous call was acknowledged by 王芳 and then closed on the server while the
 * kiosk could not hear it, so the replica still holds it as the kiosk's open call. The elder
 * presses again, offline; on reconnect the press opens a new call (e1) and its push is answered
 * before the pull brings anything. Next, a pull that set out before the push lands with the old
 * call closed but without e1. Neither may be shown as e1's news: not "王芳 马上来", not "处理了".
 */
import { signal } from '@preact/signals';
import { act, render } from '@testing-library/preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { enrollment, offline } from '../../../src/kiosk/app/offline';
import { replica } from '../../../src/kiosk/app/pull';
import { navigate, route, toAttract } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config, device, session } from '../../../src/kiosk/app/state';
import { HELP_CALL_TYPE } from '../../../src/kiosk/flows/help/replica';
import type { Offline } from '../../../src/kiosk/offline/offline';
import type { ReplicaStore } from '../../../src/kiosk/offline/pull-store';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import type { HelpCallState } from '../../../src/shared/help/changes';
import type { PushResult } from '../../../src/shared/sync/push';
import { demoConfig } from '../meals-flow/support';
import { recordingVoice } from '../support/recording-voice';

const { voice, said } = recordingVoice();

/** The outbox, and a server that opens a new call for each press (the old one is closed there). */
const saved: { id: string; kind: string; payload: unknown }[] = [];
const answers = new Map<string, PushResult>();
const waiters = new Map<string, (r: PushResult | null) => void>();
let serverUp = false;
const failures = signal(0);
async function store(kind: string, payload: unknown) {
  const entry = { id: `e${saved.length + 1}`, kind, payload };
  saved.push(entry);
  return entry;
}
/** The server: while up, it accepts every entry it has not answered yet. */
async function push() {
  if (!serverUp) {
    failures.value += 1;
    return;
  }
  failures.value = 0;
  for (const e of saved) {
    if (answers.has(e.id)) continue;
    const result: PushResult = {
      id: e.id,
      status: 'accepted',
      serverTime: new Date().toISOString(),
      // What the server's applier answers: the call this press opened.
      record: { callId: e.id, status: 'open', presses: 1, joined: false },
    };
    answers.set(e.id, result);
    waiters.get(e.id)?.(result);
  }
}
const fakeOffline = {
  save: store,
  outbox: {
    // A call is stored without the sync nudge, then sent at once by syncUrgent.
    add: store,
    waitForResult(id: string) {
      const known = answers.get(id);
      return known ? Promise.resolve(known) : new Promise((r) => waiters.set(id, r));
    },
  },
  sync: {
    failures,
    syncNow: push,
    syncUrgent: push,
    kick() {},
  },
} as unknown as Offline;

/** The replica: items by key, found by the type's own lookup, as pull-store keeps them. */
const items = new Map<string, HelpCallState>();
const lastPullAt = signal<number | null>(null);
const fakeReplica = {
  async find(type: string, lookup: string) {
    if (type !== 'help-call') return undefined;
    for (const data of items.values())
      if (HELP_CALL_TYPE.lookup?.(data) === lookup) return { type, key: data.id, data };
    return undefined;
  },
  async get(type: string, key: string) {
    const data = type === 'help-call' ? items.get(key) : undefined;
    return data && { type, key, data };
  },
  lastPullAt,
} as unknown as ReplicaStore;

/** A pull lands: these items are stored, and the app hears that the replica changed. */
function pulled(...states: HelpCallState[]) {
  for (const s of states) items.set(s.id, s);
  lastPullAt.value = (lastPullAt.value ?? 0) + 1;
}

const state = (change: Partial<HelpCallState>): HelpCallState => ({
  id: 'e1',
  kioskId: 'k1',
  status: 'open',
  pressedAt: '2026-11-25T03:00:00.000Z',
  receivedAt: '2026-11-25T03:00:09.000Z',
  ackBy: null,
  ackAt: null,
  escalatedAt: null,
  closedAt: null,
  version: 1,
  ...change,
});

/** The previous call of this kiosk, acknowledged by 王芳: what the replica held before. */
const previous = state({
  id: 'old-call',
  status: 'acknowledged',
  pressedAt: '2026-11-25T02:00:00.000Z',
  receivedAt: '2026-11-25T02:00:01.000Z',
  ackBy: '王芳',
  ackAt: '2026-11-25T02:00:30.000Z',
  version: 2,
});

function Current() {
  const id = route.value.id;
  return id === 'attract' ? null : <ScreenView key={route.value.key} entry={SCREENS[id]} />;
}

// The flows load on demand in the kiosk; here they are all in before the first screen.
beforeAll(preloadFlows);

const tick = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const message = () => document.querySelector('.help-call__message')?.textContent ?? '';
const phase = () => document.querySelector('.help-call')?.getAttribute('data-phase');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  config.value = demoConfig();
  setVoice(voice);
  offline.value = fakeOffline;
  replica.value = fakeReplica;
  enrollment.value = { kioskId: 'k1', token: 't', name: 'k' } as never;
  session.value = null;
  toAttract();
  items.set(previous.id, previous);
});

afterAll(() => {
  vi.useRealTimers();
  offline.value = null;
  replica.value = null;
  enrollment.value = null;
  device.online.value = true;
});

describe('the call screen after a reconnect', () => {
  it('shows only the state of the call this press made, and never an older one', async () => {
    render(
      <KioskUiProvider repeatIgnoreMs={0}>
        <Current />
      </KioskUiProvider>,
    );
    // Offline: the press goes to the outbox, and the screen gives the phone at once.
    device.online.value = false;
    await act(() => navigate('emergency'));
    for (let i = 0; i < 4; i++) await tick(1000);
    expect(saved.map((e) => e.payload)).toEqual([{ memberId: null, cancelled: false }]);
    expect(phase()).toBe('unreachable');

    // Reconnect: the push is answered (a new call, e1) before any pull came back.
    device.online.value = true;
    serverUp = true;
    // The sync loop's try on \`online\` (the call itself sends only once, then leaves it to the loop).
    await push();
    await tick(0);
    expect(phase()).toBe('sent');
    expect(message()).toBe('已通知工作人员，请稍等。');
    // A pull of something else: the replica still holds the old call as this kiosk's open one.
    pulled();
    await tick(0);
    expect(phase()).toBe('sent');
    expect(message()).not.toContain('王芳');

    // A pull that set out before the push lands: the old call closed, e1 not in it yet.
    pulled({ ...previous, status: 'resolved', closedAt: '2026-11-25T03:00:05.000Z', version: 3 });
    await tick(0);
    expect(phase()).toBe('sent');
    expect(message()).not.toBe('工作人员已经处理了这次呼叫。');

    // Then e1 itself arrives, and is followed as it changes.
    pulled(state({}));
    await tick(0);
    expect(phase()).toBe('sent');
    pulled(
      state({
        status: 'acknowledged',
        ackBy: '李明',
        ackAt: '2026-11-25T03:00:40.000Z',
        version: 2,
      }),
    );
    await tick(0);
    expect(message()).toBe('工作人员 李明 马上来。');

    // A stale copy of e1 (version 1, open) arriving after the newer one changes nothing.
    pulled(state({}));
    await tick(0);
    expect(message()).toBe('工作人员 李明 马上来。');
    expect(said.some((s) => s.includes('王芳') || s.includes('已经处理'))).toBe(false);
  });
});
