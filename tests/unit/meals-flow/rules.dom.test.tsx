/**
 * The rules the meal screens use, with the demo canteen: which days and sittings are offered and
 * the words for those that are not, the usual meal, the price words in yuan from whole fen, the
 * subsidy caps counted from the member's bookings, and "my meals" joining the server's copy with
 * this kiosk's own waiting entries.
 */
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import {
  type BookingRow,
  bookingRows,
  type MealsKnowledge,
  noticesToTell,
  quote,
  takenBy,
  usageFor,
} from '../../../src/kiosk/flows/meals/bookings';
import { dayOptions, usualOffer } from '../../../src/kiosk/flows/meals/offer';
import {
  breakdownLines,
  breakdownSpoken,
  payWords,
  priceWords,
  sittingStateWords,
} from '../../../src/kiosk/flows/meals/words';
import type { RejectedEntry, SentEntry, StoredEntry } from '../../../src/kiosk/offline/db';
import { type MemberMeals, priceTableOf } from '../../../src/shared/meals/index';
import { centenarianTiers, demoConfig, shanghai, ZONE } from './support';

const meals = demoConfig().meals;
if (!meals) throw new Error('the demo centre has a canteen');
const table = priceTableOf(meals);

// Wednesday 25 November 2026: lunch closes 09:30, dinner 14:00; no lunch on Sundays.
const WED = '2026-11-25';
const THU = '2026-11-26';

describe('days and sittings', () => {
  it('offers the sittings of each day of the horizon (a week by default) before any cut-off', () => {
    const days = dayOptions(meals, shanghai(WED, '08:00'), ZONE);
    expect(days.map((d) => d.day)).toEqual([
      WED,
      THU,
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]);
    expect(
      days.slice(0, 2).flatMap((d) => d.sittings.map((s) => `${s.day} ${s.sitting.id} ${s.state}`)),
    ).toEqual([
      `${WED} lunch open`,
      `${WED} dinner open`,
      `${THU} lunch open`,
      `${THU} dinner open`,
    ]);
    const first = days[0]?.sittings[0];
    if (!first) throw new Error('no sitting');
    expect(sittingStateWords(first, WED)).toBe('今天 9:30 前可以订。');
  });

  it('shows a sitting past its cut-off as closed, saying when it closed, at the boundary minute', () => {
    const at = (time: string) => dayOptions(meals, shanghai(WED, time), ZONE)[0]?.sittings[0];
    expect(at('09:29')?.state).toBe('open');
    const closed = at('09:30');
    expect(closed?.state).toBe('closed');
    if (!closed) throw new Error('no sitting');
    expect(sittingStateWords(closed, WED)).toBe('今天的午餐 9:30 已截止。');
    setLanguage('zh-Hant');
    expect(sittingStateWords(closed, WED)).toBe('今天的午餐 9:30 已截止。');
    setLanguage('en');
    expect(sittingStateWords(closed, WED)).toBe('Today, Lunch: booking closed at 9:30.');
  });

  it('says a sitting is already booked, and leaves it open for a companion', () => {
    const rows: BookingRow[] = [row({ day: THU, sitting: 'lunch' })];
    const days = dayOptions(meals, shanghai(WED, '10:00'), ZONE, takenBy(rows));
    const thursdayLunch = days[1]?.sittings[0];
    expect(thursdayLunch?.state).toBe('booked');
    if (!thursdayLunch) throw new Error('no sitting');
    expect(sittingStateWords(thursdayLunch, WED)).toBe('明天的午餐您已经订了。');
    expect(dayOptions(meals, shanghai(WED, '10:00'), ZONE)[1]?.sittings[0]?.state).toBe('open');
  });

  it('knows the canteen is closed on Sunday', () => {
    // Saturday: tomorrow is Sunday, when the demo canteen cooks nothing.
    const days = dayOptions(meals, shanghai('2026-11-28', '08:00'), ZONE);
    expect(days[0]?.closed).toBeNull();
    expect(days[0]?.sittings.map((s) => s.sitting.id)).toEqual(['lunch']);
    expect(days[1]).toMatchObject({ day: '2026-11-29', closed: 'weekday', sittings: [] });
  });
});

describe('same as last time', () => {
  const usual = { sitting: 'lunch', mealId: 'steamed-egg', delivery: false };

  it('offers the usual meal at the next sitting that can still be booked', () => {
    expect(usualOffer(meals, usual, shanghai(WED, '08:00'), ZONE)).toMatchObject({
      day: WED,
      offset: 0,
      meal: { id: 'steamed-egg' },
    });
    // Past today's cut-off: tomorrow's lunch.
    expect(usualOffer(meals, usual, shanghai(WED, '10:00'), ZONE)).toMatchObject({
      day: THU,
      offset: 1,
    });
  });

  it('skips a sitting already booked, a meal not on the menu, and delivery past its cut-off, to the next day that has it', () => {
    const taken = takenBy([row({ day: THU, sitting: 'lunch' })]);
    expect(usualOffer(meals, usual, shanghai(WED, '10:00'), ZONE, taken)?.day).toBe('2026-11-27');
    // Braised fish is on Monday, Wednesday and Friday lunches only: not on Thursday.
    const fish = { sitting: 'lunch', mealId: 'braised-fish', delivery: false };
    expect(usualOffer(meals, fish, shanghai(WED, '08:00'), ZONE)?.day).toBe(WED);
    expect(usualOffer(meals, fish, shanghai(WED, '10:00'), ZONE)?.day).toBe('2026-11-27');
    // Nothing within the horizon: no offer.
    const short = { ...meals, booking: { horizonDays: 2, closedDates: [] } };
    expect(usualOffer(short, fish, shanghai(WED, '10:00'), ZONE)).toBeNull();
    // Delivery closes at 09:00: at 09:10 today's delivered lunch is gone, tomorrow's is offered.
    const delivered = { ...usual, delivery: true };
    expect(usualOffer(meals, delivered, shanghai(WED, '09:10'), ZONE)?.day).toBe(THU);
    expect(usualOffer(meals, null, shanghai(WED, '08:00'), ZONE)).toBeNull();
  });
});

describe('price words', () => {
  const CENTENARIAN = centenarianTiers();

  it('tells a centenarian they pay ¥2.25, with the breakdown', () => {
    const price = quote(table, CENTENARIAN, [], { day: THU, delivery: false, companion: false });
    expect(price.elder).toBe(225);
    expect(payWords(price)).toBe('您需要付 2.25 元');
    expect(breakdownLines(price)).toEqual([
      { label: '原价', value: '15 元' },
      { label: '政府补贴', value: '减 12 元' },
      { label: '食堂优惠', value: '减 0.75 元' },
      { label: '您付', value: '2.25 元' },
    ]);
    expect(breakdownSpoken(price)).toBe(
      '原价 15 元。 政府补贴 12 元。 食堂优惠 0.75 元。 您需要付 2.25 元。 政府按您的情况给了补贴。',
    );
  });

  it('never guesses a subsidy for a day the roster does not reach: at most the member price, confirmed by the centre', () => {
    // A roster pulled two weeks ago: its tiers end before Thursday.
    const old = centenarianTiers('2026-11-08');
    const price = quote(table, old, [], { day: THU, delivery: false, companion: false });
    expect(price).toMatchObject({ basis: 'unconfirmed', elder: 1425, government: 0 });
    expect(payWords(price)).toBe('最多付 14.25 元，以中心确认的价格为准');
    expect(priceWords(price)).toBe('最多 14.25 元');
    expect(breakdownSpoken(price)).toMatch(/这一天的补贴还要中心确认/);
    // A companion's meal is the full price either way: nothing to confirm.
    const companion = quote(table, old, [], { day: THU, delivery: false, companion: true });
    expect(companion).toMatchObject({ basis: 'companion', elder: 1500 });
  });

  it('adds the delivery fee and charges a companion the full price', () => {
    const delivered = quote(table, CENTENARIAN, [], { day: THU, delivery: true, companion: false });
    expect(delivered.elder).toBe(525);
    expect(breakdownLines(delivered)).toContainEqual({ label: '送餐费', value: '加 3 元' });
    const companion = quote(table, CENTENARIAN, [], { day: THU, delivery: false, companion: true });
    expect(payWords(companion)).toBe('您需要付 15 元');
  });

  it('counts subsidised bookings against the one-a-day cap', () => {
    const lunch = row({ day: THU, sitting: 'lunch', elderFen: 225 });
    expect(usageFor([lunch], table, THU)).toEqual({ day: 1, week: 1, month: 1 });
    const dinner = quote(table, CENTENARIAN, [lunch], {
      day: THU,
      delivery: false,
      companion: false,
    });
    expect(dinner).toMatchObject({ basis: 'cap-day', elder: 1425 });
    // A meal at the member price (no subsidy) and a companion's do not count.
    const unsubsidised = row({ day: THU, sitting: 'dinner', elderFen: 1425, bookingId: 'b2' });
    const companion = row({
      day: THU,
      sitting: 'lunch',
      elderFen: 1500,
      companion: true,
      bookingId: 'b3',
    });
    expect(usageFor([unsubsidised, companion], table, THU).day).toBe(0);
  });
});

describe('my meals and notices', () => {
  const published: MemberMeals = {
    upcoming: [
      {
        bookingId: 'b-thu',
        day: THU,
        sitting: 'lunch',
        mealId: 'steamed-egg',
        delivery: false,
        companion: false,
        status: 'booked',
        elderFen: 225,
      },
    ],
    usual: { sitting: 'lunch', mealId: 'steamed-egg', delivery: false },
    notices: [
      {
        id: 'n1',
        day: WED,
        sitting: 'dinner',
        mealId: 'pork-noodles',
        reasonCode: 'sold_out',
        at: 'x',
      },
      {
        id: 'n2',
        day: WED,
        sitting: 'lunch',
        mealId: 'tofu-greens',
        reasonCode: 'new_code',
        at: 'y',
      },
    ],
  };
  const book = (id: string, day: string, sitting: string): StoredEntry => ({
    id,
    kind: 'meal.book',
    payload: {
      memberId: 'm1',
      day,
      sitting,
      mealId: 'steamed-egg',
      delivery: false,
      companion: false,
      quotedElderFen: 225,
    },
    kioskTime: '2026-11-25T10:00:00+08:00',
    kioskId: 'k1',
    attempt: 0,
    createdAt: 1000,
    subject: 'm1',
  });

  it('shows waiting entries beside the published bookings, and a cancellation on its way', () => {
    const k: MealsKnowledge = {
      published,
      publishedAt: 5000,
      pending: [
        book('b-wed-dinner', WED, 'dinner'),
        {
          ...book('c1', WED, 'x'),
          kind: 'meal.cancel',
          payload: { memberId: 'm1', bookingId: 'b-thu' },
        },
      ],
      sent: [],
      rejected: [],
    };
    const rows = bookingRows(k, meals, WED);
    expect(rows.map((r) => [r.bookingId, r.state])).toEqual([
      ['b-wed-dinner', 'waiting'],
      ['b-thu', 'cancelling'],
    ]);
    // A sitting being cancelled is free to book again.
    expect(takenBy(rows)(THU, 'lunch')).toBe(false);
    expect(takenBy(rows)(WED, 'dinner')).toBe(true);
  });

  it('shows an accepted booking the published copy does not have yet, and drops a past day', () => {
    const accepted: SentEntry = {
      ...book('b-new', THU, 'dinner'),
      result: { id: 'b-new', status: 'accepted', serverTime: '2026-11-25T02:00:00Z' },
      sentAt: 6000,
    };
    const older: SentEntry = { ...accepted, id: 'b-old', sentAt: 4000 };
    const k: MealsKnowledge = {
      published,
      publishedAt: 5000,
      pending: [],
      sent: [accepted, older],
      rejected: [],
    };
    expect(bookingRows(k, meals, WED).map((r) => [r.bookingId, r.state])).toEqual([
      ['b-thu', 'booked'],
      ['b-new', 'booked'],
    ]);
    expect(bookingRows(k, meals, '2026-11-27')).toEqual([]);
  });

  it('tells the refusals not yet acknowledged, in the reason’s words or a general sentence', () => {
    const refusedHere: RejectedEntry = {
      ...book('r1', THU, 'lunch'),
      result: {
        id: 'r1',
        status: 'rejected',
        serverTime: '2026-11-25T02:00:00Z',
        reason: {
          code: 'past_cutoff',
          message: {
            'zh-Hans': '已经过了预订的截止时间。',
            'zh-Hant': '已經過了預訂的截止時間。',
            en: 'Too late.',
          },
        },
      },
      rejectedAt: 7000,
      seenAt: null,
    };
    const ack: StoredEntry = {
      ...book('a1', WED, 'x'),
      kind: 'meal.ack',
      payload: { memberId: 'm1', noticeIds: ['n2'] },
    };
    const k: MealsKnowledge = {
      published,
      publishedAt: 5000,
      pending: [ack],
      sent: [],
      rejected: [refusedHere],
    };
    const notices = noticesToTell(k);
    expect(notices.map((n) => [n.id, n.localOnly])).toEqual([
      ['n1', false],
      ['r1', true],
    ]);
    expect(notices[0]?.message?.['zh-Hans']).toBe('已经订满了，没有名额了。');
    // Once the server's copy is newer than the refusal, the server's list is the truth.
    expect(noticesToTell({ ...k, publishedAt: 8000 }).map((n) => n.id)).toEqual(['n1']);
    // A code this build does not know still gets told, with the general sentence.
    const unknown = noticesToTell({ ...k, pending: [] }).find((n) => n.id === 'n2');
    expect(unknown?.message).toBeNull();
  });
});

function row(over: Partial<BookingRow>): BookingRow {
  return {
    bookingId: 'b1',
    day: THU,
    sitting: 'lunch',
    mealId: 'steamed-egg',
    delivery: false,
    companion: false,
    elderFen: 225,
    state: 'booked',
    ...over,
  };
}
