import { render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { preloadFlows, ScreenView } from '../../../src/kiosk/app/lazy-screen';
import { canGoBack, home, navigate, rebase, route, toAttract } from '../../../src/kiosk/app/router';
import { SCREENS } from '../../../src/kiosk/app/screens';
import { startSession } from '../../../src/kiosk/app/session';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config, session } from '../../../src/kiosk/app/state';
import { lastSaved as helpSaved } from '../../../src/kiosk/flows/help/draft';
import { identifiedMember, rememberMember } from '../../../src/kiosk/flows/identify/identify';
import { draft as mealDraft, lastSaved as mealSaved } from '../../../src/kiosk/flows/meals/draft';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import { REASONS } from '../../../src/shared/sync/reasons';
import { isUuidV7 } from '../../../src/shared/sync/uuidv7';
import { centenarianMember, demoConfig } from '../meals-flow/support';
import { recordingVoice } from '../support/recording-voice';
import { tap } from '../ui/helpers';

const MEMBER = centenarianMember();

/** A voice that shows what it says as the caption, and forgets it when asked. */
let voice: ReturnType<typeof recordingVoice>['mock'];

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

const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** 李秀英 tapped her card for a job: known in the session, as the identify screen leaves it. */
function identified(): void {
  session.value = { startedAt: Date.now(), staffUnlocked: false };
  rememberMember(MEMBER, { next: 'meals' }, { card: '20240001' });
}

beforeEach(() => {
  const c = demoConfig();
  // Screens do not speak on entry: the caption shows only what was said last, so a left-over
  // sentence of the elder's would stay on screen.
  config.value = { ...c, kiosk: { ...c.kiosk, voice: { ...c.kiosk.voice, promptOnEntry: false } } };
  const fake = recordingVoice();
  voice = fake.mock;
  setVoice(fake.voice);
  toAttract();
});

afterEach(() => {
  session.value = null;
  mealSaved.value = null;
  helpSaved.value = null;
  mealDraft.value = null;
});

describe('the session bar', () => {
  // The file's first render of the whole frame pays for loading it; on a busy machine that alone
  // has passed the default 5 s.
  it('says whose session it is on every screen, and 我用完了 ends it', {
    timeout: 30_000,
  }, async () => {
    identified();
    navigate('home');
    show();
    expect(screen.getByText('李秀英 正在使用')).toBeTruthy();
    tap(button('中心信息'));
    expect(route.value.id).toBe('about');
    expect(screen.getByText('李秀英 正在使用')).toBeTruthy();

    tap(button('我用完了'));
    expect(route.value.id).toBe('attract');
    expect(session.value).toBeNull();
    expect(identifiedMember.value).toBeNull();
    expect(voice.forget).toHaveBeenCalled();
    expect(document.body.textContent).not.toContain('李秀英');

    // The next person touches the attract screen: home without a bar, and 订餐 asks for a card.
    startSession();
    home();
    tap(await screen.findByRole('button', { name: '订餐' }));
    expect(screen.queryByText(/正在使用/)).toBeNull();
    expect(route.value.id).toBe('identify');
  });

  it('is not there while nobody is known', () => {
    session.value = { startedAt: Date.now(), staffUnlocked: false };
    navigate('home');
    show();
    expect(screen.queryByText(/正在使用/)).toBeNull();
    expect(screen.queryByRole('button', { name: '我用完了' })).toBeNull();
  });

  it('shares the header with a shorter clock: the weekday and time, the date given way', () => {
    session.value = { startedAt: Date.now(), staffUnlocked: false };
    navigate('home');
    const { unmount } = show();
    const clock = () => document.querySelector('.clock')?.textContent ?? '';
    expect(clock()).toMatch(/^\d+月\d+日 星期. \d\d:\d\d$/);
    unmount();
    identified();
    show();
    expect(clock()).toMatch(/^星期. \d\d:\d\d$/);
  });

  it('speaks the member’s language: 正在使用 in traditional Chinese, "is using this" in English', async () => {
    const { setLanguage } = await import('../../../src/i18n');
    identified();
    navigate('home');
    show();
    setLanguage('en');
    expect(await screen.findByText('李秀英 is using this')).toBeTruthy();
    expect(button("I'm done")).toBeTruthy();
    setLanguage('zh-Hant');
    expect(await screen.findByText('李秀英 正在使用')).toBeTruthy();
    setLanguage('zh-Hans');
  });

  it('gives the identified session its own id, new for each person', () => {
    identified();
    const first = session.value?.id;
    expect(first && isUuidV7(first)).toBe(true);
    identified();
    expect(session.value?.id).not.toBe(first);
  });
});

/** Each finished task's outcome screen and its "done" button, reached as the flows reach them. */
const FINISHED = [
  {
    task: 'a meal booked',
    open: () => {
      mealSaved.value = {
        entryId: 'e1',
        action: 'book',
        phase: { kind: 'done', outcome: { status: 'saved' } },
      };
      rebase(['meals', 'meals-saved']);
    },
    done: '好的',
  },
  {
    task: 'a booking cancelled',
    open: () => {
      mealSaved.value = {
        entryId: 'e2',
        action: 'cancel',
        phase: { kind: 'done', outcome: { status: 'saved' } },
      };
      rebase(['meals', 'meals-mine', 'meals-saved']);
    },
    done: '好的',
  },
  {
    task: 'a help request sent',
    open: () => {
      helpSaved.value = {
        entryId: 'e3',
        action: 'request',
        phase: { kind: 'done', outcome: { status: 'saved' } },
      };
      rebase(['help', 'help-sent']);
    },
    done: '完成',
  },
  {
    task: 'a help request cancelled',
    open: () => {
      helpSaved.value = {
        entryId: 'e4',
        action: 'cancel',
        phase: { kind: 'done', outcome: { status: 'saved' } },
      };
      rebase(['help', 'help-mine', 'help-sent']);
    },
    done: '完成',
  },
  {
    task: 'a help request refused and told',
    open: () => {
      helpSaved.value = {
        entryId: 'e5',
        action: 'request',
        phase: {
          kind: 'done',
          outcome: {
            status: 'rejected',
            result: {
              id: 'e5',
              status: 'rejected',
              reason: { code: 'membership_expired', message: REASONS.membership_expired },
              serverTime: '2026-12-05T06:00:00Z',
            },
          },
        },
      };
      rebase(['help', 'help-sent']);
    },
    done: '知道了',
  },
];

describe('after a finished task', () => {
  it.each(FINISHED)(
    '$task: "$done" forgets the member, and the next job asks for a card',
    ({ open, done }) => {
      identified();
      open();
      show();
      expect(screen.getByText('李秀英 正在使用')).toBeTruthy();
      expect(voice.caption.value).not.toBe('');

      tap(button(done));
      expect(route.value.id).toBe('home');
      // A fresh stack: Back cannot lead into the screens that showed her data.
      expect(canGoBack.value).toBe(false);
      expect(identifiedMember.value).toBeNull();
      expect(session.value?.id).toBeUndefined();
      // The sealed proof of her card goes with her.
      expect(session.value?.proof).toBeUndefined();
      expect(mealSaved.value).toBeNull();
      expect(helpSaved.value).toBeNull();
      // What was said to her is not left as the caption.
      expect(voice.caption.value).toBe('');
      expect(screen.queryByText(/正在使用/)).toBeNull();
      expect(document.body.textContent).not.toContain('李秀英');

      // The next person taps 订餐: the card first, never her meals.
      tap(button('订餐'));
      expect(route.value.id).toBe('identify');
    },
  );

  it('我的请求 asks the next person for their card too', () => {
    identified();
    FINISHED[2]?.open();
    show();
    tap(button('完成'));
    tap(button('呼叫帮助'));
    expect(route.value.id).toBe('help');
    tap(button('我的请求'));
    expect(route.value.id).toBe('identify');
  });

  it('"我的订餐" from the saved screen is not the end: she is still known there', () => {
    identified();
    FINISHED[0]?.open();
    show();
    tap(button('我的订餐'));
    expect(route.value.id).toBe('meals-mine');
    expect(identifiedMember.value?.name).toBe('李秀英');
  });
});
