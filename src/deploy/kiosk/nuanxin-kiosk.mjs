#!/usr/bin/env -S node --experimental-websocket
/**
 * The kiosk box's launcher and watchdog (run by nuanxin-kiosk.service, a systemd user unit):
 *
 * - starts Chromium full screen on the centre's kiosk page with the touch-kiosk flags in
 *   chromium-flags.json, and starts it again whenever it exits or crashes;
 * - every few seconds asks the page, over Chromium's remote-debugging port (localhost only), for
 *   the app's heartbeat (globalThis.nuanxinHeartbeat, renewed every 5 s by
 *   src/kiosk/app/heartbeat.ts): a heartbeat that stops moving, or a page that is not the app,
 *   is reloaded; a page or browser that does not answer at all is hung, and Chromium is killed
 *   and started again;
 * - keeps the screen from blanking during the centre's opening hours (read from the centre's own
 *   /config.json, centre.json's openingHours) and lets it blank at night (X11, with xset);
 * - reloads the page once a night at a quiet hour (nightlyReload).
 *
 * Plain Node (20 with --experimental-websocket, or 22+), no packages: the kiosk box needs only
 * Debian's chromium and nodejs. Usage: node --experimental-websocket nuanxin-kiosk.mjs [config.json]
 * (default ~/.config/nuanxin-kiosk.json; fields in DEFAULTS below and src/deploy/README.md).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const DEFAULTS = {
  /** The centre server's kiosk page, over HTTPS on the local network. */
  url: 'https://nuanxin.lan/',
  chromium: '/usr/bin/chromium',
  /** Chromium's remote-debugging port: localhost only, how the watchdog reads the heartbeat. */
  debuggingPort: 9222,
  userDataDir: join(homedir(), '.config/nuanxin-kiosk-chromium'),
  /** More Chromium flags, after the kiosk's own (e.g. --force-device-scale-factor=1.25). */
  extraFlags: [],
  checkEverySeconds: 10,
  /** The heartbeat may be this old before the page is reloaded. */
  heartbeatStaleSeconds: 60,
  /** A page or browser that has not answered for this long is hung: Chromium is restarted. */
  hangSeconds: 20,
  /** A Chromium just started is left alone this long while it opens and loads the page. */
  startGraceSeconds: 60,
  /** Local time of the nightly reload; null for none. */
  nightlyReload: '03:30',
  /** Screen on from this long before opening to this long after closing. */
  screenMarginMinutes: 30,
  /** 'xset' (X11) or 'none' (Wayland compositors: set blanking in the compositor). */
  blanking: 'xset',
};

const log = (line) => console.log(`[nuanxin-kiosk] ${line}`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function readConfig() {
  const path = process.argv[2] ?? join(homedir(), '.config/nuanxin-kiosk.json');
  try {
    return { ...DEFAULTS, ...JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    log(`cannot read ${path} (${error.message}); using the defaults`);
    return { ...DEFAULTS };
  }
}

const config = readConfig();
const kioskFlags = JSON.parse(
  readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'),
).flags;

if (typeof WebSocket !== 'function') {
  console.error('This Node has no WebSocket: run it with node --experimental-websocket (Node 20).');
  process.exit(2);
}

// ——— Chromium, started again whenever it ends ———
let browser = null;
let browserStartedAt = 0;
let stopping = false;

function startChromium() {
  const args = [
    ...kioskFlags,
    `--remote-debugging-port=${config.debuggingPort}`,
    '--remote-debugging-address=127.0.0.1',
    `--user-data-dir=${config.userDataDir}`,
    ...config.extraFlags,
    config.url,
  ];
  const child = spawn(config.chromium, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  browser = child;
  browserStartedAt = Date.now();
  log(`started Chromium (pid ${child.pid})`);
  const started = Date.now();
  child.on('exit', (code, signal) => {
    if (browser === child) browser = null;
    if (stopping) return;
    log(`Chromium (pid ${child.pid}) ended (${signal ?? `code ${code}`}); starting it again`);
    // A browser that dies at once (a broken flag, no display yet) is retried gently.
    const delay = Date.now() - started < 10_000 ? 5000 : 1000;
    setTimeout(startChromium, delay);
  });
  child.on('error', (error) => log(`cannot start ${config.chromium}: ${error.message}`));
}

function restartChromium(reason) {
  if (!browser) return;
  log(`${reason}: killing Chromium (pid ${browser.pid})`);
  browser.kill('SIGKILL');
}

// ——— The watchdog, over the remote-debugging port ———
async function devtools(path) {
  const response = await fetch(`http://127.0.0.1:${config.debuggingPort}${path}`, {
    signal: AbortSignal.timeout(config.hangSeconds * 1000),
  });
  return response.json();
}

/** Sends one CDP command to a page target and waits for its answer, or throws after hangSeconds. */
function command(wsUrl, method, params = {}) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl);
    const timer = setTimeout(() => {
      socket.close();
      reject(
        Object.assign(new Error(`${method}: no answer in ${config.hangSeconds} s`), { hung: true }),
      );
    }, config.hangSeconds * 1000);
    socket.onopen = () => socket.send(JSON.stringify({ id: 1, method, params }));
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data));
      if (message.id !== 1) return;
      clearTimeout(timer);
      socket.close();
      if (message.error) reject(new Error(`${method}: ${message.error.message}`));
      else resolve(message.result);
    };
    socket.onerror = () => {
      clearTimeout(timer);
      reject(new Error(`${method}: cannot reach the page`));
    };
  });
}

let lastNightlyReload = '';

async function check() {
  let pages;
  try {
    pages = (await devtools('/json/list')).filter((t) => t.type === 'page');
  } catch {
    // Not up yet after a start, or the browser process is stuck.
    return 'no-browser';
  }
  const page = pages[0];
  if (!page) return 'no-page';
  const reload = (why) => {
    log(`${why}: reloading the page`);
    return command(page.webSocketDebuggerUrl, 'Page.navigate', { url: config.url });
  };
  let beat;
  try {
    const answer = await command(page.webSocketDebuggerUrl, 'Runtime.evaluate', {
      expression: 'globalThis.nuanxinHeartbeat ?? null',
      returnByValue: true,
    });
    beat = answer.result?.value ?? null;
  } catch (error) {
    // Only silence is a hang; an answer with an error (a page between documents) is no beat.
    if (!error.hung) beat = null;
    else if (Date.now() - browserStartedAt < config.startGraceSeconds * 1000) return 'waiting';
    else {
      restartChromium(`the page does not answer (${error.message})`);
      return 'hung';
    }
  }
  const now = new Date();
  const hhmm = now.toTimeString().slice(0, 5);
  const today = now.toDateString();
  if (config.nightlyReload && hhmm === config.nightlyReload && lastNightlyReload !== today) {
    lastNightlyReload = today;
    await reload('nightly reload');
    return 'reloaded';
  }
  if (typeof beat !== 'number') {
    // A Chromium error page, a blank tab, or the app still loading: it gets heartbeatStaleSeconds.
    const since = noBeatSince.get(page.id);
    if (since === undefined) noBeatSince.set(page.id, Date.now());
    else if (Date.now() - since > config.heartbeatStaleSeconds * 1000) {
      noBeatSince.delete(page.id);
      await reload('no app heartbeat on the page');
      return 'reloaded';
    }
    return 'waiting';
  }
  noBeatSince.delete(page.id);
  if (Date.now() - beat > config.heartbeatStaleSeconds * 1000) {
    await reload(`the app's heartbeat stopped ${Math.round((Date.now() - beat) / 1000)} s ago`);
    return 'reloaded';
  }
  return 'alive';
}
/** When each page was first seen without a heartbeat. */
const noBeatSince = new Map();

// ——— Screen blanking: off while the centre is open, allowed at night ———
let centreHours = null;

async function loadOpeningHours() {
  try {
    const response = await fetch(new URL('/config.json', config.url), {
      signal: AbortSignal.timeout(10_000),
    });
    const served = await response.json();
    const hours = served.files?.['centre.json']?.openingHours;
    if (Array.isArray(hours)) centreHours = hours;
  } catch {
    // Keep the hours we had; with none yet the screen stays on (safer for a kiosk).
  }
}

const minutesOf = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** True while the centre is open (with the margin), or when its hours are not known. */
function screenShouldBeOn(hours, now, margin) {
  if (!hours) return true;
  const weekday = ((now.getDay() + 6) % 7) + 1; // 1 = Monday … 7 = Sunday, as centre.json
  const minute = now.getHours() * 60 + now.getMinutes();
  return hours.some(
    (h) =>
      h.days.includes(weekday) &&
      minute >= minutesOf(h.open) - margin &&
      minute <= minutesOf(h.close) + margin,
  );
}

let screenOn = null;

function applyBlanking() {
  const on = screenShouldBeOn(centreHours, new Date(), config.screenMarginMinutes);
  if (on === screenOn) return;
  screenOn = on;
  if (config.blanking !== 'xset' || !process.env.DISPLAY) {
    log(`screen should be ${on ? 'on' : 'allowed to blank'} (no X display: not changed)`);
    return;
  }
  const args = on ? ['s', 'off', '-dpms'] : ['s', 'on', '+dpms'];
  const result = spawnSync('xset', args);
  log(
    `screen ${on ? 'kept on (centre open)' : 'allowed to blank (centre closed)'}: xset ${args.join(' ')}${result.status === 0 ? '' : ' failed'}`,
  );
}

// ——— Main loop ———
async function watch() {
  let downSince = null;
  let lastHours = 0;
  while (!stopping) {
    await sleep(config.checkEverySeconds * 1000);
    if (stopping || !browser) continue;
    if (Date.now() - lastHours > 15 * 60_000) {
      lastHours = Date.now();
      await loadOpeningHours();
    }
    applyBlanking();
    const state = await check();
    if (state === 'alive' || state === 'reloaded') {
      if (downSince !== null) log('the app is alive');
      downSince = null;
      continue;
    }
    downSince ??= Date.now();
    const starting = Date.now() - browserStartedAt < config.startGraceSeconds * 1000;
    if (state === 'no-browser' && !starting && Date.now() - downSince > config.hangSeconds * 1000) {
      downSince = null;
      restartChromium('the browser does not answer on its debugging port');
    }
  }
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    stopping = true;
    log(`${signal}: closing Chromium`);
    if (browser) browser.kill('SIGTERM');
    setTimeout(() => process.exit(0), 3000).unref();
    browser?.once('exit', () => process.exit(0));
    if (!browser) process.exit(0);
  });
}

startChromium();
void watch();
