/**
 * The lesson screen's hint ladder, reached by deliberate misses: L1 says what was tapped and what
 * to look for, L2 puts the arrow and hand on the target, L3 greys out everything else and offers
 * "watch me"; guided starts at L2; a hold missed twice may be a plain tap; a test is "completed
 * unaided" only when no step needed L2 or L3.
 */

import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { home } from '../../../src/kiosk/app/router';
import { setVoice } from '../../../src/kiosk/app/speech';
import { config } from '../../../src/kiosk/app/state';
import { LessonScreen } from '../../../src/kiosk/flows/lessons/LessonScreen';
import { HOLD_MS } from '../../../src/kiosk/flows/lessons/ladder';
import { chosenLesson } from '../../../src/kiosk/flows/lessons/lesson-data';
import { KioskUiProvider } from '../../../src/kiosk/ui';
import { demoConfig } from '../meals-flow/support';
import { recordingVoice } from '../support/recording-voice';
import { tap } from '../ui/helpers';

const LESSON = JSON.parse(readFileSync('kiosk-config/demo/lessons/big-text-wifi.json', 'utf8'));
let served: unknown = LESSON;
let said: string[] = [];

beforeEach(() => {
  config.value = demoConfig();
  const voice = recordingVoice();
  said = voice.said;
  setVoice(voice.voice);
  served = LESSON;
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(served)));
  chosenLesson.value = 'big-text-wifi';
  home();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function open(mode: '跟着我做' | '自己试试' | '考考自己') {
  render(
    <KioskUiProvider repeatIgnoreMs={0}>
      <LessonScreen />
    </KioskUiProvider>,
  );
  tap(await screen.findByRole('button', { name: new RegExp(mode) }));
}

const item = (id: string) => document.querySelector(`[data-item="${id}"]`) as HTMLElement;
const level = () => document.querySelector('.lesson')?.getAttribute('data-level');
const counter = () => document.querySelector('.lesson__counter')?.textContent;

/** Every step's target tapped in turn, with no miss. */
function doEveryStep() {
  for (const step of LESSON.steps as { target: string }[]) tap(item(step.target));
}

describe('the hint ladder', () => {
  it('climbs one rung a miss in practice: words, then arrow and hand, then the rest greyed', async () => {
    await open('自己试试');
    expect(counter()).toBe('第 1 步，共 8 步');
    expect(screen.getByText('点一下“设置”')).toBeTruthy();
    expect(level()).toBe('0');
    expect(document.querySelector('.phone-hint')).toBeNull();

    tap(item('camera'));
    expect(level()).toBe('1');
    expect(screen.getByRole('status').textContent).toBe(
      '您点的是“相机”。请找灰色的齿轮，下面写着“设置”。',
    );
    expect(said.at(-1)).toBe('您点的是“相机”。请找灰色的齿轮，下面写着“设置”。');
    expect(document.querySelector('.phone-hint')).toBeNull();
    expect(document.querySelector('.phone-arrow')).toBeNull();

    tap(item('phone'));
    expect(level()).toBe('2');
    expect(document.querySelector('.phone-arrow')).not.toBeNull();
    expect(item('settings').querySelector('.phone-hint__hand')).not.toBeNull();

    tap(item('photos'));
    expect(level()).toBe('3');
    expect((item('camera') as HTMLButtonElement).disabled).toBe(true);
    expect((item('settings') as HTMLButtonElement).disabled).toBe(false);
    tap(screen.getByRole('button', { name: '看我做一遍' }));
    expect(item('settings').querySelector('.phone-hint--replay, .phone-hint')).not.toBeNull();

    tap(item('settings'));
    expect(counter()).toBe('第 2 步，共 8 步');
    expect(level()).toBe('0');
    expect(screen.queryByRole('status')).toBeNull();
    // A whole lesson screen re-rendered a dozen times: slow on a loaded machine, not wrong.
  }, 20_000);

  it('says "an empty place" for a touch on the phone but on no item', async () => {
    await open('自己试试');
    const phoneScreen = document.querySelector('.phone__screen') as HTMLElement;
    fireEvent.pointerDown(phoneScreen, { pointerId: 1 });
    fireEvent.pointerUp(phoneScreen, { pointerId: 1 });
    expect(screen.getByRole('status').textContent).toBe(
      '您点的是空白的地方。请找灰色的齿轮，下面写着“设置”。',
    );
  });

  it('starts every step at the arrow in guided mode', async () => {
    await open('跟着我做');
    expect(level()).toBe('2');
    expect(document.querySelector('.phone-arrow')).not.toBeNull();
    expect(item('settings').querySelector('.phone-hint__hand')).not.toBeNull();
    tap(item('settings'));
    expect(level()).toBe('2');
    expect(item('display').querySelector('.phone-hint__hand')).not.toBeNull();
  });

  it('teaches press-and-hold, and offers a plain tap after the second miss', async () => {
    served = structuredClone(LESSON);
    (served as typeof LESSON).steps[0].gesture = 'hold';
    await open('自己试试');
    // Too short a press: kind words, never a failure.
    tap(item('settings'));
    expect(screen.getByRole('status').textContent).toBe('差一点！要按住久一点，数到二再松开。');
    tap(item('settings'));
    expect(screen.getByRole('status').textContent).toContain('这次只点一下它也行。');
    tap(item('settings'));
    expect(counter()).toBe('第 2 步，共 8 步');
  });

  it('counts a hold that lasts as the step done', async () => {
    served = structuredClone(LESSON);
    (served as typeof LESSON).steps[0].gesture = 'hold';
    await open('自己试试');
    // Only the hold's timer is faked: the kit's touch discipline reads the real clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.pointerDown(item('settings'), { pointerId: 1, pointerType: 'touch' });
    act(() => {
      vi.advanceTimersByTime(HOLD_MS);
    });
    expect(counter()).toBe('第 2 步，共 8 步');
  });
});

describe('a test (check mode)', () => {
  it('shows the task, not the step, and stars a lesson done without L2 or L3', async () => {
    await open('考考自己');
    expect(screen.getByText(/^要做的事：/)).toBeTruthy();
    expect(screen.queryByText('点一下“设置”')).toBeNull();
    tap(item('camera'));
    // One miss (L1) still counts as unaided; the step's words now show.
    expect(screen.getByText('点一下“设置”')).toBeTruthy();
    doEveryStep();
    tap(await screen.findByRole('button', { name: '设置' }));
    tap(screen.getByRole('button', { name: '下一题' }));
    tap(screen.getByRole('button', { name: '中心前台贴着' }));
    tap(screen.getByRole('button', { name: '学完了' }));
    await waitFor(() => expect(screen.getByText('自己做到了')).toBeTruthy());
    expect(document.querySelector('.lesson-done__words')?.textContent).toBe(
      '您自己做到了！两道题答对了 2 道。',
    );
  });

  it('gives no star when a step needed the arrow, and meets a wrong answer kindly', async () => {
    await open('考考自己');
    tap(item('camera'));
    tap(item('phone'));
    expect(level()).toBe('2');
    doEveryStep();
    tap(await screen.findByRole('button', { name: '相机' }));
    expect(screen.getByRole('status').textContent).toBe(
      '正确答案是“设置”。字的大小在“设置”里面改。',
    );
    tap(screen.getByRole('button', { name: '下一题' }));
    tap(screen.getByRole('button', { name: '中心前台贴着' }));
    tap(screen.getByRole('button', { name: '学完了' }));
    await waitFor(() =>
      expect(document.querySelector('.lesson-done__words')?.textContent).toMatch(/答对了 1 道/),
    );
    expect(screen.queryByText('自己做到了')).toBeNull();
  });
});
