/**
 * The meal screens in jsdom over a real replica and outbox (fake-indexeddb): a refusal told
 * first and acknowledged with a meal.ack entry; the usual meal one tap from its confirmation with
 * the price and its breakdown; 是 stores the booking (with the price shown) before the screen
 * speaks; "my meals" shows it as waiting; a booking made step by step, with a closed sitting
 * saying why; and a cancellation confirmed before its meal.cancel entry is stored.
 */
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { offline } from '../../../src/kiosk/app/offline';
import { replica } from '../../../src/kiosk/app/pull';
import { navigate, route, toAttract } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import { openCheckedOutbox } from '../../../src/kiosk/offline/checked-outbox';
import type { Offline } from '../../../src/kiosk/offline/offline';
import type { Outbox } from '../../../src/kiosk/offline/outbox';
import { openReplicaStore, type ReplicaStore } from '../../../src/kiosk/offline/pull-store';
import { KIOSK_REPLICA_TYPES } from '../../../src/kiosk/offline/roster';
import type { Sync } from '../../../src/kiosk/offline/sync';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import type { MemberMeals } from '../../../src/shared/meals/index';
import { validateChange } from '../../../src/shared/sync/pull';
import { recordingVoice } from '../support/recording-voice';
import { tap } from '../ui/helpers';
import { centenarianMember, demoConfig, shanghai } from './support';

const MEMBER = centenarianMember();

let dbCount = 0;
let store: ReplicaStore;
let outbox: Outbox;
let spoken: string[];

/** The replica as a pull leaves it: this member's meals as the server published them. */
async function publish(data: MemberMeals): Promise<ReplicaStore> {
  const opened = await openReplicaStore({
    types: KIOSK_REPLICA_TYPES,
    dbName: `meals-r-${++dbCount}`,
  });
  const check = validateChange(
    { type: 'member-meals', key: MEMBER.id, op: 'put', data },
    KIOSK_REPLICA_TYPES.registry,
  );
  expect(check.status).toBe('ok');
  await opened.applyPage({ from: null, cursor: '1', more: false, checks: [check] });
  return opened;
}

/** The app's offline layer over a real outbox; no server, so every save stays waiting. */
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

/** The screen the router shows, as the app does. */
function Current() {
  const id = route.value.id;
  return id === 'attract' ? null : <ScreenView entry={SCREENS[id]} />;
}

// The flows load on demand in the kiosk; here they are all in before the first screen.
beforeAll(preloadFlows);

function show() {
  return render(
    <KioskUiProvider repeatIgnoreMs={0}>
      <Current />
    </KioskUiProvider>,
  );
}

/** What the voice said last, once the screen's effects have run. */
async function saidLast(text: string, how: 'toContain' | 'toBe'): Promise<void> {
  await waitFor(() =>
    how === 'toBe' ? expect(spoken.at(-1)).toBe(text) : expect(spoken.at(-1)).toContain(text),
  );
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const mealsIn = async (kind: string) =>
  (await outbox.pending()).filter((e) => e.kind === kind).map((e) => e.payload);

beforeEach(async () => {
  // Wednesday 25 November 2026, 10:00 in Shanghai: today's lunch closed at 09:30.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(shanghai('2026-11-25', '10:00'));
  config.value = demoConfig();
  const fake = recordingVoice();
  setVoice(fake.voice);
  spoken = fake.said;
  outbox = await openCheckedOutbox({ kioskId: () => 'kiosk-1', dbName: `meals-o-${++dbCount}` });
  offline.value = offlineOver(outbox);
  session.value = { startedAt: Date.now(), staffUnlocked: false, member: MEMBER };
  toAttract();
});

afterEach(async () => {
  vi.useRealTimers();
  replica.value = null;
  offline.value = null;
  session.value = null;
  await store?.close();
  await outbox.close();
});

describe('the meal screens', () => {
  it('tells a refusal first, then books the usual meal in two taps at the price shown', async () => {
    store = await publish({
      upcoming: [],
      usual: { sitting: 'lunch', mealId: 'steamed-egg', delivery: false },
      notices: [
        {
          id: 'n1',
          day: '2026-11-25',
          sitting: 'dinner',
          mealId: 'pork-noodles',
          reasonCode: 'sold_out',
          at: 'x',
        },
      ],
    });
    replica.value = store;
    navigate('meals');
    show();
    expect(screen.getByRole('heading', { level: 1, name: '李秀英，您好' })).toBeTruthy();
    const told = '您 11月25日 的晚餐（肉丝青菜面）没有订上：已经订满了，没有名额了。';
    await screen.findByText(told);
    await saidLast(told, 'toContain');

    tap(button('知道了'));
    await waitFor(async () =>
      expect(await mealsIn('meal.ack')).toEqual([{ memberId: 'm1', noticeIds: ['n1'] }]),
    );

    // Same as last time: tomorrow's lunch (today's has closed), eaten here, ¥2.25.
    const usual = await screen.findByRole('button', {
      name: /和上次一样：明天午餐 鸡蛋羹软饭套餐/,
    });
    expect(usual.textContent).toContain('堂食，您需要付 2.25 元');
    await saidLast('和上次一样：明天午餐 鸡蛋羹软饭套餐', 'toContain');
    tap(usual);
    expect(route.value.id).toBe('meals-confirm');
    await screen.findByText('2.25 元');
    expect(screen.getByText('明天午餐（11:00–12:30）')).toBeTruthy();
    await saidLast(
      '请确认：明天午餐（11:00–12:30），鸡蛋羹软饭套餐，堂食。您需要付 2.25 元。对的话请点“是”。',
      'toBe',
    );

    // The breakdown, a tap away, and back.
    tap(button('价钱怎么算'));
    await screen.findByText('减 12 元');
    expect(screen.getByText('减 0.75 元')).toBeTruthy();
    tap(button('知道了'));
    await screen.findByText('2.25 元');

    tap(button('是'));
    // Stored (with the price the elder was shown) before anything says it is saved.
    await screen.findByRole('heading', { name: '已经记下了' });
    expect(await mealsIn('meal.book')).toEqual([
      {
        memberId: 'm1',
        day: '2026-11-26',
        sitting: 'lunch',
        mealId: 'steamed-egg',
        delivery: false,
        companion: false,
        quotedElderFen: 225,
      },
    ]);
    await saidLast('联网后会自动送到食堂', 'toContain');
    expect(document.body.textContent).not.toContain('订好了');

    // My meals: waiting for the canteen, cancellable.
    tap(button('我的订餐'));
    const row = (await screen.findByText('等待确认')).closest('li') as HTMLElement;
    expect(row.textContent).toContain('明天午餐');
    expect(within(row).getByRole('button', { name: '取消明天午餐' })).toBeTruthy();
  });

  it('books step by step: a closed sitting says why, the meal says what it suits and contains', async () => {
    store = await publish({ upcoming: [], usual: null, notices: [] });
    replica.value = store;
    navigate('meals');
    show();
    // Nobody's usual yet: no "same as last time", the plain way first.
    tap(await screen.findByRole('button', { name: '订餐' }));
    expect(route.value.id).toBe('meals-day');
    const closed = await screen.findByRole('button', { name: /今天午餐/ });
    expect(closed.hasAttribute('disabled')).toBe(true);
    expect(closed.textContent).toContain('今天的午餐 9:30 已截止。');
    await saidLast('今天的午餐 9:30 已截止。', 'toContain');

    tap(button(/明天晚餐/));
    expect(route.value.id).toBe('meals-menu');
    const egg = await screen.findByRole('button', { name: /鸡蛋羹软饭套餐/ });
    for (const words of ['软食', '低盐', '低糖', '含有：', '鸡蛋'])
      expect(egg.textContent).toContain(words);
    await saidLast('第 1 份，肉丝青菜面', 'toContain');
    tap(egg);
    expect(route.value.id).toBe('meals-where');
    // Delivery for tomorrow is still open (until 09:00 tomorrow), with its fee.
    const delivery = button(/送到家/);
    expect(delivery.hasAttribute('disabled')).toBe(false);
    expect(delivery.textContent).toContain('加 3 元送餐费');
    tap(delivery);
    await screen.findByText('5.25 元');
    tap(button('是'));
    await screen.findByRole('heading', { name: '已经记下了' });
    expect(await mealsIn('meal.book')).toMatchObject([
      {
        day: '2026-11-26',
        sitting: 'dinner',
        mealId: 'steamed-egg',
        delivery: true,
        quotedElderFen: 525,
      },
    ]);
  });

  it('cancels a booking only after 是, and not one past its cut-off', async () => {
    const booked = (bookingId: string, day: string) => ({
      bookingId,
      day,
      sitting: 'lunch',
      mealId: 'steamed-egg',
      delivery: false,
      companion: false,
      status: 'booked' as const,
      elderFen: 225,
    });
    store = await publish({
      upcoming: [booked('today', '2026-11-25'), booked('tomorrow', '2026-11-26')],
      usual: null,
      notices: [],
    });
    replica.value = store;
    navigate('meals-mine');
    show();
    const today = (await screen.findByText('今天午餐')).closest('li') as HTMLElement;
    expect(within(today).queryByRole('button')).toBeNull();
    expect(today.textContent).toContain('9:30 后不能再取消了。');
    tap(button('取消明天午餐'));
    expect(route.value.id).toBe('meals-cancel');
    await screen.findByRole('heading', { name: '要取消这一餐吗？' });
    expect(await mealsIn('meal.cancel')).toEqual([]);
    tap(button('是，取消'));
    await screen.findByRole('heading', { name: '已经记下了' });
    expect(await mealsIn('meal.cancel')).toEqual([{ memberId: 'm1', bookingId: 'tomorrow' }]);
  });

  it('“和上次一样” says what it books, and never offers a meal the elder cancelled', async () => {
    const kept = {
      bookingId: 'b1',
      day: '2026-11-26',
      sitting: 'lunch',
      mealId: 'tofu-greens',
      delivery: false,
      companion: false,
      status: 'booked' as const,
      elderFen: 225,
    };
    store = await publish({
      upcoming: [kept],
      usual: { bookingId: 'b1', sitting: 'lunch', mealId: 'tofu-greens', delivery: false },
      notices: [],
    });
    replica.value = store;
    navigate('meals');
    const view = show();
    // Thursday's lunch is taken: the same meal on Friday, the next lunch that has it.
    await screen.findByRole('button', {
      name: /和上次一样：11月27日 星期五午餐 家常豆腐素套餐/,
    });
    view.unmount();

    // Cancelled here (the server has not heard yet): no longer "the same as last time".
    await outbox.add('meal.cancel', { memberId: 'm1', bookingId: 'b1' }, { subject: 'm1' });
    navigate('meals-mine');
    navigate('meals');
    show();
    await screen.findByRole('button', { name: '订餐' });
    expect(screen.queryByRole('button', { name: /和上次一样/ })).toBeNull();
  });

  it('the saved screen repeats what, when, where, how much and how to pay', async () => {
    store = await publish({
      upcoming: [],
      usual: { sitting: 'lunch', mealId: 'steamed-egg', delivery: false },
      notices: [],
    });
    replica.value = store;
    navigate('meals');
    show();
    tap(await screen.findByRole('button', { name: /和上次一样/ }));
    await screen.findByText('2.25 元');
    tap(button('是'));
    await screen.findByRole('heading', { name: '已经记下了' });
    const summary = (await screen.findByText('怎么付钱')).closest('dl') as HTMLElement;
    const lines = [...summary.querySelectorAll('div')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(lines).toEqual([
      ['吃什么', '鸡蛋羹软饭套餐'],
      ['什么时候', '明天午餐（11:00–12:30）'],
      ['在哪里', '堂食'],
      ['您需要付', '2.25 元'],
      ['怎么付钱', '吃饭时在窗口扫码或付现金'],
    ]);
    await saidLast(
      '明天午餐（11:00–12:30），鸡蛋羹软饭套餐，堂食，2.25 元。怎么付钱：吃饭时在窗口扫码或付现金',
      'toContain',
    );
  });

  it('lists the days of the horizon the canteen cooks, and names the next one when today has none', async () => {
    // Saturday 28 November, 15:00: lunch has closed and there is no dinner on Saturdays; Sunday
    // is not served and staff closed Monday 30 November.
    vi.setSystemTime(shanghai('2026-11-28', '15:00'));
    const centre = demoConfig();
    if (!centre.meals) throw new Error('the demo centre has a canteen');
    centre.meals.booking = { horizonDays: 7, closedDates: ['2026-11-30'] };
    config.value = centre;
    store = await publish({ upcoming: [], usual: null, notices: [] });
    replica.value = store;
    navigate('meals-day');
    show();
    const note = '今天已经订不了了。 下一次可以订的是 12月1日 星期二。';
    await screen.findByText(note);
    await saidLast(note, 'toContain');
    expect(document.body.textContent).not.toContain('明天再来');
    // Each day the canteen cooks, to the horizon (today + 6), with how many sittings can be booked.
    const days = [...document.querySelectorAll<HTMLElement>('section.meals-day')].map(
      (d) =>
        `${d.dataset.day} ${d.querySelectorAll('button:not([disabled])').length}/${d.querySelectorAll('button').length}`,
    );
    expect(days).toEqual([
      '2026-11-28 0/1',
      '2026-12-01 2/2',
      '2026-12-02 2/2',
      '2026-12-03 2/2',
      '2026-12-04 2/2',
    ]);
    expect(button(/12月1日 星期二午餐/)).toBeTruthy();
  });

  it('asks for the card when nobody is known', async () => {
    store = await publish({ upcoming: [], usual: null, notices: [] });
    replica.value = store;
    session.value = { startedAt: Date.now(), staffUnlocked: false };
    navigate('meals');
    show();
    expect(screen.getByRole('heading', { name: '请先刷卡' })).toBeTruthy();
    tap(button('刷卡或输入卡号'));
    expect(route.value.id).toBe('identify');
  });
});
