/**
 * A call for staff (呼叫工作人员) on the console, in jsdom with a fake Web Audio and a fake /api:
 * shown above every page with its place in its own words and sign ("请到 … 来一下", a raised
 * hand, not the warning triangle), after any emergency; it rings nothing and leaves the tab's
 * title alone; "我来处理" acknowledges it by name like an emergency; the calls page says which
 * kind each call is.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPEAT_MS, ringing } from '../../../src/staff/help/alarm';
import { CallsPage } from '../../../src/staff/help/CallsPage';
import { HelpAlert } from '../../../src/staff/help/HelpAlert';
import { helpSettings } from '../../../src/staff/help/help-config';
import { applyCall } from '../../../src/staff/help/help-live';
import { alarmConsole, call, deskStaff, FakeAudioContext, fakeApi } from './fakes';

let signOut: () => void = () => undefined;

beforeEach(() => {
  helpSettings.value = { timeZone: 'Asia/Shanghai', help: undefined };
  signOut = alarmConsole(deskStaff);
});

afterEach(() => {
  helpSettings.value = null;
  signOut();
});

const alerts = () => [...document.querySelectorAll<HTMLElement>('article.help-alert')];
const staffCall = (overrides = {}) =>
  call({
    id: 's1',
    kind: 'staff',
    member: null,
    receivedAt: '2026-11-25T01:00:00.000Z',
    ...overrides,
  });

describe('a call for staff on the console', () => {
  it('is shown with its place in its own words and sign, and rings nothing', async () => {
    render(<HelpAlert />);
    await act(async () => {
      fireEvent.pointerDown(document.body);
    });
    await act(() => applyCall(staffCall()));
    const [alert] = alerts();
    expect(alert?.getAttribute('data-kind')).toBe('staff');
    within(alert as HTMLElement).getByRole('heading', {
      name: '呼叫工作人员：请到 大厅 1（一楼大厅） 来一下',
    });
    within(alert as HTMLElement).getByText('呼叫人没有刷卡。');
    expect(alert?.querySelector('.call-kind-icon--staff')).not.toBeNull();
    expect(alert?.querySelector('.call-kind-icon--emergency')).toBeNull();
    expect(ringing.value).toBe(false);
    vi.advanceTimersByTime(REPEAT_MS * 3);
    expect(FakeAudioContext.instances[0]?.beeps ?? []).toHaveLength(0);
    expect(document.title).toBe('');
    expect(document.querySelector('[data-ringing]')?.getAttribute('data-ringing')).toBe('false');
  });

  it('comes after an emergency, however much older it is; only the emergency rings', async () => {
    render(<HelpAlert />);
    await act(() => {
      applyCall(staffCall());
      applyCall(call({ id: 'e1' }));
    });
    expect(alerts().map((a) => a.getAttribute('data-kind'))).toEqual(['emergency', 'staff']);
    expect(ringing.value).toBe(true);
    await act(() => applyCall(call({ id: 'e1', status: 'acknowledged', version: 2 })));
    expect(alerts().map((a) => a.getAttribute('data-kind'))).toEqual(['staff']);
    expect(ringing.value).toBe(false);
  });

  it('is acknowledged by name with "我来处理", like an emergency', async () => {
    const api = fakeApi({
      'POST /api/help/calls/s1/ack': () => ({
        json: staffCall({
          status: 'acknowledged',
          ackBy: { id: 's-wang', name: '王芳' },
          ackAt: '2026-11-25T01:00:20.000Z',
          version: 2,
        }),
      }),
    });
    render(<HelpAlert />);
    await act(() => applyCall(staffCall()));
    fireEvent.click(screen.getByRole('button', { name: '我来处理' }));
    await vi.waitFor(() => expect(alerts()).toHaveLength(0));
    expect(api).toEqual([{ method: 'POST', path: '/api/help/calls/s1/ack', body: undefined }]);
  });

  it('the calls page says which kind each call is, emergencies first', async () => {
    fakeApi({ 'GET /api/help/calls': () => ({ json: { calls: [] } }) });
    applyCall(staffCall({ receivedAt: '2026-11-25T03:00:00.000Z' }));
    applyCall(call({ id: 'e1' }));
    render(<CallsPage />);
    const cards = [...document.querySelectorAll<HTMLElement>('article.call-card')];
    expect(cards.map((c) => c.getAttribute('data-kind'))).toEqual(['emergency', 'staff']);
    expect(within(cards[0] as HTMLElement).getByRole('heading').textContent).toContain('紧急呼叫');
    expect(within(cards[1] as HTMLElement).getByRole('heading').textContent).toContain(
      '呼叫工作人员',
    );
  });
});
