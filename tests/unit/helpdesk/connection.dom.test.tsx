/**
 * Connection honesty: while the console is not receiving live events it says so, in words that
 * tell staff new calls will not appear; and on every (re)connect the active calls are read again,
 * so a call made while the stream was down still rings.
 */
import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { ConnectionBanner } from '../../../src/staff/help/ConnectionBanner';
import {
  activeCalls,
  applyCall,
  clearHelpCalls,
  refreshActiveCalls,
  unacknowledged,
} from '../../../src/staff/help/help-live';
import { streamState } from '../../../src/staff/live/live';
import { call, fakeApi } from './fakes';

afterEach(() => {
  streamState.value = 'connecting';
  clearHelpCalls();
  vi.unstubAllGlobals();
});

describe('the connection banner', () => {
  it('is gone while events arrive', () => {
    streamState.value = 'open';
    render(<ConnectionBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the connection is lost and calls will not appear, until it is back', async () => {
    streamState.value = 'open';
    render(<ConnectionBanner />);
    await act(() => {
      streamState.value = 'reconnecting';
    });
    expect(screen.getByRole('alert').textContent).toBe(
      '实时连接已断开，正在重新连接：连上之前，新的紧急呼叫不会出现在这里！',
    );
    await act(() => {
      streamState.value = 'open';
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not pretend before the first connection either', () => {
    setLanguage('en');
    render(<ConnectionBanner />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Connecting to live alerts; new calls will not appear until it is connected.',
    );
  });
});

describe('catching up on reconnect', () => {
  it('reads the active calls: a call made while away appears, one closed meanwhile goes', async () => {
    applyCall(call({ id: 'old' }));
    const api = fakeApi({
      'GET /api/help/calls': () => ({ json: { calls: [call({ id: 'missed' })] } }),
    });
    await refreshActiveCalls();
    expect(api.map((r) => r.path)).toEqual(['/api/help/calls?active=1']);
    expect(Object.keys(activeCalls.value)).toEqual(['missed']);
    expect(unacknowledged.value.map((c) => c.id)).toEqual(['missed']);
  });

  it('never brings back a call an event closed, nor undoes a newer event', async () => {
    applyCall(call({ id: 'a', status: 'resolved' }));
    applyCall(call({ id: 'b', status: 'acknowledged', ackBy: { id: 's', name: '王芳' } }));
    fakeApi({
      // A read answered from just before those events.
      'GET /api/help/calls': () => ({ json: { calls: [call({ id: 'a' }), call({ id: 'b' })] } }),
    });
    await refreshActiveCalls();
    expect(Object.keys(activeCalls.value)).toEqual(['b']);
    expect(activeCalls.value.b?.status).toBe('acknowledged');
    expect(unacknowledged.value).toEqual([]);
  });

  it('keeps a call an event brought while the read was under way', async () => {
    let answer: (r: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const reading = refreshActiveCalls();
    applyCall(call({ id: 'during' }));
    answer(new Response(JSON.stringify({ calls: [] }), { status: 200 }));
    await reading;
    expect(Object.keys(activeCalls.value)).toEqual(['during']);
  });
});
