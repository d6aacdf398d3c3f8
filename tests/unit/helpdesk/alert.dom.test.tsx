/**
 * The emergency alert above every console page, in jsdom with a fake Web Audio and a fake /api:
 * it lists every unacknowledged call with where, who and how late; rings until someone
 * acknowledges (here or on another console); turns red when escalated; asks for a click while
 * the browser keeps the sound off.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import type { HelpCallView } from '../../../src/shared/help/api-types';
import { REPEAT_MS, ringing, soundState } from '../../../src/staff/help/alarm';
import { HelpAlert } from '../../../src/staff/help/HelpAlert';
import { applyCall, clearHelpCalls } from '../../../src/staff/help/help-live';
import { alarmConsole, call, deskStaff, FakeAudioContext, fakeApi } from './fakes';

let signOut: () => void = () => undefined;

beforeEach(() => {
  // The desk's console: members' contacts are shown (roles.dom.test.tsx has the others).
  signOut = alarmConsole(deskStaff);
});

afterEach(() => signOut());

const audio = () => FakeAudioContext.instances[0];
const alerts = () => document.querySelectorAll('article.help-alert');

/** A click somewhere on the page, as the sign-in click is: the browser lets sound start. */
async function click() {
  await act(async () => {
    fireEvent.pointerDown(document.body);
  });
}

describe('the emergency alert', () => {
  it('shows nothing but the sound bar while no call waits', async () => {
    render(<HelpAlert />);
    expect(alerts()).toHaveLength(0);
    expect(ringing.value).toBe(false);
    screen.getByRole('button', { name: '点这里打开提醒声音' });
    await click();
    expect(soundState.value).toBe('on');
    expect(screen.queryByRole('button', { name: '点这里打开提醒声音' })).toBeNull();
  });

  it('lists a call with the kiosk, the member, their family and how late it came', async () => {
    render(<HelpAlert />);
    await act(() =>
      applyCall(call({ lateSeconds: 125, receivedAt: '2026-11-25T02:02:05.000Z', presses: 3 })),
    );
    const alert = alerts()[0] as HTMLElement;
    const inside = within(alert);
    inside.getByRole('heading', { name: '紧急呼叫：大厅 1（一楼大厅）' });
    inside.getByText('呼叫人：张桂兰，电话 137 0000 1003');
    inside.getByText('紧急联系人：张明（侄子） 139 0000 2003');
    expect(alert.textContent).toContain('晚到了 2 分 5 秒（自助机当时连不上服务器）');
    expect(alert.textContent).toContain('（按了 3 次）');
    expect(alert.getAttribute('data-escalated')).toBe('false');
    expect(document.title).toContain('【紧急呼叫】');
  });

  it('says when nobody identified, and lists several calls at once', async () => {
    render(<HelpAlert />);
    await act(() => {
      applyCall(call());
      applyCall(call({ id: 'c2', kioskName: '二楼', kioskLocation: null, member: null }));
    });
    expect(alerts()).toHaveLength(2);
    const second = within(alerts()[1] as HTMLElement);
    second.getByRole('heading', { name: '紧急呼叫：二楼' });
    second.getByText('呼叫人没有刷卡，不知道是哪位会员。');
    expect(screen.getAllByRole('button', { name: '我来处理' })).toHaveLength(2);
  });

  it('rings a repeating pattern from the first call until it is acknowledged here', async () => {
    const api = fakeApi({
      'POST /api/help/calls/c1/ack': () => ({
        json: call({
          status: 'acknowledged',
          ackBy: { id: 's1', name: '王芳' },
          ackAt: '2026-11-25T02:00:20.000Z',
        }),
      }),
    });
    render(<HelpAlert />);
    await click();
    await act(() => applyCall(call()));
    expect(ringing.value).toBe(true);
    expect(audio()?.beeps.length).toBe(3);
    vi.advanceTimersByTime(REPEAT_MS * 2);
    expect(audio()?.beeps.length).toBe(9);

    fireEvent.click(screen.getByRole('button', { name: '我来处理' }));
    await vi.waitFor(() => expect(alerts()).toHaveLength(0));
    expect(api).toEqual([{ method: 'POST', path: '/api/help/calls/c1/ack', body: undefined }]);
    expect(ringing.value).toBe(false);
    vi.advanceTimersByTime(REPEAT_MS * 3);
    expect(audio()?.beeps.length).toBe(9);
    expect(document.title).toBe('');
  });

  it('stops when another console acknowledges (the event), and keeps ringing while any call waits', async () => {
    render(<HelpAlert />);
    await click();
    await act(() => {
      applyCall(call());
      applyCall(call({ id: 'c2' }));
    });
    await act(() => applyCall(call({ status: 'acknowledged', ackBy: { id: 's2', name: '李' } })));
    expect(alerts()).toHaveLength(1);
    expect(ringing.value).toBe(true);
    await act(() => applyCall(call({ id: 'c2', status: 'resolved' })));
    expect(alerts()).toHaveLength(0);
    expect(ringing.value).toBe(false);
  });

  it('turns red, and says so, once the call is escalated', async () => {
    render(<HelpAlert />);
    await act(() => applyCall(call()));
    await act(() => applyCall(call({ escalatedAt: '2026-11-25T02:01:01.000Z', version: 2 })));
    const alert = alerts()[0] as HTMLElement;
    expect(alert.classList.contains('help-alert--escalated')).toBe(true);
    expect(alert.getAttribute('data-escalated')).toBe('true');
    within(alert).getByRole('heading', { name: '紧急呼叫，已超时没人响应：大厅 1（一楼大厅）' });
    // The first try is still running: no result is claimed.
    within(alert).getByText('正在联系值班电话系统，还没有结果。请马上去处理，然后点“我来处理”。');
    // An older view arriving late does not take the red away.
    await act(() => applyCall(call()));
    expect(alerts()[0]?.getAttribute('data-escalated')).toBe('true');
  });

  it('words the escalation as the latest try ended: not configured, failed, delivered', async () => {
    const escalated = (version: number, last: HelpCallView['lastEscalation']) =>
      call({ escalatedAt: '2026-11-25T02:01:01.000Z', version, lastEscalation: last });
    const at = '2026-11-25T02:01:01.000Z';
    render(<HelpAlert />);
    const said = () => alerts()[0]?.querySelector('.help-alert__escalated') as HTMLElement;

    await act(() =>
      applyCall(escalated(3, { attempt: 1, at, outcome: 'not-configured', httpStatus: null })),
    );
    expect(said().textContent).toBe(
      '中心没有设置值班电话通知，中心以外没有人被通知。请马上去处理，然后点“我来处理”。',
    );

    clearHelpCalls();
    await act(() =>
      applyCall(escalated(3, { attempt: 1, at, outcome: 'http-error', httpStatus: 500 })),
    );
    expect(said().textContent).toBe(
      '没有送到值班电话系统：对方回复 500（第 1 次）。请马上去处理，然后点“我来处理”。',
    );
    await act(() =>
      applyCall(escalated(4, { attempt: 2, at, outcome: 'unreachable', httpStatus: null })),
    );
    expect(said().textContent).toBe(
      '没有送到值班电话系统：连不上对方（第 2 次）。请马上去处理，然后点“我来处理”。',
    );
    await act(() =>
      applyCall(escalated(5, { attempt: 3, at, outcome: 'delivered', httpStatus: 204 })),
    );
    // Delivered to the system is all it says: not that anyone picked up, and staff must still go.
    expect(said().textContent).toBe(
      '值班电话系统已收到通知（对方回复 204），但不知道有没有人接听。请马上去处理，然后点“我来处理”。',
    );
    // The red alert keeps ringing: delivery is not an acknowledgement.
    expect(alerts()).toHaveLength(1);

    setLanguage('en');
    try {
      await act(async () => undefined);
      expect(said().textContent).toBe(
        'The duty line’s system took the alert (it replied 204); nobody knows yet whether anyone picked up. Go now, then press “I’m on it”.',
      );
      await act(() =>
        applyCall(escalated(6, { attempt: 4, at, outcome: 'not-configured', httpStatus: null })),
      );
      expect(said().textContent).toBe(
        'No duty-line alert is set up for this centre: nobody outside the centre was called. Go now, then press “I’m on it”.',
      );
    } finally {
      setLanguage('zh-Hans');
    }
    expect(document.body.textContent).not.toMatch(/已经通知值班电话|duty phone has been called/);
  });

  it('keeps the bar while the browser refuses sound, and the alert still shows', async () => {
    FakeAudioContext.allowResume = false;
    render(<HelpAlert />);
    await act(() => applyCall(call()));
    expect(ringing.value).toBe(true);
    await click();
    expect(soundState.value).toBe('blocked');
    expect(audio()?.beeps).toEqual([]);
    // The bar's own button is a gesture the browser accepts.
    FakeAudioContext.allowResume = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '点这里打开提醒声音' }));
    });
    expect(soundState.value).toBe('on');
    vi.advanceTimersByTime(REPEAT_MS);
    expect(audio()?.beeps.length).toBe(3);
  });

  it('says when this browser has no Web Audio at all', () => {
    vi.stubGlobal('AudioContext', undefined);
    render(<HelpAlert />);
    fireEvent.pointerDown(document.body);
    screen.getByText(/这个浏览器不能发出提醒声音/);
  });

  it('shows the error and reads the calls again when acknowledging fails', async () => {
    const api = fakeApi({
      'POST /api/help/calls/c1/ack': () => ({
        status: 409,
        json: { error: { code: 'already_acknowledged', message: '李娜 已经在处理了。' } },
      }),
      'GET /api/help/calls': () => ({
        json: { calls: [call({ status: 'acknowledged', ackBy: { id: 's2', name: '李娜' } })] },
      }),
    });
    render(<HelpAlert />);
    await act(() => applyCall(call()));
    fireEvent.click(screen.getByRole('button', { name: '我来处理' }));
    await vi.waitFor(() => expect(alerts()).toHaveLength(0));
    expect(api.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/help/calls/c1/ack',
      'GET /api/help/calls?active=1',
    ]);
  });

  it('speaks English too', async () => {
    setLanguage('en');
    render(<HelpAlert />);
    await act(() => applyCall(call({ lateSeconds: 42 })));
    screen.getByRole('button', { name: 'I’m on it' });
    expect(alerts()[0]?.textContent).toContain('arrived 42 seconds late');
  });
});
