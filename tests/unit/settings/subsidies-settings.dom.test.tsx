/**
 * The subsidy settings page (subsidies.json) over the fake server: amounts typed in yuan and
 * kept in fen, problems beside their fields, a monthly programme's payout days that go when it
 * becomes a one-off grant, and the change said in the history's words before publishing.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draft } from '../../../src/staff/settings/draft';
import { SettingsPage } from '../../../src/staff/settings/SettingsPage';
import { fakeServer, forgetDraft } from './fake-server';

const labelled = (text: string) =>
  [...document.querySelectorAll('label')]
    .filter((l) => l.textContent === text)
    .map((l) => document.getElementById(l.htmlFor) as HTMLInputElement);

const subsidies = () =>
  draft.value['subsidies.json'] as {
    programmes: { id: string; kind: string; payout?: unknown; amounts: { fen?: number }[] }[];
  };

beforeEach(forgetDraft);
afterEach(() => vi.unstubAllGlobals());

describe('subsidy settings', { timeout: 60_000 }, () => {
  it('edits an amount in yuan, stores fen, and words the change for publishing', async () => {
    fakeServer();
    const { rerender } = render(<SettingsPage rest="subsidies" />);
    await screen.findByRole('heading', { name: '补贴项目' });
    // The city's two fixed amounts, then the district's first (its 100+ is the 低保 standard).
    const amounts = labelled('每月金额（一次性补贴填上限）');
    const district80 = amounts[2] as HTMLInputElement;
    expect(district80.value).toBe('50.00');
    fireEvent.input(district80, { target: { value: '55.5' } });
    expect(subsidies().programmes[1]?.amounts[0]?.fen).toBe(5550);

    fireEvent.input(district80, { target: { value: '五十' } });
    expect(district80.getAttribute('aria-invalid')).toBe('true');
    screen.getByRole('link', { name: '补贴（1 处要改）' });
    fireEvent.input(district80, { target: { value: '60' } });
    expect(district80.getAttribute('aria-invalid')).toBeNull();

    rerender(<SettingsPage rest="publish" />);
    await screen.findByText(/50 元 → 60 元/);
  });

  it('a one-off grant has no payout days; back to monthly, every month on the 10th', async () => {
    fakeServer();
    render(<SettingsPage rest="subsidies" />);
    await screen.findByRole('heading', { name: '补贴项目' });
    const kinds = labelled('怎么发');
    expect(screen.getAllByRole('group', { name: '哪几个月发' })).toHaveLength(5);
    fireEvent.change(kinds[0] as HTMLElement, { target: { value: 'one-off' } });
    expect(subsidies().programmes[0]).toMatchObject({ kind: 'one-off' });
    expect(subsidies().programmes[0]?.payout).toBeUndefined();
    expect(screen.getAllByRole('group', { name: '哪几个月发' })).toHaveLength(4);
    fireEvent.change(kinds[0] as HTMLElement, { target: { value: 'monthly' } });
    expect(subsidies().programmes[0]?.payout).toEqual({
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      day: 10,
    });
  });

  it('an amount equal to a standard amount has no yuan box of its own', async () => {
    fakeServer();
    render(<SettingsPage rest="subsidies" />);
    await screen.findByRole('heading', { name: '补贴项目' });
    const how = labelled('金额怎么定');
    // The city's 100+ line: equal to the 低保 standard.
    expect((how[2] as unknown as HTMLSelectElement).value).toBe('dibao-standard');
    fireEvent.change(how[0] as HTMLElement, { target: { value: 'dibao-standard' } });
    expect(subsidies().programmes[0]?.amounts[0]).toMatchObject({ parameter: 'dibao-standard' });
    expect(subsidies().programmes[0]?.amounts[0]?.fen).toBeUndefined();
  });
});
