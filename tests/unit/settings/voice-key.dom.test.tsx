/**
 * The Azure key is answered masked (SECRET_MASK + its last 4 characters): the voice page shows it
 * so, the check does not call the mask "too short", and publishing sends the mask back (keep the
 * stored key) unless staff typed a new one.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SECRET_MASK } from '../../../src/shared/config/versions-api';
import { SettingsPage } from '../../../src/staff/settings/SettingsPage';
import { demoFiles, fakeServer, forgetDraft } from './fake-server';

const MASKED = `${SECRET_MASK}c0de`;

function withAzure(): Record<string, string> {
  const files = demoFiles();
  const kiosk = JSON.parse(files['kiosk.json'] ?? '{}') as { voice: Record<string, unknown> };
  kiosk.voice.provider = 'azure';
  kiosk.voice.azure = { region: 'eastasia', subscriptionKey: MASKED };
  return { ...files, 'kiosk.json': `${JSON.stringify(kiosk, null, 2)}\n` };
}

const publishedKey = (server: ReturnType<typeof fakeServer>) => {
  const sent = server.sent.find((s) => s.url === '/api/config/versions');
  const body = sent?.body as { files: Record<string, string> } | undefined;
  const files = body?.files ?? {};
  return (
    JSON.parse(files['kiosk.json'] ?? '{}') as { voice: { azure: { subscriptionKey: string } } }
  ).voice.azure.subscriptionKey;
};

async function publishAfter(change: () => void, server: ReturnType<typeof fakeServer>) {
  const { rerender } = render(<SettingsPage rest="voice" />);
  await screen.findByText(MASKED);
  change();
  rerender(<SettingsPage rest="publish" />);
  fireEvent.click(screen.getByRole('button', { name: '发布到所有自助机' }));
  await screen.findByText(/已经发布为第 2 版/);
  return publishedKey(server);
}

beforeEach(forgetDraft);
afterEach(() => vi.unstubAllGlobals());

describe('the Azure key', { timeout: 30_000 }, () => {
  it('is shown masked and sent back masked when staff do not replace it', async () => {
    const server = fakeServer({ files: withAzure() });
    const key = await publishAfter(() => {
      fireEvent.input(screen.getByLabelText('语速'), { target: { value: '1.1' } });
      // Typed and then cleared: still "keep the key".
      const replace = screen.getByLabelText('换一个新密钥');
      fireEvent.input(replace, { target: { value: 'x' } });
      fireEvent.input(replace, { target: { value: '' } });
    }, server);
    expect(key).toBe(MASKED);
  });

  it('is replaced by a new key typed in its own box, checked like any field', async () => {
    const server = fakeServer({ files: withAzure() });
    const key = await publishAfter(() => {
      const replace = screen.getByLabelText('换一个新密钥');
      fireEvent.input(replace, { target: { value: 'short' } });
      expect(replace.getAttribute('aria-invalid')).toBe('true');
      screen.getByText(/the Azure key looks too short/);
      fireEvent.input(replace, { target: { value: '0123456789abcdef0123456789abcdef' } });
      expect(replace.getAttribute('aria-invalid')).toBeNull();
    }, server);
    expect(key).toBe('0123456789abcdef0123456789abcdef');
  });
});
