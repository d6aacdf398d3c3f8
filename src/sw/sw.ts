/**
 * The kiosk's service worker: the app shell and assets are precached, so a reload with the
 * server down still brings up a working kiosk; the config is fetched fresh when the server
 * answers and served from the last good copy when it does not. A new version waits until the
 * page (on the attract screen) tells it to take over.
 */
/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { BACKGROUND_SYNC_TAG, SYNC_MESSAGE_TYPE } from '../shared/sync/protocol';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

const CONFIG_CACHE = 'nuanxin-config';

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every navigation inside the kiosk gets the precached app shell; other pages of the build
// (the staff console, the showcase) and the server's own paths are left to the network.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/src\//, /^\/staff/, /^\/console(\/|$)/, /^\/api(\/|$)/, /^\/healthz/],
  }),
);

registerRoute(
  ({ url }) => url.pathname === '/config.json',
  new NetworkFirst({ cacheName: CONFIG_CACHE, networkTimeoutSeconds: 4 }),
);

self.addEventListener('install', (event) => {
  // Keep a copy of the config from the start, so even the very first offline reload has one.
  event.waitUntil(
    caches
      .open(CONFIG_CACHE)
      .then((cache) =>
        cache.add(new Request('/config.json', { cache: 'no-cache' })).catch(() => undefined),
      ),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  // The first install takes the open page at once; later versions are activated only on request.
  event.waitUntil(self.clients.claim());
});

/** Background Sync's event (Chromium only); TypeScript's WebWorker types do not have it yet. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

// Background Sync: the browser says the network is back. The outbox and the device token live in
// the page, so wake every open kiosk page; its sync loop does the sending (and its own retries).
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== BACKGROUND_SYNC_TAG) return;
  sync.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((pages) => {
      for (const page of pages) page.postMessage({ type: SYNC_MESSAGE_TYPE });
    }),
  );
});
