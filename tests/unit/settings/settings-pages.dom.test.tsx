/**
 * The settings pages over a fake server: the shared config check runs as staff type, its
 * problems appear beside the field they name, publishing stays off until the whole config is
 * valid, and what the server refuses (422 problems, 409 someone else first) is said in words.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../../src/staff/settings/SettingsPage';
import { fakeServer, forgetDraft } from './fake-server';

const described = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

/**
 * The controls whose label reads `text`. getAllByLabelText is correct but slow over the centre
 * page's hundreds of fields in jsdom; the labels here are all <label for>.
 */
const labelled = (text: string) =>
  [...document.querySelectorAll('label')]
    .filter((l) => l.textContent === text)
    .map((l) => document.getElementById(l.htmlFor) as HTMLElement);

const publishButton = () => screen.getByRole('button', { name: '发布到所有自助机' });

beforeEach(forgetDraft);
afterEach(() => vi.unstubAllGlobals());

// The centre page is long (every text in three languages): jsdom takes its time over it.
describe('settings pages', { timeout: 60_000 }, () => {
  it('shows a problem beside the field as it is typed, and clears it when fixed', async () => {
    fakeServer();
    render(<SettingsPage rest="kiosk" />);
    const timeout = await screen.findByLabelText('空闲超时');
    expect((timeout as HTMLInputElement).value).toBe('90');
    expect(timeout.getAttribute('aria-invalid')).toBeNull();

    fireEvent.input(timeout, { target: { value: '10' } });
    expect(timeout.getAttribute('aria-invalid')).toBe('true');
    expect(described(timeout)).toContain('must be a whole number from 30 to 600 seconds');
    // The tab names how many things to fix there.
    screen.getByRole('link', { name: '自助机怎么用（1 处要改）' });

    fireEvent.input(timeout, { target: { value: '120' } });
    expect(timeout.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/must be/)).toBeNull();

    // A rule across two fields is said beside the one it names.
    const warning = screen.getByLabelText('超时前提醒');
    fireEvent.input(warning, { target: { value: '120' } });
    expect(described(warning)).toContain('must be shorter than the idle timeout');
    expect(timeout.getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps a number typed as words, so the check can say what is wrong with it', async () => {
    fakeServer();
    render(<SettingsPage rest="kiosk" />);
    const timeout = await screen.findByLabelText('空闲超时');
    fireEvent.input(timeout, { target: { value: 'abc' } });
    expect((timeout as HTMLInputElement).value).toBe('abc');
    expect(described(timeout)).toContain('found "abc"');
  });

  it('flags the duty phone’s number beside it, and a list-wide problem above the list', async () => {
    fakeServer();
    render(<SettingsPage rest="centre" />);
    await screen.findByRole('heading', { name: '电话号码' });
    const numbers = labelled('号码');
    fireEvent.input(numbers[0] as HTMLElement, { target: { value: '值班' } });
    expect(described(numbers[0] as HTMLElement)).toContain('is not a phone number');

    // No phone is the duty phone any more: said once, above the phones.
    const kinds = labelled('用途');
    fireEvent.change(kinds[0] as HTMLElement, { target: { value: 'other' } });
    screen.getByText(/there is no duty phone/);
  });

  it('keeps publishing off while anything is wrong, and lists each problem with its page', async () => {
    const server = fakeServer();
    const { rerender } = render(<SettingsPage rest="kiosk" />);
    const timeout = await screen.findByLabelText('空闲超时');
    fireEvent.input(timeout, { target: { value: '5' } });

    rerender(<SettingsPage rest="publish" />);
    expect(publishButton()).toHaveProperty('disabled', true);
    screen.getByText('先把上面列出的地方改好，才能发布。');
    screen.getByRole('heading', { name: '还有 1 处要改好才能发布' });
    expect(screen.getByRole('link', { name: '空闲超时' }).getAttribute('href')).toBe(
      '#/settings/kiosk',
    );
    fireEvent.click(publishButton());
    expect(server.sent.filter((s) => s.method === 'POST')).toEqual([]);

    rerender(<SettingsPage rest="kiosk" />);
    fireEvent.input(screen.getByLabelText('空闲超时'), { target: { value: '120' } });
    rerender(<SettingsPage rest="publish" />);
    expect(publishButton()).toHaveProperty('disabled', false);
    // The change, in the words the history uses.
    screen.getByText('空闲超时 90 秒 → 120 秒');
  });

  it('publishes the changed file as 2-space JSON with a final newline, based on its version', async () => {
    const server = fakeServer();
    const { rerender } = render(<SettingsPage rest="kiosk" />);
    fireEvent.input(await screen.findByLabelText('空闲超时'), { target: { value: '120' } });
    rerender(<SettingsPage rest="publish" />);
    fireEvent.input(screen.getByLabelText('说明（可以不填）'), {
      target: { value: '老人说太快了' },
    });
    fireEvent.click(publishButton());
    await screen.findByText(/已经发布为第 2 版/);

    const publish = server.sent.find((s) => s.url === '/api/config/versions');
    const body = publish?.body as { files: Record<string, string>; note: string; basedOn: number };
    expect(body.basedOn).toBe(1);
    expect(body.note).toBe('老人说太快了');
    const kiosk = body.files['kiosk.json'] ?? '';
    expect(kiosk.endsWith('}\n')).toBe(true);
    expect(kiosk).toContain('\n  "idle": {\n    "timeoutSeconds": 120,');
    // Files not changed go back exactly as they came.
    expect(body.files['centre.json']).toBe(server.current().files['centre.json']);
    // The draft starts again from the new version: nothing left to publish.
    expect(publishButton()).toHaveProperty('disabled', true);
    screen.getByText('正在修改第 2 版的设置。');
  });

  it('puts the server’s problems beside their fields and keeps the draft', async () => {
    fakeServer({
      checkProblems: [
        {
          file: 'centre.json',
          path: 'phones[0].number',
          message: 'this number is the one being retired',
        },
      ],
    });
    const { rerender } = render(<SettingsPage rest="kiosk" />);
    fireEvent.input(await screen.findByLabelText('空闲超时'), { target: { value: '120' } });
    rerender(<SettingsPage rest="publish" />);
    fireEvent.click(publishButton());
    await screen.findByText('this number is the one being retired');

    rerender(<SettingsPage rest="centre" />);
    const numbers = labelled('号码');
    expect(described(numbers[0] as HTMLElement)).toContain('this number is the one being retired');
    // Changing that field clears the server's word about it.
    fireEvent.input(numbers[0] as HTMLElement, { target: { value: '0571-8765 9999' } });
    expect(screen.queryByText('this number is the one being retired')).toBeNull();
    rerender(<SettingsPage rest="kiosk" />);
    expect((screen.getByLabelText('空闲超时') as HTMLInputElement).value).toBe('120');
  });

  it('says in words when someone else published first, and keeps the changes', async () => {
    fakeServer({ publish: { status: 409 } });
    const { rerender } = render(<SettingsPage rest="kiosk" />);
    fireEvent.input(await screen.findByLabelText('空闲超时'), { target: { value: '120' } });
    rerender(<SettingsPage rest="publish" />);
    fireEvent.click(publishButton());
    await screen.findByText(/有别人发布了更新的版本/);
    screen.getByText(/您现在的修改还留在这个页面里/);
    screen.getByText('空闲超时 90 秒 → 120 秒');
    await waitFor(() => expect(publishButton()).toHaveProperty('disabled', false));
  });
});
