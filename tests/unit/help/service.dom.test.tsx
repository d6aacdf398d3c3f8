/**
 * The service-request screens in jsdom over a real outbox and replica (fake-indexeddb): the help
 * tile, categories 6 to a screen with "more", when and where only where the category asks, the
 * check in words and voice, the service.request entry stored before "saved"; a complaint sent
 * without a name; identify asked for otherwise; "my requests" in words from the server's list
 * ("已安排，明天上午 李师傅 上门"), a refusal told, and a cancel confirmed before it is stored.
 */
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { offline } from '../../../src/kiosk/app/offline';
import { replica } from '../../../src/kiosk/app/pull';
import { back, home, route, toAttract } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { hearAgain, setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import { HELP_REPLICA_TYPES, withReplicaTypes } from '../../../src/kiosk/flows/help/replica';
import type { IdentifiedMember } from '../../../src/kiosk/flows/identify/member';
import { openCheckedOutbox } from '../../../src/kiosk/offline/checked-outbox';
import type { Offline } from '../../../src/kiosk/offline/offline';
import type { Outbox } from '../../../src/kiosk/offline/outbox';
import { openReplicaStore, type ReplicaStore } from '../../../src/kiosk/offline/pull-store';
import { KIOSK_REPLICA_TYPES } from '../../../src/kiosk/offline/roster';
import type { Sync } from '../../../src/kiosk/offline/sync';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import type { MemberRequests } from '../../../src/shared/help/changes';
import { validateChange } from '../../../src/shared/sync/pull';
import { demoConfig, shanghai } from '../meals-flow/support';
import { recordingVoice } from '../support/recording-voice';
import { tiersOf } from '../support/roster';
import { tap } from '../ui/helpers';

const TYPES = withReplicaTypes(KIOSK_REPLICA_TYPES, HELP_REPLICA_TYPES);
/** As the identify screen leaves a member with no PIN in the session. */
const MEMBER: IdentifiedMember = {
  id: 'm1',
  name: '王建国',
  hasPin: false,
  validUntil: null,
  tiers: tiersOf(null),
  recordsAllowed: true,
};

let dbCount = 0;
let outbox: Outbox;
let store: ReplicaStore | null = null;
let said: string[] = [];

/** No server: every save stays in the outbox, waiting. */
function offlineOver(box: Outbox): Offline {
  return {
    outbox: box,
    sync: { kick: () => {} } as Sync,
    save: (kind, payload, options) => box.add(kind, payload, options),
    saveOnce: (key, kind, payload, options) => box.addOnce(key, kind, payload, options),
    async outcome(entry) {
      const result = await box.waitForResult(entry.id, 20);
      if (!result) return { status: 'saved' };
      return result.status === 'accepted'
        ? { status: 'sent', result }
        : { status: 'rejected', result };
    },
  };
}

async function publish(data: MemberRequests): Promise<void> {
  store = await openReplicaStore({ types: TYPES, dbName: `help-r-${++dbCount}` });
  const check = validateChange(
    { type: 'member-requests', key: MEMBER.id, op: 'put', data },
    TYPES.registry,
  );
  expect(check.status).toBe('ok');
  await store.applyPage({ from: null, cursor: '1', more: false, checks: [check] });
  replica.value = store;
}

function Current() {
  const id = route.value.id;
  return id === 'attract' ? null : <ScreenView key={route.value.key} entry={SCREENS[id]} />;
}

// The flows load on demand in the kiosk; here they are all in before the first screen.
beforeAll(preloadFlows);

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const entries = async (kind: string) =>
  (await outbox.pending()).filter((e) => e.kind === kind).map((e) => e.payload);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(shanghai('2026-11-25', '10:00'));
  config.value = demoConfig();
  const fake = recordingVoice();
  setVoice(fake.voice);
  said = fake.said;
  outbox = await openCheckedOutbox({ kioskId: () => 'kiosk-1', dbName: `help-o-${++dbCount}` });
  offline.value = offlineOver(outbox);
  session.value = { startedAt: Date.now(), staffUnlocked: false, member: MEMBER };
  toAttract();
  home();
  render(
    <KioskUiProvider repeatIgnoreMs={0}>
      <Current />
    </KioskUiProvider>,
  );
});

afterEach(async () => {
  vi.useRealTimers();
  replica.value = null;
  offline.value = null;
  session.value = null;
  await store?.close();
  store = null;
  await outbox.close();
});

/** The server's answer changes: the next pull brings this request list. */
async function republish(data: MemberRequests): Promise<void> {
  vi.setSystemTime(Date.now() + 60_000); // a minute on: the pull is marked with a new time
  const check = validateChange(
    { type: 'member-requests', key: MEMBER.id, op: 'put', data },
    TYPES.registry,
  );
  await store?.applyPage({ from: '1', cursor: '2', more: false, checks: [check] });
}

const cleaning = {
  id: 'r1',
  category: 'cleaning',
  when: 'tomorrow',
  where: 'home',
  status: 'new',
  assignee: null,
  plan: null,
  createdAt: '2026-11-25T01:00:00.000Z',
  updatedAt: '2026-11-25T01:00:00.000Z',
} as const;

describe('service requests', () => {
  it('says a status that changes while the elder looks, and Hear again repeats it', async () => {
    await publish({ requests: [cleaning] });
    tap(button('呼叫帮助'));
    tap(button('我的请求'));
    await screen.findByText('已收到，正在安排');
    await waitFor(() => expect(said.at(-1)).toContain('已收到，正在安排'));
    const before = said.length;
    await republish({
      requests: [
        {
          ...cleaning,
          status: 'assigned',
          assignee: '李师傅',
          plan: { day: '2026-11-26', part: 'morning' },
          updatedAt: '2026-11-25T01:30:00.000Z',
        },
      ],
    });
    await screen.findByText('已安排，明天上午 李师傅 上门');
    await waitFor(() =>
      expect(said.slice(before)).toEqual([
        '助洁打扫：明天，到我家里：已安排，明天上午 李师傅 上门。',
      ]),
    );
    hearAgain();
    expect(said.at(-1)).toBe('助洁打扫：明天，到我家里：已安排，明天上午 李师傅 上门。');
  });

  it('asks when and where, checks in words, and stores the request before saying it is saved', async () => {
    tap(button('呼叫帮助'));
    expect(route.value.id).toBe('help');
    // 4 categories, my requests and more: 6 choices.
    expect(
      screen.getAllByRole('button', { name: /助|我的请求|更多服务/ }).length,
    ).toBeGreaterThanOrEqual(6);
    tap(button('更多服务'));
    expect(route.value.id).toBe('help-more');
    expect(button('投诉建议')).toBeTruthy();
    expect(button('适老化改造')).toBeTruthy();
    back();
    await screen.findByRole('button', { name: '助洁打扫' });

    tap(button('助洁打扫'));
    expect(route.value.id).toBe('help-when');
    await screen.findByRole('heading', { level: 1, name: '助洁打扫：什么时候？' });
    tap(button('明天'));
    expect(route.value.id).toBe('help-where');
    tap(await screen.findByRole('button', { name: '到我家里' }));
    // Known in this session: no card asked again.
    expect(route.value.id).toBe('help-confirm');
    await screen.findByText('到我家里');
    expect(screen.getByText('王建国')).toBeTruthy();
    await waitFor(() =>
      expect(said.at(-1)).toBe(
        '要发送这个请求吗？ 服务：助洁打扫。 时间：明天。 地点：到我家里。 请求人：王建国。',
      ),
    );

    tap(button('是，发送'));
    await screen.findByRole('heading', { name: '已经记下了' });
    expect(await entries('service.request')).toEqual([
      { memberId: 'm1', category: 'cleaning', when: 'tomorrow', where: 'home' },
    ]);
    expect(screen.getByText('现在连不上网络，联网后会自动送到工作人员。')).toBeTruthy();
  });

  it('asks nothing more for a category without questions, and asks for the card when nobody is known', async () => {
    session.value = { startedAt: Date.now(), staffUnlocked: false };
    tap(button('呼叫帮助'));
    tap(button('更多服务'));
    tap(await screen.findByRole('button', { name: '政策咨询' }));
    expect(route.value.id).toBe('identify');
    expect(session.value?.identify).toEqual({ next: 'help-confirm', greetedByJob: true });
  });

  it('lets a complaint go without a name', async () => {
    session.value = { startedAt: Date.now(), staffUnlocked: false };
    tap(button('呼叫帮助'));
    tap(button('更多服务'));
    tap(await screen.findByRole('button', { name: '投诉建议' }));
    expect(route.value.id).toBe('help-who');
    expect(button(/刷卡，留下名字/)).toBeTruthy();
    tap(button(/不留名字，直接发送/));
    expect(route.value.id).toBe('help-confirm');
    expect(await screen.findByText('不留名字')).toBeTruthy();
    tap(button('是，发送'));
    await screen.findByRole('heading', { name: '已经记下了' });
    expect(await entries('service.request')).toEqual([
      { memberId: null, category: 'complaint', when: null, where: null },
    ]);
  });
});

describe('my requests', () => {
  it('keeps a PIN member’s requests closed when the PIN could not be checked, and offers to type it', async () => {
    session.value = {
      startedAt: Date.now(),
      staffUnlocked: false,
      member: { ...MEMBER, hasPin: true, recordsAllowed: false },
    };
    await publish({ requests: [] });
    tap(button('呼叫帮助'));
    tap(button('我的请求'));
    expect(route.value.id).toBe('help-mine');
    await screen.findByRole('heading', { name: '看自己的记录需要联网核对密码' });
    expect(said.at(-1)).toMatch(/看自己的记录需要联网核对密码/);
    tap(button('输入密码'));
    // Asked who they are again (the PIN with it), then back to their requests.
    expect(route.value.id).toBe('identify');
    expect(session.value?.member).toBeUndefined();
    expect(session.value?.identify).toMatchObject({ next: 'help-mine' });
  });

  it('says where each request stands, and cancels one not yet started after asking', async () => {
    await publish({
      requests: [
        {
          id: 'r1',
          category: 'cleaning',
          when: 'tomorrow',
          where: 'home',
          status: 'assigned',
          assignee: '李师傅',
          plan: { day: '2026-11-26', part: 'morning' },
          createdAt: '2026-11-25T01:00:00.000Z',
          updatedAt: '2026-11-25T01:30:00.000Z',
        },
        {
          id: 'r0',
          category: 'bathing',
          when: 'today',
          where: 'here',
          status: 'done',
          assignee: '王芳',
          plan: null,
          createdAt: '2026-11-20T01:00:00.000Z',
          updatedAt: '2026-11-21T01:30:00.000Z',
        },
      ],
    });
    tap(button('呼叫帮助'));
    tap(button('我的请求'));
    expect(route.value.id).toBe('help-mine');
    await screen.findByText('已安排，明天上午 李师傅 上门');
    expect(screen.getByText('已经办好')).toBeTruthy();
    expect(screen.getByText('助洁打扫：明天，到我家里')).toBeTruthy();
    await waitFor(() =>
      expect(said.at(-1)).toContain('助洁打扫：明天，到我家里：已安排，明天上午 李师傅 上门。'),
    );
    // Only the one not started can be cancelled.
    expect(screen.getAllByRole('button', { name: /^取消：/ })).toHaveLength(1);

    tap(button('取消：助洁打扫：明天，到我家里'));
    expect(route.value.id).toBe('help-cancel');
    await screen.findByRole('heading', { name: '要取消“助洁打扫：明天，到我家里”吗？' });
    expect(await entries('service.cancel')).toEqual([]);
    tap(button('是，取消'));
    await screen.findByRole('heading', { name: '取消已经记下了' });
    expect(await entries('service.cancel')).toEqual([{ memberId: 'm1', requestId: 'r1' }]);
  });
});
