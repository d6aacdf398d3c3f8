/**
 * New versions of the app and the config arrive in the background but take effect only on the
 * attract screen, never under an elder's finger.
 */
import type { Workbox } from 'workbox-window';
import { loadConfig } from './config-load';
import { logError } from './device';
import { config, device } from './state';

let wb: Workbox | null = null;
/** Set when this page told the waiting worker to take over. */
let applyingUpdate = false;

/**
 * Registered after the first screen is up: workbox-window is not needed to become interactive,
 * so it is loaded on its own instead of weighing on the kiosk's start.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const { Workbox } = await import('workbox-window');
  wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    device.updateWaiting.value = true;
  });
  // Once the waiting worker takes over, reload so the page and the worker are the same version.
  // `isUpdate` alone is not enough: on a kiosk's very first visit the page had no controller when
  // it registered, so workbox reports a later takeover as not an update.
  wb.addEventListener('controlling', (event) => {
    if (applyingUpdate || event.isUpdate) location.reload();
  });
  wb.register().catch((error: unknown) => logError(error, 'service worker'));
  // Look for a new version every 30 minutes; the browser also checks on each navigation.
  setInterval(() => void wb?.update(), 30 * 60_000);
}

/** Called each time the attract screen appears. */
export async function onAttract(): Promise<void> {
  if (device.updateWaiting.value && wb) {
    applyingUpdate = true;
    wb.messageSkipWaiting();
    return;
  }
  const load = await loadConfig();
  if (load.ok && load.config.version !== config.value?.version) config.value = load.config;
}
