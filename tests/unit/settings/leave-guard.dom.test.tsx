/**
 * Leaving the settings with a draft not yet published asks first: going to another console page
 * (answering "stay" goes back), and closing or reloading the tab (the browser's own question).
 * With nothing unpublished, nothing is asked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { base, edit } from '../../../src/staff/settings/draft';
import { guardUnsavedDraft } from '../../../src/staff/settings/leave-guard';
import { forgetDraft, version } from './fake-server';

const move = (from: string, to: string) =>
  window.dispatchEvent(
    new HashChangeEvent('hashchange', {
      oldURL: `http://centre/console/${from}`,
      newURL: `http://centre/console/${to}`,
    }),
  );

beforeEach(() => {
  forgetDraft();
  base.value = version(1);
  guardUnsavedDraft();
});
afterEach(() => vi.restoreAllMocks());

describe('leaving a draft', () => {
  it('asks nothing while there is nothing unpublished', () => {
    const confirm = vi.spyOn(window, 'confirm');
    move('#/settings/kiosk', '#/members');
    expect(confirm).not.toHaveBeenCalled();
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(false);
  });

  it('asks before another console page, and goes back when staff choose to stay', () => {
    edit('kiosk.json', ['idle', 'timeoutSeconds'], 120);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const back = vi.spyOn(history, 'back').mockImplementation(() => {});
    move('#/settings/kiosk', '#/members');
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('还有没发布的修改'));
    expect(back).toHaveBeenCalledTimes(1);

    confirm.mockReturnValue(true);
    move('#/settings/kiosk', '#/members');
    expect(back).toHaveBeenCalledTimes(1);
  });

  it('moves between the settings pages freely: the draft is theirs', () => {
    edit('kiosk.json', ['idle', 'timeoutSeconds'], 120);
    const confirm = vi.spyOn(window, 'confirm');
    move('#/settings/kiosk', '#/settings/publish');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('has the browser ask before the tab is closed or reloaded', () => {
    edit('kiosk.json', ['idle', 'timeoutSeconds'], 120);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
  });
});
