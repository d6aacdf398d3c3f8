/** startOffline: the wiring flows use — save, then tell the elder what happened. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { entryProblem } from '../../../src/kiosk/offline/checked-outbox';
import { startOffline } from '../../../src/kiosk/offline/offline';
import { booking, KINDS } from './test-kinds';

describe('startOffline', () => {
  it('without a device token: saves, says "saved", and tells staff the kiosk needs enrolling', async () => {
    const offline = await startOffline({
      kioskId: () => 'kiosk-1',
      getToken: () => null,
      check: entryProblem(KINDS),
    });
    try {
      const entry = await offline.save('meal.book', booking());
      expect(await offline.outcome(entry, 50)).toEqual({ status: 'saved' });
      await offline.sync.idle();
      expect(offline.sync.needsEnrollment.value).toBe(true);
      expect(offline.outbox.pendingCount.value).toBe(1);
      const again = await offline.saveOnce('k', 'meal.book', booking(2));
      expect((await offline.saveOnce('k', 'meal.book', booking(2))).id).toBe(again.id);
    } finally {
      offline.sync.stop();
      await offline.outbox.close();
    }
  });
});
