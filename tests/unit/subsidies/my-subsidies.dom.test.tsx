/**
 * "我的补贴" in jsdom (issue #13 item 3), with the server's answer stood in for at the one call
 * the screen makes (askMySubsidies): the way in from the first question asks for the card; the
 * member's figures in words and voice (receiving first, the total a month, the next payout, why
 * not); a member without a PIN told kindly, with the anonymous check and 呼叫工作人员; offline
 * and a PIN never checked said honestly, with the anonymous check; a refusal offers the card
 * again; and the session's end leaves nothing of the member on screen.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { home, navigate, route, toAttract } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { endSession } from '../../../src/kiosk/app/session';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import type { IdentifiedMember } from '../../../src/kiosk/flows/identify/member';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import type { MySubsidyItem } from '../../../src/shared/subsidies/api';
import { demoConfig, shanghai } from '../meals-flow/support';
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
    programmeId: 'service-subsidy',
    status: 'not-eligible',
    fen: 0,
    reasons: [{ code: 'category-needed', categories: ['low-income', 'extreme-poverty'] }],
  },
  {
    ...none,
    programmeId: 'qinghe-old-age',
    status: 'receiving',
    fen: 8000,
    since: '2026-07',
    nextPayout: '2027-01-15',
  },
  {
    ...none,
    programmeId: 'disability-care',
    status: 'suspended',
    fen: 10000,
    since: '2026-01',
    suspendedFrom: '2026-10',
  },
  { ...none, programmeId: 'home-adaptation', status: 'not-applied', fen: 500000 },
];

let said: string[] = [];

function Current() {
  const id = route.value.id;
  return id === 'attract' ? null : <ScreenView key={route.value.key} entry={SCREENS[id]} />;
}

// The flows load on demand in the kiosk; here they are all loaded before the first test.
beforeAll(preloadFlows);

const button = (name: string | RegExp) => screen.getByRole('button', { name });

function openMine(member: IdentifiedMember | undefined = MEMBER) {
  session.value = {
    startedAt: Date.now(),
    staffUnlocked: false,
    ...(member ? { member, id: PROOF.session, proof: Promise.resolve(PROOF) } : {}),
  };
  navigate('subsidies-mine');
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(shanghai('2026-12-05', '10:00'));
  config.value = demoConfig();
  const fake = recordingVoice();
  setVoice(fake.voice);
  said = fake.said;
  ask.mockReset();
  toAttract();
  home();
  render(
    <KioskUiProvider repeatIgnoreMs={0}>
      <Current />
    </KioskUiProvider>,
  );
});

afterEach(() => {
  vi.useRealTimers();
  session.value = null;
});

describe('我的补贴', () => {
  it('is reached from the first question and asks for the card first', async () => {
    session.value = { startedAt: Date.now(), staffUnlocked: false };
    navigate('subsidies');
    tap(await screen.findByRole('button', { name: '我的补贴：刷卡查看' }));
    expect(route.value.id).toBe('identify');
    expect(session.value?.identify).toEqual({ next: 'subsidies-mine', greetedByJob: true });
  });

  it('shows and says the member’s figures: what they receive first, the total, the next payout, why not', async () => {
    let answer: (value: unknown) => void = () => {};
    ask.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    openMine();
    await screen.findByText('正在查您的补贴，请稍等。');
    await waitFor(() => expect(ask).toHaveBeenCalledWith('m3', PROOF));
    answer({ result: 'figures', day: '2026-12-05', items: ITEMS });
    await screen.findByText('张桂兰，这是您的补贴。');
    screen.getByText('您正在领 1 项补贴，每月一共 80 元。 还有 1 项您可以申请。');
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent?.trim());
    expect(names).toEqual(['高龄津贴', '失能护理补贴', '适老化改造补助', '养老服务补贴']);
    screen.getByText('从 2026年7月起发。');
    screen.getByText('下次发钱：2027年1月15日。');
    screen.getByText(/从 2026年10月起暂停/);
    screen.getByText('您可以领，但还没有申请。');
    screen.getByText('一次性，最多 5000 元');
    screen.getByText('要是低保、特困才能领。');
    // Spoken once the screen's effects have run.
    await waitFor(() => expect(said.join(' ')).toContain('张桂兰，这是您的补贴。'));
    const spoken = said.join(' ');
    expect(spoken).toContain(
      '高龄津贴：正在领。每月 80 元。从 2026年7月起发。 下次发钱：2027年1月15日。',
    );
    expect(spoken).toContain('养老服务补贴：现在不能领。要是低保、特困才能领。');
  });

  it('shows and says the last payment and the vouchers left, with the month the bureau’s lists are as of', async () => {
    const items: MySubsidyItem[] = [
      {
        ...none,
        programmeId: 'qinghe-old-age',
        status: 'receiving',
        fen: 8000,
        since: '2026-07',
        lastPayment: { month: '2026-10', fen: 8000, asOf: '2026-11' },
      },
      {
        ...none,
        programmeId: 'disability-care',
        status: 'receiving',
        fen: 10000,
        since: '2026-01',
        vouchers: { fen: 50050, asOf: '2026-10' },
      },
    ];
    ask.mockResolvedValue({ result: 'figures', day: '2026-12-05', items });
    openMine();
    await screen.findByText('张桂兰，这是您的补贴。');
    screen.getByText('按民政局截至 2026年11月的名单，最近一次发的是 2026年10月的 80 元。');
    screen.getByText('按民政局截至 2026年10月的名单，服务券还剩 500.50 元。');
    await waitFor(() => expect(said.join(' ')).toContain('最近一次发的是 2026年10月的 80 元。'));
  });

  it('tells a member without a PIN kindly, and offers the anonymous check and 呼叫工作人员', async () => {
    ask.mockResolvedValue({ result: 'no-pin' });
    openMine({ ...MEMBER, hasPin: false });
    await screen.findByText('查看领钱的数目，要有一个 4 位密码。');
    await waitFor(() => expect(said.join(' ')).toContain('工作人员会帮您设一个'));
    tap(button('我能领什么？'));
    expect(route.value.id).toBe('subsidies');
    // Beside the header's own: the dead end offers a person, as the identify screen's do.
    navigate('subsidies-mine');
    await screen.findByText('查看领钱的数目，要有一个 4 位密码。');
    const calls = screen.getAllByRole('button', { name: /呼叫工作人员/ });
    expect(calls).toHaveLength(2);
    tap(calls[1] as HTMLElement);
    expect(route.value.id).toBe('call-staff');
  });

  it('says honestly offline that personal figures need the connection, and offers the anonymous check', async () => {
    ask.mockResolvedValue({ result: 'offline' });
    openMine();
    await screen.findByText('现在连不上中心，查不到您领的钱。');
    await waitFor(() => expect(said.join(' ')).toContain('可以先查查您能领什么'));
    tap(button('我能领什么？'));
    expect(route.value.id).toBe('subsidies');
  });

  it('never asks the server for a PIN member whose PIN could not be checked', async () => {
    openMine({ ...MEMBER, recordsAllowed: false });
    await screen.findByText('现在连不上中心，查不到您领的钱。');
    expect(ask).not.toHaveBeenCalled();
  });

  it('offers the card again when the server refuses', async () => {
    ask.mockResolvedValue({ result: 'refused' });
    openMine();
    tap(await screen.findByRole('button', { name: '再刷一次卡' }));
    expect(route.value.id).toBe('identify');
    expect(session.value?.member).toBeUndefined();
  });

  it('leaves nothing of the member on screen when the session ends', async () => {
    ask.mockResolvedValue({ result: 'figures', day: '2026-12-05', items: ITEMS });
    openMine();
    await screen.findByText('张桂兰，这是您的补贴。');
    endSession();
    await waitFor(() => expect(screen.queryByText(/张桂兰/)).toBeNull());
    expect(screen.queryByText(/80 元/)).toBeNull();
    expect(route.value.id).toBe('attract');
  });
});
