/** The kiosk's entry: discipline, display, config, words, voice, then the shell. */
import { effect } from '@preact/signals';
import { render } from 'preact';
import { language, setI18nAudit, setLanguage } from '../i18n';
import { lastStartLanguage, loadFirstWords, rememberStartLanguage } from '../i18n/first-load-words';
import type { ConfigBundle } from '../shared/config/problem';
import { App } from './app/App';
import { ConfigErrorScreen } from './app/ConfigErrorScreen';
import {
  idleMoment,
  isPreview,
  loadConfig,
  loadPreviewConfig,
  PREVIEW_KEY,
  recheckAfterPaint,
} from './app/config-load';
import { logError } from './app/device';
import { enforceKioskDiscipline, requestPersistentStorage } from './app/discipline';
import { applyDisplay } from './app/display';
import { startHeartbeat } from './app/heartbeat';
import { preloadFlows } from './app/lazy-screen';
import { bootOffline } from './app/offline';
import { bootPull } from './app/pull';
import { home, navigate, onNavigate, route } from './app/router';
import { resetToDefaults, startSession } from './app/session';
import { getVoice, setVoice } from './app/speech';
import { config, device, preview } from './app/state';
import { registerServiceWorker } from './app/updates';
import './ui/tokens.css';
import './ui/base.css';
import './kiosk.css';
import { installCardReader } from './flows/identify/card-reader';
import { createVoice } from './voice/voice';

// Browser tests ask for this to prove every word on screen came through i18next.
if (new URLSearchParams(location.search).has('i18n-audit')) setI18nAudit(true);

window.addEventListener('error', (e) => {
  // Chromium reports a layout that settles over two frames as an "error"; nothing failed.
  if (/ResizeObserver loop/.test(String(e.message))) return;
  logError(e.error ?? e.message, 'window');
});
window.addEventListener('unhandledrejection', (e) => logError(e.reason, 'promise'));
window.addEventListener('online', () => (device.online.value = true));
window.addEventListener('offline', () => (device.online.value = false));

// Which build is running, for staff tools and the update test.
document.documentElement.dataset.appVersion = __APP_VERSION__;
enforceKioskDiscipline();
// For the kiosk box's watchdog (src/deploy/kiosk): the page is alive and is the app.
startHeartbeat();
// Before anything draws: a card tapped while the identify screen is still opening is heard.
installCardReader();
applyDisplay();
void requestPersistentStorage().then((persisted) => (device.storagePersisted.value = persisted));

const root = document.getElementById('app') as HTMLElement;

// The console's preview of a draft config (/?preview=1, #about for that screen): the draft from
// localStorage, and none of a real kiosk's side effects — no enrolling, syncing, pulling, outbox,
// service worker or speech.
preview.value = isPreview();
const loading = preview.value ? loadPreviewConfig() : loadConfig({ firstPaint: true });
// The words of the language the kiosk last started in, fetched beside the config.
void loadFirstWords(lastStartLanguage()).catch(() => {});

void loading.then(async (load) => {
  // The first screen's words, in the language it will show. If they cannot be fetched (the
  // service worker keeps every language, so only a first start can meet this), the kiosk starts
  // in 简体中文, whose words are in the first load, rather than show no words at all.
  const startLanguage = load.ok ? load.config.kiosk.languages.default : language.peek();
  if (load.ok && !preview.value) rememberStartLanguage(startLanguage);
  const wordsIn = await loadFirstWords(startLanguage).then(
    () => true,
    (error: unknown) => {
      logError(error, 'words');
      return false;
    },
  );
  if (!load.ok) {
    render(<ConfigErrorScreen problems={load.problems} />, root);
    // Still install the worker: once staff fix the config, the kiosk must work offline too.
    if (!preview.value) void registerServiceWorker();
    return;
  }
  config.value = load.config;
  if (preview.value) {
    startPreview();
    return;
  }
  setVoice(
    createVoice(load.config.kiosk.voice, {
      language,
      // Azure's tokens (and the schema their answer is checked by) only when Azure speaks.
      speechToken: () => import('./app/speech-token').then((m) => m.fetchSpeechToken()),
    }),
  );
  // A config published later (applied on the attract screen) reaches the voice too, and its
  // default language's words are fetched (they are usually in already).
  effect(() => {
    const c = config.value;
    if (!c) return;
    getVoice()?.configure(c.kiosk.voice);
    void loadFirstWords(c.kiosk.languages.default).catch((e: unknown) => logError(e, 'words'));
  });
  resetToDefaults();
  if (!wordsIn) setLanguage('zh-Hans');
  // The pull needs the enrollment bootOffline reads (its kiosk id and token).
  void bootOffline().then(bootPull);
  render(<App />, root);
  performance.mark('kiosk-interactive');
  void registerServiceWorker();
  const { recheck } = load;
  // The full check of a bundle drawn unvalidated waits until nobody is using the kiosk: the
  // server validated it at publish, and the check's long tasks must not meet an elder's touch.
  if (recheck) afterPaint(() => void whenUnattended().then(() => checkAfterPaint(recheck)));
  // The flows stay out of the first load; once an elder leaves the attract screen, fetch them all,
  // so the job they tap next opens at once.
  const offLeave = onNavigate((to) => {
    if (to.id === 'attract') return;
    offLeave();
    void preloadFlows();
  });
});

/**
 * The full check of the config the kiosk started on (config-load.ts): the validated config runs
 * from now on (the same values: validation sets no defaults); a bundle that fails gives way to
 * the last good copy, or to the staff's error screen when there is none.
 */
async function checkAfterPaint(bundle: ConfigBundle): Promise<void> {
  try {
    const checked = await recheckAfterPaint(bundle);
    if ('config' in checked) {
      if (JSON.stringify(checked.config) !== JSON.stringify(config.peek()))
        config.value = checked.config;
    } else render(<ConfigErrorScreen problems={checked.problems} />, root);
  } catch (error) {
    logError(error, 'config');
  }
}

/**
 * Work that must not delay the first screen or its first touches: once the page has loaded (its
 * scripts, fonts and pictures are in) and then gone idle.
 */
function afterPaint(work: () => void): void {
  const start = () => void idleMoment().then(work);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** How long the attract screen must stand untouched before background work may run. */
const UNATTENDED_MS = 5000;

/**
 * Resolves once the attract screen has stood untouched for `UNATTENDED_MS` (nobody is at the
 * kiosk): a touch leaves the attract screen, and the wait starts again when it comes back.
 */
function whenUnattended(): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (onAttract: boolean) => {
      clearTimeout(timer);
      if (onAttract) timer = setTimeout(done, UNATTENDED_MS);
    };
    const off = onNavigate((to) => arm(to.id === 'attract'));
    const done = () => {
      off();
      resolve();
    };
    arm(route.peek().id === 'attract');
  });
}

/** The preview opens on home (or "About this centre") and follows the console's draft as it changes. */
function startPreview(): void {
  resetToDefaults();
  startSession();
  home();
  if (location.hash === '#about') navigate('about');
  void preloadFlows();
  window.addEventListener('storage', (event) => {
    if (event.key !== PREVIEW_KEY) return;
    void loadPreviewConfig().then((next) => {
      if (next.ok) config.value = next.config;
    });
  });
  render(<App />, root);
}
