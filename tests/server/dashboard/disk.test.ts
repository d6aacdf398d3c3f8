import { statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dashboardView } from '../../../src/server/dashboard/dashboard.service';
import { DISK_LOW_BYTES, diskIsLow, diskSpace } from '../../../src/server/dashboard/disk';
import { forEachStore } from '../support/stores';

const GB = 1024 ** 3;

describe('disk nearly full', () => {
  it('is low under 2 GB free, or under 5 % free on a large disk', () => {
    expect(DISK_LOW_BYTES).toBe(2 * GB);
    expect(diskIsLow(1.9 * GB, 16 * GB)).toBe(true);
    expect(diskIsLow(3 * GB, 16 * GB)).toBe(false);
    expect(diskIsLow(40 * GB, 1000 * GB)).toBe(true);
    expect(diskIsLow(60 * GB, 1000 * GB)).toBe(false);
  });

  it('reads the disk holding a folder, and null for a folder that is not there', () => {
    const stats = statfsSync(tmpdir());
    const disk = diskSpace(tmpdir());
    expect(disk?.totalBytes).toBe(stats.blocks * stats.bsize);
    expect(disk?.freeBytes).toBeGreaterThan(0);
    expect(diskSpace(join(tmpdir(), 'no-such-folder-nuanxin'))).toBeNull();
  });
});

forEachStore((_store, makeDb) => {
  it('the dashboard reports the data folder’s disk only when it is given one', async () => {
    const db = await makeDb();
    const now = new Date('2026-12-05T08:00:00Z');
    expect(await dashboardView(db, now, 'Asia/Shanghai')).not.toHaveProperty('disk');
    const view = await dashboardView(db, now, 'Asia/Shanghai', tmpdir());
    expect(view.disk?.totalBytes).toBe(diskSpace(tmpdir())?.totalBytes);
    expect(view.disk?.low).toBe(diskIsLow(view.disk?.freeBytes ?? 0, view.disk?.totalBytes ?? 0));
  });
});
