/**
 * The dashboard warns staff when the server's disk is nearly full (issue #17), in words with the
 * space left, and says nothing while there is room or when the server cannot tell.
 */
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../src/shared/dashboard/api';
import { dashboard } from '../../../src/staff/live/live';
import { DashboardPage } from '../../../src/staff/pages/DashboardPage';

const GB = 1024 ** 3;

function show(disk: Dashboard['disk']) {
  dashboard.value = {
    serverTime: '2026-12-05T08:00:00.000Z',
    onlineWindowMs: 120_000,
    kiosks: [],
    totals: { kiosks: 0, online: 0, pendingEntries: 0, rejections: 0 },
    today: { day: '2026-12-05', meals: 0, openCalls: 0, openRequests: 0 },
    ...(disk === undefined ? {} : { disk }),
  };
  return render(<DashboardPage />);
}

describe('disk nearly full on the dashboard', () => {
  afterEach(() => {
    dashboard.value = null;
  });

  it('warns with the space left when the disk is nearly full', () => {
    show({ freeBytes: 1.5 * GB, totalBytes: 64 * GB, low: true });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('1.5 GB');
    expect(alert.textContent).toContain('64.0 GB');
    expect(alert.textContent).toMatch(/硬盘快满了/);
  });

  it('says nothing while there is room, or when the server cannot tell', () => {
    const { unmount } = show({ freeBytes: 40 * GB, totalBytes: 64 * GB, low: false });
    expect(screen.queryByRole('alert')).toBeNull();
    unmount();
    show(null);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
