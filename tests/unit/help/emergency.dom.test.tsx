/**
 * The Emergency screen in jsdom, with the app's real call controller over a pretend outbox and
 * server: not enrolled → the honest static screen; the countdown shown and spoken each second,
 * and Cancel storing a cancelled call and going back; the call going out with the member's id,
 * the duty phone and the alarm at once while the server is down, "已通知工作人员" once accepted,
 * the acknowledging staff member's name, a second press showing the same call, the idle timeout
 * held while it is open, and the screen going home once it is closed.
 */
import { signal } from '@preact/signals';
import { act, render, screen } from '@testing-library/preact';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from '../../../src/kiosk/app/idle';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { enrollment, offline } from '../../../src/kiosk/app/offline';
import { replica } from '../../../src/kiosk/app/pull';
import { home, navigate, route, toAttract } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import { alarmSounding } from '../../../src/kiosk/flows/help/alarm';
import { emergency } from '../../../src/kiosk/flows/help/emergency';
import { openCallLookup } from '../../../src/kiosk/flows/help/replica';
import type { IdentifiedMember } from '../../../src/kiosk/flows/identify/member';
import type { Offline } from '../../../src/kiosk/offline/offline';
import type { ReplicaStore } from '../../../src/kiosk/offline/pull-store';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import type { HelpCallState } from '../../../src/shared/help/changes';
import type { PushResult } from '../../../src/shared/sync/push';
import { demoConfig } from '../meals-flow/support';
import { recordingVoice } from '../support/recording-voice';
import { tiersOf } from '../support/roster';
import { tap } from '../ui/helpers';

const { voice, said } = recordingVoice();

/** The outbox and a server the test turns on and off. */
const saved: { id: string; kind: string; payload: unknown }[] = [];
const answers = new Map<string, PushResult>();
const waiters = new Map<string, (r: PushResult | null) => void>();
let serverUp = false;
const failures = signal(0);
/** Urgent sends, each a push at once (the call's first). */
let urgent = 0;
let retry: ReturnType<typeof setTimeout> | null = null;
async function store(kind: string, payload: unknown) {
  const entry = { id: `e${saved.length + 1}`, kind, payload };
  saved.push(entry);
  return entry;
}
/** One push of the pretend sync loop; after a failure it tries again on its own (pretend) back-off. */
function push() {
  if (!serverUp) {
    failures.value += 1;
    if (retry === null)
      retry = setTimeout(() => {
        retry = null;
        push();
      }, 2000);
    return;
  }
  failures.value = 0;
  for (const e of saved) {
    if (answers.has(e.id)) continue;
    const result: PushResult = {
      id: e.id,
      status: 'accepted',
      serverTime: new Date().toISOString(),
    };
    answers.set(e.id, result);
    waiters.get(e.id)?.(result);
  }
}
const fakeOffline = {
  save: store,
  outbox: {
    add: store,
    waitForResult(id: string) {
      const known = answers.get(id);
      return known ? Promise.resolve(known) : new Promise((r) => waiters.set(id, r));
    },
  },
  sync: {
    failures,
    async syncUrgent() {
      urgent += 1;
      push();
    },
    kick() {},
  },
} as unknown as Offline;

/** The replica, holding what the test publishes of the call. */
let published: HelpCallState | null = null;
const lastPullAt = signal<number | null>(null);
const fakeReplica = {
  async find(type: string, lookup: string) {
    return type === 'help-call' &&
      published &&
      lookup === openCallLookup('k1') &&
      !published.closedAt
      ? { data: published }
      : undefined;
  },
  async get(type: string, key: string) {
    return type === 'help-call' && published?.id === key ? { data: published } : undefined;
  },
  lastPullAt,
} as unknown as ReplicaStore;

function publish(state: HelpCallState) {
  published = state;
  lastPullAt.value = (lastPullAt.value ?? 0) + 1;
}

const call = (change: Partial<HelpCallState>): HelpCallState => ({
  id: 'e2',
  kioskId: 'k1',
  status: 'open',
  pressedAt: '2026-11-25T02:00:00.000Z',
  receivedAt: '2026-11-25T02:00:01.000Z',
  ackBy: null,
  ackAt: null,
  escalatedAt: null,
  closedAt: null,
  ...change,
});

function Current() {
  const id = route.value.id;
  return id === 'attract' ? null : <ScreenView key={route.value.key} entry={SCREENS[id]} />;
}

// The flows load on demand in the kiosk; here they are all in before the first screen.
beforeAll(preloadFlows);

const tick = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const button = (name: string | RegExp) => screen.getByRole('button', { name });
/** As the identify screen leaves a member with no PIN in the session. */
const MEMBER: IdentifiedMember = {
  id: 'm1',
  name: '李秀英',
  hasPin: false,
  validUntil: null,
  tiers: tiersOf(null),
  recordsAllowed: true,
};

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  config.value = demoConfig();
  setVoice(voice);
  offline.value = fakeOffline;
  replica.value = fakeReplica;
  session.value = { startedAt: Date.now(), staffUnlocked: false, member: MEMBER };
  toAttract();
});

// testing-library unmounts after each test: each shows the router's screen again (the call, kept
// by the app's controller, survives; a screen's own state, like a countdown, does not).
beforeEach(() => {
  render(
    <KioskUiProvider repeatIgnoreMs={0}>
      <Current />
    </KioskUiProvider>,
  );
});

afterAll(() => {
  vi.useRealTimers();
  offline.value = null;
  replica.value = null;
  enrollment.value = null;
  session.value = null;
});

describe('the emergency button', () => {
  it('on a kiosk that is not enrolled, says what to do without pretending to call', async () => {
    enrollment.value = null;
    await act(() => home());
    await act(() => navigate('emergency'));
    expect(screen.getByRole('heading', { level: 1, name: '紧急情况请马上打电话' })).toBeTruthy();
    // 120 and the duty phone the same way: either may be the one to ring.
    const duty = screen.getByText('0571-8765 4321');
    expect(screen.getByText('120').className).toBe(duty.className);
    expect(saved).toHaveLength(0);
  });

  it('counts down aloud, and Cancel stores a cancelled call and goes back', async () => {
    enrollment.value = { kioskId: 'k1', token: 't', name: 'k' } as never;
    await act(() => home());
    await act(() => navigate('emergency'));
    expect(screen.getByText('3 秒后呼叫工作人员')).toBeTruthy();
    expect(said.at(-1)).toBe('3 秒后呼叫工作人员。不需要的话，请点“取消”。');
    await tick(1000);
    expect(screen.getByText('2 秒后呼叫工作人员')).toBeTruthy();
    expect(said.at(-1)).toBe('2');
    tap(button('取消，不呼叫'));
    await tick(0);
    expect(route.value.id).toBe('home');
    expect(saved.map((e) => [e.kind, e.payload])).toEqual([
      ['help.call', { memberId: 'm1', cancelled: true }],
    ]);
    // Nothing more goes out once cancelled.
    await tick(5000);
    expect(saved).toHaveLength(1);
  });

  it('calls at the end of the countdown; server down → the phone and the alarm at once', async () => {
    await act(() => navigate('emergency'));
    // Each second is a render and an effect (which preact runs after the next frame).
    for (let i = 0; i < 4; i++) await tick(1000);
    expect(saved.at(-1)).toMatchObject({
      kind: 'help.call',
      payload: { memberId: 'm1', cancelled: false },
    });
    await tick(0);
    expect(screen.getByRole('heading', { name: /现在联系不上工作人员/ })).toBeTruthy();
    expect(screen.getByText('0571-8765 4321')).toBeTruthy();
    expect(screen.getByText('工作人员在：一楼大厅服务台')).toBeTruthy();
    expect(alarmSounding.value).toBe(true);
    expect(said.at(-1)).toContain('0 5 7 1, 8 7 6 5, 4 3 2 1');
    // 120 beside the duty phone, just as large, and said too.
    const duty = screen.getByText('0571-8765 4321');
    const ambulance = screen.getByText('120');
    expect(ambulance.className).toBe(duty.className);
    expect(ambulance.closest('ul')).toBe(duty.closest('ul'));
    screen.getByText('急救电话');
    expect(said.at(-1)).toContain('急救电话：1 2 0。');
    // Sent at once past any back-off, once; later tries are the sync loop's, never the call's own.
    expect(urgent).toBe(1);
    const tries = failures.value;
    await tick(8000);
    expect(urgent).toBe(1);
    expect(failures.value).toBeGreaterThan(tries);
    expect(saved).toHaveLength(2);
  });

  it('holds the idle timeout while the call is open', async () => {
    const onTimeout = vi.fn();
    const onWarn = vi.fn();
    const idle = createIdleTimer({ timeoutSeconds: 30, warningSeconds: 10, onWarn, onTimeout });
    idle.touch();
    for (let i = 0; i < 12; i++) await tick(10_000);
    expect(onWarn).not.toHaveBeenCalled();
    expect(route.value.id).toBe('emergency');
    idle.stop();
  });

  it('says staff were told once the server has it, then who is coming, by name', async () => {
    serverUp = true;
    await tick(4000);
    expect(screen.getByRole('heading', { name: /已通知工作人员/ })).toBeTruthy();
    expect(alarmSounding.value).toBe(false);
    expect(said.at(-1)).toBe('已通知工作人员，请稍等。');
    await act(async () =>
      publish(call({ status: 'acknowledged', ackBy: '王芳', ackAt: '2026-11-25T02:00:30.000Z' })),
    );
    await tick(0);
    expect(
      screen.getByText('工作人员 王芳 马上来。', { selector: '.help-call__message' }),
    ).toBeTruthy();
    expect(said.at(-1)).toBe('工作人员 王芳 马上来。');
  });

  it('shows the same call when Emergency is pressed again, with no new countdown or call', async () => {
    await act(() => navigate('emergency'));
    await tick(5000);
    expect(
      screen.getByText('工作人员 王芳 马上来。', { selector: '.help-call__message' }),
    ).toBeTruthy();
    expect(screen.queryByText(/秒后呼叫工作人员/)).toBeNull();
    expect(saved).toHaveLength(2);
  });

  it('says when the call was dealt with, and goes home on the elder’s tap', async () => {
    await act(async () =>
      publish(call({ status: 'resolved', ackBy: '王芳', closedAt: '2026-11-25T02:10:00.000Z' })),
    );
    await tick(0);
    expect(screen.getByRole('heading', { name: /呼叫已经处理/ })).toBeTruthy();
    tap(button('回到首页'));
    await tick(0);
    expect(route.value.id).toBe('home');
    expect(emergency.call.value).toBeNull();
  });
});
