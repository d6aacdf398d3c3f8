/**
 * What the help console's DOM tests stand on: a fake Web Audio that records every beep, a fake
 * /api answering by method and path (and recording each request), and calls and requests as the
 * server sends them.
 */
import { vi } from 'vitest';
import type {
  HelpCallView,
  HelpMemberView,
  ServiceRequestView,
} from '../../../src/shared/help/api-types';
import type { Me } from '../../../src/shared/staff/api';
import { me } from '../../../src/staff/app/session';
import { armSoundOnGesture, resetSoundForTests } from '../../../src/staff/help/alarm';
import { clearHelpCalls } from '../../../src/staff/help/help-live';
import { FakeAudioContext } from '../support/fake-audio';

export { FakeAudioContext } from '../support/fake-audio';

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

type Handler = (body: unknown, url: URL) => { status?: number; json: unknown };

/** Stubs fetch: `routes["POST /api/help/calls/c1/ack"]` answers; anything else is a 404. */
export function fakeApi(routes: Record<string, Handler>): Recorded[] {
  const recorded: Recorded[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://console.test');
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      recorded.push({ method, path: `${url.pathname}${url.search}`, body });
      const handler = routes[`${method} ${url.pathname}`];
      const answer = handler
        ? handler(body, url)
        : { status: 404, json: { error: { code: 'not_found', message: 'no such route' } } };
      return new Response(JSON.stringify(answer.json), {
        status: answer.status ?? 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return recorded;
}

export const member: HelpMemberView = {
  id: 'm-zhang',
  name: '张桂兰',
  phone: '137 0000 1003',
  address: '长青路 3 号 2 单元 101',
  emergencyName: '张明',
  emergencyPhone: '139 0000 2003',
  emergencyRelation: '侄子',
  livesAlone: true,
};

export function call(overrides: Partial<HelpCallView> = {}): HelpCallView {
  return {
    id: 'c1',
    kind: 'emergency',
    kioskId: 'k1',
    kioskName: '大厅 1',
    kioskLocation: '一楼大厅',
    member,
    memberChecked: true,
    status: 'open',
    pressedAt: '2026-11-25T02:00:00.000Z',
    receivedAt: '2026-11-25T02:00:01.000Z',
    lateSeconds: 1,
    presses: 1,
    ackBy: null,
    ackAt: null,
    escalatedAt: null,
    resolvedBy: null,
    closedAt: null,
    note: null,
    version: 1,
    lastEscalation: null,
    ...overrides,
  };
}

export function serviceRequest(overrides: Partial<ServiceRequestView> = {}): ServiceRequestView {
  return {
    id: 'r1',
    category: 'cleaning',
    programme: null,
    complaint: false,
    member,
    kioskId: 'k1',
    when: 'tomorrow',
    where: 'home',
    status: 'new',
    assignee: null,
    plan: null,
    notes: [],
    createdAt: '2026-11-25T01:00:00.000Z',
    updatedAt: '2026-11-25T01:00:00.000Z',
    ...overrides,
  };
}

/** 王芳 at the front desk: a staff account, shown members' contacts. */
export const deskStaff: Me = {
  id: 's-wang',
  name: '王芳',
  username: 'wangfang',
  role: 'staff',
  nameConfirmed: true,
  session: { expiresAt: '2026-11-26T00:00:00.000Z', idleExpiresAt: '2026-11-26T00:00:00.000Z' },
};

/**
 * A console signed in as `who` whose alarm may sound: a fake AudioContext, the repeat interval
 * under the test's clock, no calls yet, sound armed for the first gesture. Returns the undoing of
 * all of it, for the test's afterEach.
 */
export function alarmConsole(who: Me): () => void {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  FakeAudioContext.reset();
  vi.stubGlobal('AudioContext', FakeAudioContext);
  resetSoundForTests();
  clearHelpCalls();
  me.value = who;
  const disarm = armSoundOnGesture();
  return () => {
    me.value = undefined;
    disarm();
    clearHelpCalls();
    resetSoundForTests();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.title = '';
  };
}
