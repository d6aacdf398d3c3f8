/**
 * New versions of the app and the config arrive in the background but take effect only on the
 * attract screen, never under an elder's finger.
 */
import type { Workbox } from 'workbox-window';
import { loadConfig } from './config-load';
import { logError } from './device';
import { route } from './router';
import { config, device } from './state';

let wb: Workbox | null = null;
/** Set when this page told the waiting worker to take over. */
let applyingUpdate = false;
/** The new worker took over once someone was using the kiosk: reload at the next attract. */
let reloadOnAttract = false;

function askWaitingWorkerToTakeOver(): void {
  applyingUpdate = true;
  wb?.messageSkipWaiting();
}

/**
 * Registered once the first screen is up and the outbox and the pull have started, in an idle
 * moment (main.tsx): workbox-window is not needed to become interactive, so it is loaded on its
 * own, and the worker's install (every file fetched and stored) does not compete with the start.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const { Workbox } = await import('workbox-window');
  wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    device.updateWaiting.value = true;
    // A kiosk standing on its attract screen takes it now rather than after its next visitor.
    if (route.peek().id === 'attract') askWaitingWorkerToTakeOver();
  });
  // Once the waiting worker takes over, reload so the page and the worker are the same version.
  // `isUpdate` alone is not enough: on a kiosk's very first visit the page had no controller when
  // it registered, so workbox reports a later takeover as not an update.
  // The takeover is not always at once: a request of the page's that reaches the old worker just
  // as Chromium stops it leaves the new one waiting (over half a minute in the update test), so
  // by the time it takes over someone may be using the kiosk: their screen is not reloaded under
  // them, and the page reloads at the next attract screen instead.
  wb.addEventListener('controlling', (event) => {
    if (!applyingUpdate && !event.isUpdate) return;
    if (route.peek().id === 'attract') location.reload();
    else reloadOnAttract = true;
  });
  wb.register().catch((error: unknown) => logError(error, 'service worker'));
  // Look for a new version every 30 minutes; the browser also checks on each navigation.
  setInterval(() => void wb?.update(), 30 * 60_000);
}

/** Called each time the attract screen appears. */
export async function onAttract(): Promise<void> {
  if (reloadOnAttract) {
    location.reload();
    return;
  }
  if (device.updateWaiting.value && wb) {
    askWaitingWorkerToTakeOver();
    return;
  }
  const load = await loadConfig();
  if (load.ok && load.config.version !== config.value?.version) config.value = load.config;
}
