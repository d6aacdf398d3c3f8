/** Background Sync (Chromium): the browser wakes the service worker when it is back online. */
import { BACKGROUND_SYNC_TAG } from '../../shared/sync/protocol';

/** The part of SyncManager used here; TypeScript's DOM types do not have it yet. */
interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/**
 * Ask the browser for one Background Sync. Where it has none (Firefox, Safari) this does nothing:
 * the `online` event and the timer still run the sync.
 */
export async function requestBackgroundSync(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.getRegistration();
    const sync = (registration as { sync?: SyncManagerLike } | undefined)?.sync;
    await sync?.register(BACKGROUND_SYNC_TAG);
  } catch {
    // Refused (permission, private mode): the other triggers remain.
  }
}
