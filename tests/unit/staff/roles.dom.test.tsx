/**
 * The console by role (issue #11 finding 6), in jsdom over a fake /api: the menu offers the
 * kitchen its meal pages only and a trainer nothing of the register, an address typed by hand
 * opens nothing a role may not see, and the emergency alert rings for everyone but shows the
 * member's phone and emergency contact to the desk alone. The pages expected for each role are
 * written out here by hand, not read from the role map they check.
 */
import { act, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../../../src/shared/staff/api';
import type { StaffRole } from '../../../src/shared/staff/roles';
import { App } from '../../../src/staff/app/App';
import { parseHash, route } from '../../../src/staff/app/router';
import { me } from '../../../src/staff/app/session';
import { HelpAlert } from '../../../src/staff/help/HelpAlert';
import { applyCall, clearHelpCalls } from '../../../src/staff/help/help-live';
import { stopLive } from '../../../src/staff/live/live';
import { call, FakeAudioContext, fakeApi } from '../helpdesk/fakes';

/** An EventSource that never connects: the menu does not wait for the live stream. */
class SilentEventSource extends EventTarget {
  static readonly CLOSED = 2;
  readyState = 0;
  onerror: (() => void) | null = null;
  close(): void {
    this.readyState = SilentEventSource.CLOSED;
  }
}

const person = (role: StaffRole): Me => ({
  id: `s-${role}`,
  name: `某${role}`,
  username: role,
  role,
  nameConfirmed: true,
  session: { expiresAt: '2026-11-26T00:00:00.000Z', idleExpiresAt: '2026-11-26T00:00:00.000Z' },
});

beforeEach(() => {
  vi.stubGlobal('EventSource', SilentEventSource);
  vi.stubGlobal('AudioContext', FakeAudioContext);
  FakeAudioContext.reset();
  fakeApi({});
  route.value = parseHash('');
});

afterEach(() => {
  stopLive();
  clearHelpCalls();
  me.value = undefined;
  route.value = parseHash('');
  vi.unstubAllGlobals();
});

/** The pages the menu links to, as their addresses. */
function menu(): string[] {
  const nav = screen.getByRole('navigation', { name: '主菜单' });
  return within(nav)
    .getAllByRole('link')
    .map((a) => a.getAttribute('href') ?? '');
}

describe('the console menu by role', () => {
  it('offers the kitchen its meal pages (roster, canteen editor) and the home page only', () => {
    me.value = person('kitchen');
    render(<App />);
    expect(menu()).toEqual(['#/dashboard', '#/roster', '#/canteen-menu', '#/canteen-rules']);
  });

  it('offers a trainer the step cards and classes, nothing of the register, the help desk or the meals', () => {
    me.value = person('trainer');
    render(<App />);
    expect(menu()).toEqual([
      '#/dashboard',
      '#/lesson-cards',
      '#/classes',
      '#/class-learners',
      '#/class-report',
      '#/class-present',
    ]);
  });

  it('offers the desk the register, the help desk and the roster, not the admin’s pages', () => {
    me.value = person('staff');
    render(<App />);
    expect(menu()).toEqual([
      '#/dashboard',
      '#/members',
      '#/rejections',
      '#/roster',
      '#/absent',
      '#/help-calls',
      '#/help-requests',
      '#/lesson-cards',
      '#/subsidy-outreach',
      '#/subsidy-check',
      '#/subsidy-import',
      '#/subsidy-report',
    ]);
  });

  it('opens the home page, not the register, for a kitchen account that types #/members', async () => {
    me.value = person('kitchen');
    route.value = parseHash('#/members');
    render(<App />);
    screen.getByRole('heading', { level: 1, name: '概况' });
    expect(screen.queryByRole('heading', { level: 1, name: '会员' })).toBeNull();
    // Nor did it ask the server for the register.
    const asked = (fetch as unknown as { mock: { calls: [string][] } }).mock.calls.map((c) => c[0]);
    expect(asked.some((url) => url.includes('/members'))).toBe(false);
  });
});

describe('the emergency alert by role', () => {
  // What the desk's console is sent: the member with their phone and emergency contact.
  const full = call();

  it('shows the desk the member’s phone and emergency contact', async () => {
    me.value = person('staff');
    render(<HelpAlert />);
    await act(() => applyCall(full));
    const alert = within(document.querySelector('article.help-alert') as HTMLElement);
    alert.getByText('呼叫人：张桂兰，电话 137 0000 1003');
    alert.getByText('紧急联系人：张明（侄子） 139 0000 2003');
  });

  for (const role of ['kitchen', 'trainer'] as const)
    it(`rings a ${role} console with the place and the name, no contacts`, async () => {
      me.value = person(role);
      render(<HelpAlert />);
      // Even were a call to arrive with contacts, this console would not show them.
      await act(() => applyCall(full));
      const article = document.querySelector('article.help-alert') as HTMLElement;
      const alert = within(article);
      alert.getByRole('heading', { name: '紧急呼叫：大厅 1（一楼大厅）' });
      alert.getByText('呼叫人：张桂兰');
      alert.getByRole('button', { name: '我来处理' });
      expect(article.textContent).not.toContain('137 0000 1003');
      expect(article.textContent).not.toContain('张明');
      expect(article.textContent).not.toContain('紧急联系人');
    });
});
