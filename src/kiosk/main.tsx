/** The kiosk's entry: discipline, display, config, words, voice, then the shell. */
import { effect } from '@preact/signals';
import { render } from 'preact';
import { language, setI18nAudit, setLanguage, warmUp } from '../i18n';
import { lastStartLanguage, loadFirstWords, rememberStartLanguage } from '../i18n/first-load-words';
import type { ConfigProblem } from '../shared/config/problem';
import type { VoiceConfig } from '../shared/config/schema';
import { App } from './app/App';
import { isPreview, startConfig } from './app/config-start';
import { logError } from './app/device';
import { enforceKioskDiscipline, requestPersistentStorage } from './app/discipline';
import { applyDisplay } from './app/display';
import { startHeartbeat } from './app/heartbeat';
import { idleMoment, nextTask } from './app/idle-moment';
import { preloadFlows } from './app/lazy-screen';
import { bootOffline } from './app/offline';
import { bootPull } from './app/pull';
import { onNavigate } from './app/router';
import { resetToDefaults } from './app/session';
import { getVoice, setVoice } from './app/speech';
import { config, device, preview } from './app/state';
import './ui/tokens.css';
import './ui/base.css';
import './kiosk.css';
import { installCardReader } from './flows/identify/card-reader';

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
// Before the kiosk draws: a card tapped while the identify screen is still opening is heard.
installCardReader();
applyDisplay();

const root = document.getElementById('app') as HTMLElement;

// The console's preview of a draft config (/?preview=1, #about for that screen): the draft from
// localStorage, and none of a real kiosk's side effects — no enrolling, syncing, pulling, outbox,
// service worker or speech.
preview.value = isPreview();
const loading = preview.value
  ? import('./app/config-load').then((m) => m.loadPreviewConfig())
  : startConfig();
// The words of the language the kiosk last started in, fetched beside the config: in a task of
// its own, as the page's first touch of localStorage loads it from disk.
void nextTask().then(() => loadFirstWords(lastStartLanguage()).catch(() => {}));
// Setting i18next up, adding the words registered so far (src/i18n) and warming its lookup and
// interpolation take together about 40 ms on a slow box: in tasks of their own while the config
// is on its way, not in this one or in the render's.
void nextTask().then(() => warmUp(nextTask));

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
    showConfigError(load.problems);
    // Still install the worker: once staff fix the config, the kiosk must work offline too.
    if (!preview.value) void import('./app/updates').then((m) => m.registerServiceWorker());
    return;
  }
  config.value = load.config;
  if (preview.value) {
    void import('./app/preview-start').then((m) => m.startPreview(root));
    return;
  }
  // A config published later (applied on the attract screen): its default language's words are
  // fetched (they are usually in already).
  effect(() => {
    const c = config.value;
    if (c)
      void loadFirstWords(c.kiosk.languages.default).catch((e: unknown) => logError(e, 'words'));
  });
  resetToDefaults();
  if (!wordsIn) setLanguage('zh-Hans');
  await nextTask();
  // Over the attract screen the server drew into the page (src/server/http/kiosk-page.ts):
  // Preact reuses its nodes and drops its `inert`.
  render(<App />, root);
  performance.mark('kiosk-interactive');
  const { recheck } = load;
  // Each its own task, the outbox first: one task for all of them held the screen too long on a
  // slow box.
  afterFirstPaint([
    // The pull needs the enrollment bootOffline reads (its kiosk id and token). The service
    // worker's install fetches and stores every file of the app: begun beside the start's own
    // work it took cores that work needed (a slow kiosk has two), so it waits until the outbox
    // and the pull are up and the box has an idle moment.
    () =>
      void bootOffline()
        .then(bootPull)
        .then(() => idleMoment())
        .then(() => import('./app/updates'))
        .then((m) => m.registerServiceWorker()),
    () => startVoice(load.config.kiosk.voice),
    () => void requestPersistentStorage().then((kept) => (device.storagePersisted.value = kept)),
    () =>
      void import('./app/warm-up').then((m) =>
        m.warmUpWhenSettled(() => config.peek()?.centre.timeZone ?? load.config.centre.timeZone),
      ),
    // The full check of a bundle drawn unvalidated waits until nobody is using the kiosk: the
    // server validated it at publish, and the check's long tasks must not meet an elder's touch.
    () => {
      if (recheck)
        void import('./app/config-recheck').then((m) => m.recheckWhenUnattended(recheck, root));
    },
  ]);
  // The flows stay out of the first load; once an elder leaves the attract screen, fetch them all,
  // so the job they tap next opens at once: in the first idle moment after the screen they
  // opened has drawn, so that the chunks' arrival does not hold up that screen.
  const offLeave = onNavigate((to) => {
    if (to.id === 'attract') return;
    offLeave();
    void idleMoment(PRELOAD_WAIT_MS).then(preloadFlows);
  });
});

/**
 * Staff's words for a config the kiosk cannot run. Its code is fetched only then, not in every
 * first load; if it cannot be (the server went away since it sent this page, and no service
 * worker keeps the app yet), it is asked for again every few seconds.
 */
function showConfigError(problems: ConfigProblem[]): void {
  import('./app/ConfigErrorScreen').then(
    ({ ConfigErrorScreen }) => {
      // Not over the server's attract screen: nothing of it may stay behind staff's words.
      root.replaceChildren();
      render(<ConfigErrorScreen problems={problems} />, root);
    },
    (error: unknown) => {
      logError(error, 'config');
      setTimeout(() => showConfigError(problems), VOICE_RETRY_MS);
    },
  );
}

/**
 * Runs each of `work`, a task each, once the first screen is on the glass (the browser's first
 * contentful paint). Opening the outbox, fetching the voice and the worker's code, asking for
 * persistent storage: none of it draws the first screen, and run before the paint is shown,
 * their tasks delay it (a frame is drawn some tens of milliseconds after it was laid out, longer
 * on a slow box). At most `FIRST_PAINT_WAIT_MS` where no paint is reported (a hidden page), so
 * the outbox is never left closed.
 */
function afterFirstPaint(work: (() => void)[]): void {
  let observer: PerformanceObserver | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    for (const step of work) setTimeout(step, 0);
  };
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(run, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the timer below runs the work.
  }
  setTimeout(run, FIRST_PAINT_WAIT_MS);
}
const FIRST_PAINT_WAIT_MS = 400;

/** The flows' preload waits at most this long for an idle moment. */
const PRELOAD_WAIT_MS = 1000;

/**
 * The voice, fetched by `import()` once the first screen is drawn: its code is not needed to draw
 * it, and the attract screen speaks only every few minutes (speech.ts speaks a prompt asked for in
 * the meantime when it arrives). Azure's tokens (and the schema their answer is checked by) load
 * only when Azure speaks. A config published later reaches the voice too. If the chunk cannot be
 * fetched (a first start whose server went away: the service worker keeps it afterwards), it is
 * asked for again every few seconds; the screens work without it, silent.
 */
function startVoice(initial: VoiceConfig): void {
  import('./voice/voice').then(
    ({ createVoice }) => {
      setVoice(
        createVoice(config.peek()?.kiosk.voice ?? initial, {
          language,
          speechToken: () => import('./app/speech-token').then((m) => m.fetchSpeechToken()),
        }),
      );
      effect(() => {
        const c = config.value;
        if (c) getVoice()?.configure(c.kiosk.voice);
      });
    },
    (error: unknown) => {
      logError(error, 'voice');
      setTimeout(() => startVoice(initial), VOICE_RETRY_MS);
    },
  );
}
/** How soon a chunk that could not be fetched (the voice, the config error screen) is asked for again. */
const VOICE_RETRY_MS = 5000;
