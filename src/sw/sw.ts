/**
 * The kiosk's service worker: the app shell and assets are precached, so a reload with the
 * server down still brings up a working kiosk; the config is fetched fresh when the server
 * answers and served from the last good copy when it does not. A new version waits until the
 * page (on the attract screen) tells it to take over.
 */
/// <reference lib="webworker" />

import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { BACKGROUND_SYNC_TAG, SYNC_MESSAGE_TYPE } from '../shared/sync/protocol';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

const CONFIG_CACHE = 'nuanxin-config';
const PHOTO_CACHE = 'nuanxin-photos';
const LESSON_CACHE = 'nuanxin-lessons';
const LESSON_INDEX = '/lessons/index.json';

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every navigation inside the kiosk gets the precached app shell; other pages of the build
// (the staff console, the showcase) and the server's own paths are left to the network.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/src\//, /^\/staff/, /^\/console(\/|$)/, /^\/api(\/|$)/, /^\/healthz/],
  }),
);

/** The photo names a config bundle's meals.json names; none when it has no canteen or is broken. */
function photosOf(bundle: unknown): string[] {
  try {
    const text = (bundle as { files?: Record<string, unknown> }).files?.['meals.json'];
    if (typeof text !== 'string') return [];
    const meals = (JSON.parse(text) as { meals?: { photo?: unknown }[] }).meals ?? [];
    return meals.flatMap((m) => (typeof m.photo === 'string' ? [m.photo] : []));
  } catch {
    return [];
  }
}

/**
 * Keeps a copy of every meal photo the newest config names, so a kiosk that loses the server
 * before an elder has opened the menu still shows them. A photo's name never changes its picture.
 */
async function keepPhotos(config: Response): Promise<void> {
  const names = photosOf(await config.json());
  const cache = await caches.open(PHOTO_CACHE);
  await Promise.all(
    names.map(async (name) => {
      const url = `/photos/${encodeURIComponent(name)}`;
      if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
    }),
  );
}

/**
 * Keeps a fresh copy of the lesson list and of every lesson in it, so a kiosk that loses the
 * server teaches as well as one with it: lessons are left out of /config.json and fetched when
 * opened, and a new config version may change any of them, so each is fetched again here.
 */
async function keepLessons(): Promise<void> {
  const cache = await caches.open(LESSON_CACHE);
  const index = await fetch(LESSON_INDEX, { cache: 'no-cache' }).catch(() => undefined);
  if (!index?.ok) return;
  const text = await index.text();
  // The same list (the same config version) needs only the lessons not kept yet.
  const unchanged = (await (await cache.match(LESSON_INDEX))?.text()) === text;
  await cache.put(LESSON_INDEX, new Response(text, { headers: index.headers }));
  let ids: string[] = [];
  try {
    const lessons = (JSON.parse(text) as { lessons?: { id?: unknown }[] }).lessons ?? [];
    ids = lessons.flatMap((l) => (typeof l.id === 'string' ? [l.id] : []));
  } catch {
    return;
  }
  await Promise.all(
    ids.map(async (id) => {
      const url = `/lessons/${encodeURIComponent(id)}.json`;
      if (unchanged && (await cache.match(url))) return;
      await cache.add(new Request(url, { cache: 'no-cache' })).catch(() => undefined);
    }),
  );
}

registerRoute(
  ({ url }) => url.pathname === '/config.json',
  new NetworkFirst({
    cacheName: CONFIG_CACHE,
    networkTimeoutSeconds: 4,
    plugins: [
      {
        cacheDidUpdate: async ({ newResponse }) => {
          await Promise.all([keepPhotos(newResponse.clone()), keepLessons()]);
        },
      },
    ],
  }),
);

registerRoute(
  ({ url }) => url.pathname.startsWith('/lessons/'),
  new NetworkFirst({ cacheName: LESSON_CACHE, networkTimeoutSeconds: 4 }),
);

registerRoute(
  ({ url }) => url.pathname.startsWith('/photos/'),
  new CacheFirst({
    cacheName: PHOTO_CACHE,
    // Photos of menus long gone give way to new ones; 200 is years of a weekly menu's photos.
    plugins: [new ExpirationPlugin({ maxEntries: 200 })],
  }),
);

self.addEventListener('install', (event) => {
  // Keep a copy of the config from the start, so even the very first offline reload has one.
  event.waitUntil(
    caches.open(CONFIG_CACHE).then((cache) =>
      cache
        .add(new Request('/config.json', { cache: 'no-cache' }))
        .then(async () => {
          const config = await cache.match('/config.json');
          if (config) await Promise.all([keepPhotos(config), keepLessons()]);
        })
        .catch(() => undefined),
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

// Background Sync: the browser says the network is back (Chromium also fires at once when it is
// already online). The outbox and the device token live in the page, so wake every open kiosk
// page; its sync loop does the sending, and takes this only as a nudge that never sends before a
// scheduled retry (retry-loop.ts), so it cannot become a storm against a failing server.
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== BACKGROUND_SYNC_TAG) return;
  sync.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((pages) => {
      for (const page of pages) page.postMessage({ type: SYNC_MESSAGE_TYPE });
    }),
  );
});
