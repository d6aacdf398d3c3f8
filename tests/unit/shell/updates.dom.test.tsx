/**
 * When a new version takes over (src/kiosk/app/updates.ts): only on the attract screen, and never
 * by reloading the screen of someone using the kiosk, even when the new worker takes over late.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

type Listener = (event: { isUpdate?: boolean }) => void;
const worker = vi.hoisted(() => ({
  listeners: new Map<string, Listener>(),
  messageSkipWaiting: vi.fn(),
}));
vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, listener: Listener) {
      worker.listeners.set(type, listener);
    }
    register() {
      return Promise.resolve();
    }
    update() {}
    messageSkipWaiting() {
      worker.messageSkipWaiting();
    }
  },
}));

const reload = vi.fn();
let intervals: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  vi.resetModules();
  worker.listeners.clear();
  worker.messageSkipWaiting.mockClear();
  reload.mockClear();
  vi.stubEnv('PROD', true);
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: {} });
  vi.stubGlobal('location', { ...location, reload });
  // The half-hourly update check is not under test.
  intervals = vi.spyOn(globalThis, 'setInterval').mockReturnValue(0 as never);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  intervals.mockRestore();
});

async function start() {
  const router = await import('../../../src/kiosk/app/router');
  const updates = await import('../../../src/kiosk/app/updates');
  await updates.registerServiceWorker();
  const fire = (type: string, event: { isUpdate?: boolean } = {}) =>
    worker.listeners.get(type)?.(event);
  return { router, updates, fire };
}

test('a version that arrives while someone is using the kiosk waits for the attract screen', async () => {
  const { router, updates, fire } = await start();
  router.home();
  fire('waiting');
  expect(worker.messageSkipWaiting).not.toHaveBeenCalled();

  router.toAttract();
  await updates.onAttract();
  expect(worker.messageSkipWaiting).toHaveBeenCalledTimes(1);
  fire('controlling');
  expect(reload).toHaveBeenCalledTimes(1);
});

test('a kiosk standing on its attract screen takes a new version at once', async () => {
  const { router, fire } = await start();
  router.toAttract();
  fire('waiting');
  expect(worker.messageSkipWaiting).toHaveBeenCalledTimes(1);
  fire('controlling');
  expect(reload).toHaveBeenCalledTimes(1);
});

test('a takeover that comes late, after someone has started, reloads only at the next attract', async () => {
  const { router, updates, fire } = await start();
  router.toAttract();
  fire('waiting');
  expect(worker.messageSkipWaiting).toHaveBeenCalledTimes(1);

  // The new worker stalled; meanwhile an elder touched the screen.
  router.home();
  fire('controlling');
  expect(reload).not.toHaveBeenCalled();

  router.toAttract();
  await updates.onAttract();
  expect(reload).toHaveBeenCalledTimes(1);
});

test('the first install taking the page is not an update: nothing reloads', async () => {
  const { router, fire } = await start();
  router.toAttract();
  fire('controlling', { isUpdate: false });
  expect(reload).not.toHaveBeenCalled();
});
