import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KioskUiProvider, ScrollArea } from '../../../src/kiosk/ui';
import { tap } from './helpers';

/** jsdom has no layout: fake a viewport 400 px tall over 1000 px of content. */
function fakeLayout(scrollHeight: number, clientHeight: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(scrollHeight);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(clientHeight);
}

describe('ScrollArea', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows no arrows when everything fits', () => {
    fakeLayout(300, 400);
    render(<ScrollArea label="介绍">短内容</ScrollArea>);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('region', { name: '介绍' })).toBeTruthy();
  });

  it('shows Up (disabled at the top) and Down, and Down moves by 80% of the height', () => {
    fakeLayout(1000, 400);
    render(
      <KioskUiProvider repeatIgnoreMs={0}>
        <ScrollArea label="介绍">长内容</ScrollArea>
      </KioskUiProvider>,
    );
    const up = screen.getByRole('button', { name: '往上看' }) as HTMLButtonElement;
    const down = screen.getByRole('button', { name: '往下看' }) as HTMLButtonElement;
    expect(up.disabled).toBe(true);
    expect(down.disabled).toBe(false);
    const region = screen.getByRole('region', { name: '介绍' });
    tap(down);
    expect(region.scrollTop).toBe(320);
    expect(up.disabled).toBe(false);
    tap(down);
    expect(region.scrollTop).toBe(640);
    expect(down.disabled).toBe(true);
  });
});
