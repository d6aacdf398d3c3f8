/**
 * The pull's code loads in steps after the first paint (src/kiosk/app/pull-boot.ts), each step
 * evaluated in a task of its own. A step that cannot be fetched must not leave a card read
 * waiting for a replica that will never open: boot settles with none, and says why for staff.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/kiosk/flows/classes/replica', () => {
  throw new TypeError('Failed to fetch dynamically imported module: replica.js');
});
const started = vi.fn();
vi.mock('../../../src/kiosk/app/pull-start', () => ({ startPulling: started }));

afterEach(() => vi.restoreAllMocks());

describe('the pull’s boot in steps', () => {
  it('settles with no replica, and logs it, when a step cannot be fetched', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { bootPull, replicaReady } = await import('../../../src/kiosk/app/pull');
    const { recentErrors } = await import('../../../src/kiosk/app/device');
    await bootPull();
    await expect(replicaReady).resolves.toBeNull();
    expect(started).not.toHaveBeenCalled();
    expect(recentErrors()[0]).toMatchObject({ where: 'pull' });
    expect(quiet).toHaveBeenCalled();
  });
});
