/**
 * The console's 自助机 page while the centre moves address (issue #17): each kiosk told to move
 * says whether it is still sending on the old address or has moved; the others say nothing.
 */
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KiosksPage } from '../../../src/staff/pages/KiosksPage';

const kiosk = (id: string, name: string, move: 'draining' | 'moved' | null) => ({
  id,
  name,
  location: null,
  createdAt: '2026-11-24T08:00:00.000Z',
  revokedAt: null,
  lastSeenAt: '2026-11-24T08:00:00.000Z',
  appVersion: '0.1.0',
  configVersion: null,
  outboxLength: 0,
  lastError: null,
  configNumber: null,
  configError: null,
  orientation: null,
  jobs: null,
  move,
});

afterEach(() => vi.unstubAllGlobals());

describe('自助机 while the centre moves address', () => {
  it('marks each kiosk draining on the old address or moved', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      if (String(url).startsWith('/api/kiosks'))
        return Response.json({
          kiosks: [
            kiosk('k1', '大厅 1', 'draining'),
            kiosk('k2', '大厅 2', 'moved'),
            kiosk('k3', '食堂', null),
          ],
        });
      return Response.json({ error: { code: 'not_found', message: 'no' } }, { status: 404 });
    });
    render(<KiosksPage />);
    const row = async (name: string) =>
      (await screen.findByRole('rowheader', { name })).closest('tr') as HTMLElement;
    expect((await row('大厅 1')).textContent).toContain('换地址中：还在旧地址发送');
    expect((await row('大厅 2')).textContent).toContain('已换到新地址');
    const plain = (await row('食堂')).textContent ?? '';
    expect(plain).not.toContain('换地址');
    expect(plain).not.toContain('新地址');
  });
});
