/**
 * The kiosk picking up a published config and its own settings through the pull: a new config is
 * fetched and checked at once but applied only on the attract screen; a broken one is refused,
 * the running one kept and the refusal reported with the next request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyPending,
  pendingConfig,
  pickUpConfig,
  readPublished,
  resetConfigUpdates,
  startConfigUpdates,
} from '../../../src/kiosk/app/config-updates';
import { navigate, route, toAttract } from '../../../src/kiosk/app/router';
import { config, configError, homeJobs, kioskSettings } from '../../../src/kiosk/app/state';
import { configStatusHeaders } from '../../../src/kiosk/app/status-headers';
import type { ReplicaRecord, ReplicaStore } from '../../../src/kiosk/offline/pull-store';
import { type ConfigBundle, validateConfigFiles } from '../../../src/shared/config/validate';
import type { KioskSettings } from '../../../src/shared/config/versions-api';

const DIR = 'kiosk-config/demo';

/** The demo bundle with `edit` applied to kiosk.json, and a version of our choosing. */
function bundle(version: string, edit: (kiosk: Record<string, unknown>) => void = () => {}) {
  const files = Object.fromEntries(
    readdirSync(DIR)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(`${DIR}/${name}`, 'utf8')]),
  );
  const kiosk = JSON.parse(files['kiosk.json'] as string) as Record<string, unknown>;
  edit(kiosk);
  files['kiosk.json'] = JSON.stringify(kiosk);
  return { version, files } satisfies ConfigBundle;
}

function configOf(b: ConfigBundle) {
  const result = validateConfigFiles(b);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const timeout = (seconds: number) => (kiosk: Record<string, unknown>) => {
  (kiosk.idle as { timeoutSeconds: number }).timeoutSeconds = seconds;
};

/** A replica holding what the test publishes, with the pull's "stored a pull" signal. */
function fakeReplica() {
  const items = new Map<string, unknown>();
  const lastPullAt = signal<number | null>(null);
  const store = {
    lastPullAt,
    get: async (type: string, key: string): Promise<ReplicaRecord | undefined> =>
      items.has(`${type}/${key}`)
        ? ({ type, key, data: items.get(`${type}/${key}`) } as ReplicaRecord)
        : undefined,
  } as unknown as ReplicaStore;
  return {
    store,
    publish(type: string, key: string, data: unknown) {
      items.set(`${type}/${key}`, data);
      lastPullAt.value = (lastPullAt.value ?? 0) + 1;
    },
  };
}

const served: { bundle: ConfigBundle | null; calls: number } = { bundle: null, calls: 0 };

beforeEach(() => {
  localStorage.clear();
  resetConfigUpdates();
  configError.value = null;
  kioskSettings.value = null;
  config.value = configOf(bundle('v1'));
  served.calls = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      served.calls++;
      return new Response(JSON.stringify(served.bundle), { status: 200 });
    }),
  );
  toAttract();
});
afterEach(() => vi.unstubAllGlobals());

/** Lets queued work (effects' microtasks, the fetch) run to the end before looking. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a published config', () => {
  it('is applied at once when the kiosk stands on the attract screen', async () => {
    const replica = fakeReplica();
    const stop = startConfigUpdates(replica.store, () => 'kiosk-1');
    served.bundle = bundle('v2', timeout(120));
    replica.publish('config', 'current', { number: 2, hash: 'v2' });
    await vi.waitFor(() => expect(config.value?.version).toBe('v2'));
    expect(config.value?.kiosk.idle.timeoutSeconds).toBe(120);
    // Kept as the last good copy for a start without the server.
    expect(JSON.parse(localStorage.getItem('nuanxin.config.lastGood') ?? '{}').version).toBe('v2');
    expect(configStatusHeaders()).toEqual({
      'x-kiosk-config-version': 'v2',
      'x-kiosk-config-error': '',
    });
    stop();
  });

  it('waits while an elder uses the kiosk, and is applied when it returns to attract', async () => {
    const replica = fakeReplica();
    const stop = startConfigUpdates(replica.store, () => 'kiosk-1');
    navigate('home');
    served.bundle = bundle('v2', timeout(120));
    replica.publish('config', 'current', { number: 2, hash: 'v2' });
    await vi.waitFor(() => expect(pendingConfig.value?.version).toBe('v2'));
    await settle();
    expect(config.value?.version).toBe('v1');
    navigate('about');
    expect(config.value?.version).toBe('v1');
    toAttract();
    await vi.waitFor(() => expect(config.value?.version).toBe('v2'));
    expect(pendingConfig.value).toBeNull();
    stop();
  });

  it('is refused when it does not validate: the running one stays and the refusal is reported', async () => {
    served.bundle = bundle('v3', timeout(5));
    await pickUpConfig({ number: 3, hash: 'v3' });
    applyPending();
    expect(config.value?.version).toBe('v1');
    expect(pendingConfig.value).toBeNull();
    expect(configError.value).toMatch(
      /config 3 \(v3\) refused: kiosk\.json › idle\.timeoutSeconds/,
    );
    expect(decodeURIComponent(configStatusHeaders()['x-kiosk-config-error'] ?? '')).toBe(
      configError.value,
    );
    expect(localStorage.getItem('nuanxin.config.lastGood')).toBeNull();
    // Not fetched again on every pull; a later good version clears the report.
    await pickUpConfig({ number: 3, hash: 'v3' });
    expect(served.calls).toBe(1);
    served.bundle = bundle('v4', timeout(100));
    await pickUpConfig({ number: 4, hash: 'v4' });
    expect(configError.value).toBeNull();
    expect(pendingConfig.value?.version).toBe('v4');
  });

  it('is not fetched when the kiosk already runs that hash, and a failed fetch is tried next pull', async () => {
    await pickUpConfig({ number: 1, hash: 'v1' });
    expect(served.calls).toBe(0);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    await pickUpConfig({ number: 2, hash: 'v2' });
    expect(configError.value).toBeNull();
    expect(pendingConfig.value).toBeNull();
    expect(config.value?.version).toBe('v1');
  });
});

describe("this kiosk's settings", () => {
  const canteen: KioskSettings = {
    name: '食堂门口',
    location: '一楼食堂',
    orientation: 'portrait',
    jobs: ['meals'],
  };

  it('narrow the home tiles and set the orientation, on the attract screen only', async () => {
    const replica = fakeReplica();
    const stop = startConfigUpdates(replica.store, () => 'kiosk-1');
    navigate('home');
    expect(homeJobs.value).toEqual(config.value?.kiosk.jobs);
    replica.publish('kiosk-settings', 'kiosk-2', { ...canteen, jobs: ['about'] });
    replica.publish('kiosk-settings', 'kiosk-1', canteen);
    await readPublished(replica.store, 'kiosk-1');
    expect(kioskSettings.value).toBeNull();
    toAttract();
    await vi.waitFor(() => expect(kioskSettings.value).toEqual(canteen));
    expect(homeJobs.value).toEqual(['meals']);
    expect(document.documentElement.dataset.orientation).toBe('portrait');
    expect(route.value.id).toBe('attract');
    stop();
  });

  it('never leave the home screen empty: a subset the centre no longer offers shows every job', () => {
    const current = config.value;
    if (!current) throw new Error('no config');
    // The centre has stopped offering lessons since this kiosk's subset was set.
    const offered = current.kiosk.jobs.filter((j) => j !== 'lessons');
    config.value = { ...current, kiosk: { ...current.kiosk, jobs: offered } };
    kioskSettings.value = { ...canteen, jobs: ['lessons'] };
    expect(homeJobs.value).toEqual(offered);
  });
});
