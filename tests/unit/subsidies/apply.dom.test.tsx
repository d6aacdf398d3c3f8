/**
 * 帮我申请 in jsdom (issue #13 item 3), over a real outbox (fake-indexeddb) with the server's
 * answer to each push stood in for, and 我的补贴's answer stood in for at askMySubsidies: the
 * button only under a programme the member could get but has not applied for; a double tap
 * stores one entry, with the member's proof; "已告诉工作人员" only once the server has it,
 * "saved, will be sent" while it cannot be reached, the reason when it refuses; what to bring
 * shown and spoken; 我的补贴 then says it was asked; and the session's end forgets all of it.
 * Also the meal subsidy on 我的补贴: used and left this month and this year, shown and said.
 */
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { offline } from '../../../src/kiosk/app/offline';
import { home, navigate, route, toAttract } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { endSession } from '../../../src/kiosk/app/session';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import type { IdentifiedMember } from '../../../src/kiosk/flows/identify/member';
import { appliedThisSession, lastApply } from '../../../src/kiosk/flows/subsidies/apply';
import { openCheckedOutbox } from '../../../src/kiosk/offline/checked-outbox';
import type { Offline, SaveOutcome } from '../../../src/kiosk/offline/offline';
import type { Outbox } from '../../../src/kiosk/offline/outbox';
import type { Sync } from '../../../src/kiosk/offline/sync';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import type { MySubsidyItem } from '../../../src/shared/subsidies/api';
import { reason } from '../../../src/shared/sync/index';
import { demoConfig, shanghai } from '../meals-flow/support';
import { startMemberSession } from '../support/member-session';
import { recordingVoice } from '../support/recording-voice';
import { tiersOf } from '../support/roster';
import { tap } from '../ui/helpers';

const ask = vi.hoisted(() => vi.fn());
vi.mock('../../../src/kiosk/flows/subsidies/mine', () => ({ askMySubsidies: ask }));

const MEMBER: IdentifiedMember = {
  id: 'm3',
  name: '张桂兰',
  hasPin: true,
  validUntil: null,
  tiers: tiersOf(null),
  recordsAllowed: true,
};
const PROOF = { session: '0193a000-0000-7000-8000-000000000001', sealed: 'c2VhbGVk' };

const none = { since: null, suspendedFrom: null, startMonth: null, nextPayout: null, reasons: [] };
const ITEMS: MySubsidyItem[] = [
  {
    ...none,
    programmeId: 'qinghe-old-age',
    status: 'not-applied',
    fen: 5000,
  },
  {
    ...none,
    programmeId: 'service-subsidy',
    status: 'receiving',
    fen: 10000,
    since: '2026-07',
    nextPayout: '2027-01-01',
  },
  {
    ...none,
    programmeId: 'disability-care',
    status: 'not-eligible',
    fen: 0,
    reasons: [{ code: 'disability-needed', grade: 'moderate' }],
  },
];

let dbCount = 0;
let outbox: Outbox;
let said: string[] = [];
/** What the stood-in server answers a push (undefined: it cannot be reached). */
let answer: ((id: string) => SaveOutcome) | undefined;

function offlineOver(box: Outbox): Offline {
  return {
    outbox: box,
    sync: { kick: () => {} } as Sync,
    save: (kind, payload, options) => box.add(kind, payload, options),
    saveOnce: (key, kind, payload, options) => box.addOnce(key, kind, payload, options),
    outcome: async (entry) => answer?.(entry.id) ?? { status: 'saved' },
  };
}

function Current() {
  const id = route.value.id;
  return id === 'attract' ? null : <ScreenView key={route.value.key} entry={SCREENS[id]} />;
}

// The flows load on demand in the kiosk; here they are all loaded before the first test.
beforeAll(preloadFlows);

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const applyEntries = async () => (await outbox.pending()).filter((e) => e.kind === 'subsidy.apply');

async function openMine(items: MySubsidyItem[] = ITEMS) {
  startMemberSession(MEMBER, PROOF);
  ask.mockResolvedValue({ result: 'figures', day: '2026-12-05', items });
  navigate('subsidies-mine');
  await screen.findByText('张桂兰，这是您的补贴。');
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(shanghai('2026-12-05', '10:00'));
  config.value = demoConfig();
  const fake = recordingVoice();
  setVoice(fake.voice);
  said = fake.said;
  ask.mockReset();
  answer = undefined;
  outbox = await openCheckedOutbox({ kioskId: () => 'kiosk-1', dbName: `apply-o-${++dbCount}` });
  offline.value = offlineOver(outbox);
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
  offline.value = null;
  session.value = null;
  // What a session's end clears (onSessionEnd), for the next test's new session.
  lastApply.value = null;
  appliedThisSession.value = [];
  await outbox.close();
});

describe('帮我申请', () => {
  it('is offered only under a programme the member could get but has not applied for', async () => {
    await openMine();
    const buttons = screen.getAllByRole('button', { name: '帮我申请' });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.closest('section')?.querySelector('h2')?.textContent?.trim()).toBe(
      '高龄津贴',
    );
  });

  it('saves one entry for a double tap and, with no connection, says it will be sent and what to bring', async () => {
    await openMine();
    const apply = button('帮我申请');
    tap(apply);
    tap(apply);
    await screen.findByText('已经记下了');
    screen.getByText('现在连不上网络，联网后会自动告诉工作人员。');
    expect(screen.queryByText('已告诉工作人员')).toBeNull();
    screen.getByText('身份证、户口簿、本人银行卡');
    screen.getByText('满 80 周岁前 3 个月内，到社区服务中心服务台登记');
    const entries = await applyEntries();
    expect(entries.map((e) => e.payload)).toEqual([
      { memberId: 'm3', programmeId: 'qinghe-old-age' },
    ]);
    expect(entries[0]?.proof).toEqual(PROOF);
    await waitFor(() =>
      expect(said.join(' ')).toContain(
        '已经记下了。现在连不上网络，联网后会自动告诉工作人员。 申请高龄津贴，请带上：身份证、户口簿、本人银行卡。',
      ),
    );
  });

  it('says the staff have been told only once the server has it, and 我的补贴 then shows it asked', async () => {
    answer = (id) => ({
      status: 'sent',
      result: { id, status: 'accepted', serverTime: '2026-12-05T02:00:01.000Z' },
    });
    await openMine();
    tap(button('帮我申请'));
    await screen.findByText('已告诉工作人员');
    screen.getByText('顾问会和您约时间。');
    await waitFor(() => expect(said.join(' ')).toContain('已告诉工作人员。顾问会和您约时间。'));
    tap(button('回到我的补贴'));
    await screen.findByText('张桂兰，这是您的补贴。');
    screen.getByText('已经请工作人员帮您申请了。');
    expect(screen.queryByRole('button', { name: '帮我申请' })).toBeNull();
  });

  it('gives the server’s reason when it refuses, and offers the button again', async () => {
    answer = (id) => ({
      status: 'rejected',
      result: {
        id,
        status: 'rejected',
        reason: reason('unknown_category'),
        serverTime: '2026-12-05T02:00:01.000Z',
      },
    });
    await openMine();
    tap(button('帮我申请'));
    await screen.findByText('申请没有被接受');
    screen.getByText('中心现在不提供这项服务了。请找工作人员问问。');
    expect(screen.queryByText('已告诉工作人员')).toBeNull();
    tap(button('知道了'));
    await screen.findByText('张桂兰，这是您的补贴。');
    screen.getByRole('button', { name: '帮我申请' });
  });

  it('on a later visit, says when it was asked while the staff have it, and offers no second button', async () => {
    const [first, ...rest] = ITEMS;
    await openMine([{ ...(first as MySubsidyItem), askedOn: '2026-12-01' }, ...rest]);
    screen.getByText('您12月1日已经请工作人员帮您申请，工作人员会联系您。');
    expect(screen.queryByRole('button', { name: '帮我申请' })).toBeNull();
    await waitFor(() =>
      expect(said.join(' ')).toContain('您12月1日已经请工作人员帮您申请，工作人员会联系您。'),
    );
  });

  it('forgets what was asked when the session ends', async () => {
    await openMine();
    tap(button('帮我申请'));
    await screen.findByText('已经记下了');
    endSession();
    await waitFor(() => expect(screen.queryByText(/高龄津贴/)).toBeNull());
    expect(lastApply.value).toBeNull();
    expect(route.value.id).toBe('attract');
  });
});

describe('我的补贴: the meal subsidy', () => {
  const MEALS = {
    perMealFen: 600,
    perMonth: 22,
    month: { used: { meals: 2, fen: 1200 }, left: { meals: 20, fen: 12_000 } },
    year: { used: { meals: 30, fen: 18_000 }, left: { meals: 42, fen: 25_200 } },
  };

  it('shows and says what is used and left this month and this year', async () => {
    startMemberSession(MEMBER, PROOF);
    ask.mockResolvedValue({ result: 'figures', day: '2026-12-05', items: ITEMS, meals: MEALS });
    navigate('subsidies-mine');
    await screen.findByRole('heading', { level: 2, name: '助餐补贴' });
    screen.getByText('在食堂吃饭，每餐补 6 元。');
    screen.getByText('本月已用 2 餐（订了还没吃的也算），补贴一共 12 元；还可以用 20 餐。');
    screen.getByText('今年已用 30 餐，补贴一共 180 元；还可以用 42 餐。');
    await waitFor(() =>
      expect(said.join(' ')).toContain(
        '助餐补贴：在食堂吃饭，每餐补 6 元。 本月已用 2 餐（订了还没吃的也算），补贴一共 12 元；还可以用 20 餐。 今年已用 30 餐，补贴一共 180 元；还可以用 42 餐。',
      ),
    );
  });

  it('says a month with none used yet in words, not "0 餐 … 0 元"', async () => {
    startMemberSession(MEMBER, PROOF);
    const meals = {
      ...MEALS,
      month: { used: { meals: 0, fen: 0 }, left: { meals: 22, fen: 13_200 } },
    };
    ask.mockResolvedValue({ result: 'figures', day: '2026-12-05', items: ITEMS, meals });
    navigate('subsidies-mine');
    await screen.findByRole('heading', { level: 2, name: '助餐补贴' });
    screen.getByText('本月还没有用过，还可以用 22 餐。');
    screen.getByText('今年已用 30 餐，补贴一共 180 元；还可以用 42 餐。');
    expect(screen.queryByText(/已用 0 餐/)).toBeNull();
  });

  it('says nothing of it to a member with no meal subsidy who has used none', async () => {
    startMemberSession(MEMBER, PROOF);
    const none = { meals: 0, fen: 0 };
    ask.mockResolvedValue({
      result: 'figures',
      day: '2026-12-05',
      items: ITEMS,
      meals: {
        perMealFen: 0,
        perMonth: 22,
        month: { used: none, left: { meals: 22, fen: 0 } },
        year: { used: none, left: { meals: 22, fen: 0 } },
      },
    });
    navigate('subsidies-mine');
    await screen.findByText('张桂兰，这是您的补贴。');
    expect(screen.queryByText('助餐补贴')).toBeNull();
  });
});
