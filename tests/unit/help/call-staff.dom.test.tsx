/**
 * 呼叫工作人员 in jsdom, with the app's real staff-call controller over a pretend outbox and
 * server: not enrolled → says plainly it cannot call, with where staff are and their phones; the
 * server down → "not sent", it will go when the connection is back, where staff are, and never
 * "staff told" (and no push past the back-off: only an emergency does that); once the server has
 * it → staff told; the acknowledging staff member's name, spoken and what 再听一遍 repeats; a
 * second press shows the same call; the identified elder's id goes with it. Dead-end help and
 * meals screens offer it.
 */
import { signal } from '@preact/signals';
import { act, render, screen } from '@testing-library/preact';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { enrollment, offline } from '../../../src/kiosk/app/offline';
import { replica } from '../../../src/kiosk/app/pull';
import { home, navigate, route, toAttract } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { hearAgain, setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import { HelpMissing } from '../../../src/kiosk/flows/help/HelpMissing';
import { staffCall } from '../../../src/kiosk/flows/help-fixed/staff-call';
import { MealsMissing } from '../../../src/kiosk/flows/meals/MealsMissing';
import type { Offline } from '../../../src/kiosk/offline/offline';
import type { ReplicaStore } from '../../../src/kiosk/offline/pull-store';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import type { HelpCallState } from '../../../src/shared/help/changes';
import type { PushResult } from '../../../src/shared/sync/push';
import { demoConfig } from '../meals-flow/support';
import { recordingVoice } from '../support/recording-voice';
import { tap } from '../ui/helpers';

const { voice, said } = recordingVoice();

/** The outbox and a server the test turns on and off. */
const saved: { id: string; kind: string; payload: unknown; key?: string }[] = [];
const answers = new Map<string, PushResult>();
const waiters = new Map<string, (r: PushResult | null) => void>();
let serverUp = false;
const failures = signal(0);
let urgent = 0;
let retry: ReturnType<typeof setTimeout> | null = null;
/** One push of the pretend sync loop; after a failure it tries again on its own back-off. */
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
  // saving.ts's store: stored once per key, then the loop is kicked.
  async saveOnce(key: string, kind: string, payload: unknown) {
    const entry = { id: `e${saved.length + 1}`, kind, payload, key };
    saved.push(entry);
    push();
    return entry;
  },
  outbox: {
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

let published: HelpCallState | null = null;
const lastPullAt = signal<number | null>(null);
const fakeReplica = {
  async find() {
    return undefined;
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
  id: 'e1',
  kioskId: 'k1',
  status: 'open',
  pressedAt: '2026-11-25T02:00:00.000Z',
  receivedAt: '2026-11-25T02:00:01.000Z',
  ackBy: null,
  ackAt: null,
  escalatedAt: null,
  closedAt: null,
  version: 1,
  ...change,
});

function Current() {
  const id = route.value.id;
  return id === 'attract' ? null : <ScreenView key={route.value.key} entry={SCREENS[id]} />;
}

// The flows load on demand in the kiosk; here they are all in before the first screen.
beforeAll(preloadFlows);

const tick = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const MEMBER = {
  id: 'm1',
  name: '李秀英',
  birthDate: '1925-03-08',
  localHukou: true,
  categories: [],
  disability: null,
  validUntil: null,
};
const message = () => document.querySelector('.help-call__message')?.textContent ?? '';

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  config.value = demoConfig();
  setVoice(voice);
  offline.value = fakeOffline;
  replica.value = fakeReplica;
  session.value = { startedAt: Date.now(), staffUnlocked: false, member: MEMBER as never };
  toAttract();
});

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

describe('呼叫工作人员', () => {
  it('on a kiosk that is not enrolled, says it cannot call and where staff are', async () => {
    enrollment.value = null;
    await act(() => home());
    await act(() => navigate('call-staff'));
    expect(screen.getByText('这台机器现在不能呼叫工作人员。')).toBeTruthy();
    expect(screen.getByText('工作人员在：一楼大厅服务台')).toBeTruthy();
    expect(screen.getByText('0571-8765 4321')).toBeTruthy();
    expect(document.body.textContent).not.toContain('已通知');
    expect(saved).toHaveLength(0);
  });

  it('server down: the call is not sent, will go when the connection is back, and staff are there', async () => {
    enrollment.value = { kioskId: 'k1', token: 't', name: '大厅 1' } as never;
    await act(() => home());
    await act(() => navigate('call-staff'));
    await tick(0);
    // Stored once through saving.ts, with the identified elder's id.
    expect(saved.map((e) => [e.kind, e.payload])).toEqual([
      ['help.staff-call', { memberId: 'm1' }],
    ]);
    expect(screen.getByRole('heading', { level: 1, name: '呼叫没有发出去' })).toBeTruthy();
    expect(message()).toBe(
      '现在联系不上工作人员，呼叫没有发出去。网络恢复后会自动发出，请不要等。',
    );
    expect(screen.getByText('工作人员在：一楼大厅服务台')).toBeTruthy();
    expect(screen.getByText('0571-8765 4321')).toBeTruthy();
    expect(document.body.textContent).not.toContain('已通知');
    expect(said.at(-1)).toBe(
      '现在联系不上工作人员，呼叫没有发出去。网络恢复后会自动发出，请不要等。请到一楼大厅服务台找工作人员，也可以打电话：0 5 7 1, 8 7 6 5, 4 3 2 1。',
    );
    // Not an emergency: nothing is pushed past the sync loop's back-off.
    expect(urgent).toBe(0);
    // 再听一遍 says the same again.
    const before = said.length;
    await act(() => hearAgain());
    expect(said.length).toBe(before + 1);
    expect(said.at(-1)).toBe(said.at(-2));
  });

  it('once the server has it: staff told, then who is coming, by name, said and repeated', async () => {
    serverUp = true;
    await tick(2000);
    expect(screen.getByRole('heading', { level: 1, name: '已通知工作人员' })).toBeTruthy();
    expect(said.at(-1)).toBe('已通知工作人员到这里来，请在这里稍等。');
    await act(async () =>
      publish(call({ status: 'acknowledged', ackBy: '王芳', ackAt: '2026-11-25T02:00:30.000Z' })),
    );
    await tick(0);
    expect(screen.getByRole('heading', { level: 1, name: '工作人员马上来' })).toBeTruthy();
    expect(message()).toBe('工作人员 王芳 马上来。');
    expect(said.at(-1)).toBe('工作人员 王芳 马上来。');
    await act(() => hearAgain());
    expect(said.at(-1)).toBe('工作人员 王芳 马上来。');
  });

  it('pressed again while the call is open: the same call, nothing new stored', async () => {
    await act(() => home());
    await act(() => navigate('call-staff'));
    await tick(0);
    expect(message()).toBe('工作人员 王芳 马上来。');
    expect(saved).toHaveLength(1);
  });

  it('a closed call is told, and the next press makes a new call (anonymous with nobody identified)', async () => {
    await act(async () =>
      publish(call({ status: 'resolved', ackBy: '王芳', closedAt: '2026-11-25T02:10:00.000Z' })),
    );
    await tick(0);
    expect(message()).toBe('工作人员已经处理了这次呼叫。');
    session.value = { startedAt: Date.now(), staffUnlocked: false };
    await act(() => home());
    await act(() => navigate('call-staff'));
    await tick(0);
    expect(saved.map((e) => e.payload)).toEqual([{ memberId: 'm1' }, { memberId: null }]);
    expect(staffCall.call.value?.entryId).toBe('e2');
  });

  it('a help screen with nothing to show offers 呼叫工作人员', async () => {
    await act(() => home());
    const { unmount } = render(
      <KioskUiProvider repeatIgnoreMs={0}>
        <HelpMissing missing="config" />
      </KioskUiProvider>,
    );
    const buttons = screen.getAllByRole('button', { name: '呼叫工作人员' });
    tap(buttons.at(-1) as HTMLElement);
    await tick(0);
    expect(route.value.id).toBe('call-staff');
    unmount();
  });

  it('a centre without a canteen offers 呼叫工作人员 on the meals screen', async () => {
    await act(() => home());
    const { unmount } = render(
      <KioskUiProvider repeatIgnoreMs={0}>
        <MealsMissing missing="canteen" />
      </KioskUiProvider>,
    );
    const buttons = screen.getAllByRole('button', { name: '呼叫工作人员' });
    tap(buttons.at(-1) as HTMLElement);
    await tick(0);
    expect(route.value.id).toBe('call-staff');
    unmount();
  });
});
