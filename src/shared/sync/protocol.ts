/** Names both sides and the service worker agree on. */

/** The route the kiosk pushes its outbox to (POST, JSON, `authorization: Bearer <device token>`). */
export const SYNC_PUSH_PATH = '/api/sync/push';
/** The route the kiosk pulls config, menus and acknowledgements from (POST, JSON). */
export const SYNC_PULL_PATH = '/api/sync/pull';
/** The Background Sync tag the kiosk registers when a push fails. */
export const BACKGROUND_SYNC_TAG = 'nuanxin-outbox';
/** The message type the service worker posts to its pages when Background Sync fires. */
export const SYNC_MESSAGE_TYPE = 'sync';

/** Whether a message from the service worker asks the page to sync now. */
export function isSyncMessage(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === SYNC_MESSAGE_TYPE
  );
}
