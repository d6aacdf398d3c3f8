/**
 * Picking up what staff publish, through the pull: "config" names the version kiosks should run,
 * "kiosk-settings" (key = this kiosk's id) what the fleet page set for this kiosk. A new config
 * is fetched and checked at once, but it and new settings are applied only on the attract
 * screen — at once if the kiosk is there, else when it next returns — never under an elder's
 * finger. A config that does not validate is refused: the kiosk keeps running the one it has and
 * reports why with its next request, so the fleet page shows it.
 */
import { effect, signal } from '@preact/signals';
import {
  CONFIG_CHANGE,
  type ConfigPointer,
  CURRENT_CONFIG_KEY,
  KIOSK_SETTINGS_CHANGE,
} from '../../shared/config/changes';
import type { ConfigBundle } from '../../shared/config/problem';
import type { CentreKioskConfig } from '../../shared/config/schema';
import type { KioskSettings } from '../../shared/config/versions-api';
import type { ReplicaStore } from '../offline/pull-store';
import { type ReplicaType, replicaType } from '../offline/pull-types';
import { describeRefusal, keepLastGood, validateServed } from './config-load';
import { fetchBundle } from './config-start';
import { logError } from './device';
import { route } from './router';
import { resetToDefaults } from './session';
import { config, configError, kioskSettings } from './state';

/** The change types the kiosk keeps for this (registered with the pull in pull.ts). */
export const CONFIG_REPLICA_TYPES: readonly ReplicaType<unknown>[] = [
  replicaType({ change: CONFIG_CHANGE }) as ReplicaType<unknown>,
  replicaType({ change: KIOSK_SETTINGS_CHANGE }) as ReplicaType<unknown>,
];

/** A checked config waiting for the attract screen. */
export const pendingConfig = signal<CentreKioskConfig | null>(null);
/** Settings waiting for the attract screen: undefined = none waiting, null = none set any more. */
export const pendingSettings = signal<KioskSettings | null | undefined>(undefined);

/** The hash last refused, so a broken version is not fetched again on every pull. */
let refusedHash: string | null = null;

/** Forget what was refused (tests; a new app version starts afresh anyway). */
export function resetConfigUpdates(): void {
  refusedHash = null;
  pendingConfig.value = null;
  pendingSettings.value = undefined;
}

/**
 * The server says version `pointer` is current: if this kiosk runs (or holds) another hash,
 * fetch /config.json and check it. Valid: kept as the last good copy and held for the attract
 * screen. Invalid: refused and reported. Unreachable: tried again on the next pull.
 */
export async function pickUpConfig(
  pointer: ConfigPointer | undefined,
  fetcher: () => Promise<ConfigBundle> = () => fetchBundle({ cache: 'no-cache' }),
): Promise<void> {
  if (!pointer) return;
  const held = pendingConfig.value?.version ?? config.value?.version;
  if (pointer.hash === held || pointer.hash === refusedHash) return;
  let bundle: ConfigBundle;
  let result: Awaited<ReturnType<typeof validateServed>>;
  try {
    bundle = await fetcher();
    // The validator is its own chunk; the service worker has it, so this works offline too.
    result = await validateServed(bundle);
  } catch (error) {
    logError(error, 'config update');
    return;
  }
  if (!result.ok) {
    refusedHash = pointer.hash;
    configError.value = describeRefusal(`${pointer.number} (${bundle.version})`, result.problems);
    logError(new Error(configError.value), 'config update');
    return;
  }
  await keepLastGood(bundle, result.config);
  configError.value = null;
  refusedHash = null;
  if (result.config.version === config.value?.version) pendingConfig.value = null;
  else pendingConfig.value = result.config;
}

/** What the fleet page set for this kiosk now: held for the attract screen if it differs. */
export function pickUpSettings(settings: KioskSettings | null): void {
  const target = pendingSettings.value === undefined ? kioskSettings.value : pendingSettings.value;
  if (JSON.stringify(settings) === JSON.stringify(target)) return;
  pendingSettings.value =
    JSON.stringify(settings) === JSON.stringify(kioskSettings.value) ? undefined : settings;
}

/** Puts what waits in force. Only ever called on the attract screen. */
export function applyPending(): void {
  const next = pendingConfig.peek();
  if (next) {
    pendingConfig.value = null;
    config.value = next;
    // The next person starts with the new defaults (language, text size, volume).
    resetToDefaults();
  }
  const settings = pendingSettings.peek();
  if (settings !== undefined) {
    pendingSettings.value = undefined;
    kioskSettings.value = settings;
  }
}

/** Reads this kiosk's config pointer and settings from the replica and picks them up. */
export async function readPublished(store: ReplicaStore, kioskId: string): Promise<void> {
  const pointer = await store.get(CONFIG_CHANGE.type, CURRENT_CONFIG_KEY);
  const settings = await store.get(KIOSK_SETTINGS_CHANGE.type, kioskId);
  pickUpSettings(settings ? (settings.data as KioskSettings) : null);
  await pickUpConfig(pointer ? (pointer.data as ConfigPointer) : undefined);
}

/**
 * After every stored pull, look at what was published; whenever the kiosk is on the attract
 * screen and something waits, apply it. Orientation is a data attribute the layout reads.
 */
export function startConfigUpdates(store: ReplicaStore, kioskId: () => string): () => void {
  const stops = [
    effect(() => {
      if (store.lastPullAt.value === null) return;
      void readPublished(store, kioskId()).catch((error: unknown) =>
        logError(error, 'config update'),
      );
    }),
    effect(() => {
      const waiting = pendingConfig.value !== null || pendingSettings.value !== undefined;
      // Applied outside the effect, which must not write what it reads.
      if (waiting && route.value.id === 'attract') queueMicrotask(applyPending);
    }),
    effect(() => {
      const orientation = kioskSettings.value?.orientation;
      if (orientation) document.documentElement.dataset.orientation = orientation;
      else delete document.documentElement.dataset.orientation;
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
