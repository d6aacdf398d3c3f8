/**
 * The kiosk's config at start, in the first load: what the first paint needs and no more. The
 * server validated the config before serving it, and the kiosk keeps, beside its last good copy,
 * the SHA-256 of the bundle it validated (with this build's version). A start that fetches the
 * same bundle uses the kept result at once and validates nothing (the same bytes under the same
 * build validate the same way); a new bundle (or build) is drawn as the server sent it, and
 * main.tsx validates it fully once the page has loaded and nobody is at the kiosk
 * (config-load.ts: `recheckAfterPaint`). Anything else (no server and no copy this build kept, no
 * WebCrypto, files that are not JSON) goes to the full loader, config-load.ts, which validates
 * before it draws: that loader and the validator are not in the first load.
 */
import type { ConfigBundle, ConfigProblem } from '../../shared/config/problem';
import type { CentreKioskConfig } from '../../shared/config/schema';
import { logError } from './device';
import { configError } from './state';

export const LAST_GOOD_KEY = 'nuanxin.config.lastGood';
/** Where the console puts the draft it previews (same origin, so it shares localStorage). */
export const PREVIEW_KEY = 'nuanxin.config.preview';

export type ConfigLoad =
  | {
      ok: true;
      config: CentreKioskConfig;
      fromLastGood: boolean;
      /** Drawn before it was validated: validate this bundle fully once the page is idle. */
      recheck?: ConfigBundle;
    }
  | { ok: false; problems: ConfigProblem[] };

/** What is kept in localStorage: the bundle that validated, its hash and the validated config. */
export interface KeptConfig {
  version: string;
  /** SHA-256 of this build's version and the bundle (`bundleHash`); null where it cannot be made. */
  hash: string | null;
  bundle: ConfigBundle;
  config: CentreKioskConfig;
}

/**
 * The bundle's fingerprint for this build: the same bytes under the same schema validate the
 * same way. Null without WebCrypto (an insecure origin): then every start validates.
 */
export async function bundleHash(bundle: ConfigBundle): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const bytes = new TextEncoder().encode(`${__APP_VERSION__}\n${JSON.stringify(bundle)}`);
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The server's config. At boot the default cache mode uses the preloaded response (the server
 * sends `no-cache`, so it is revalidated); a pick-up passes `no-cache` itself.
 */
export async function fetchBundle(init?: RequestInit): Promise<ConfigBundle> {
  const res = await fetch('/config.json', init);
  if (!res.ok) throw new Error(`config.json answered ${res.status}`);
  return (await res.json()) as ConfigBundle;
}

/** Whether `kept` was validated by this build (its hash, made with this build's version, holds). */
export async function keptByThisBuild(kept: KeptConfig): Promise<boolean> {
  return kept.hash !== null && kept.hash === (await bundleHash(kept.bundle));
}

/** The copy kept at the last validation, if any. */
export function readKept(): KeptConfig | null {
  try {
    const raw = localStorage.getItem(LAST_GOOD_KEY);
    if (!raw) return null;
    const kept = JSON.parse(raw) as Partial<KeptConfig>;
    return kept.bundle && kept.config ? (kept as KeptConfig) : null;
  } catch {
    return null;
  }
}

/**
 * The config as the server's files give it, not yet validated (the schemas only check: they
 * set no defaults), for the first paint of a bundle the kiosk has not seen; null if a file is
 * not even JSON.
 */
export function unchecked(bundle: ConfigBundle): CentreKioskConfig | null {
  try {
    const file = (name: string) => {
      const text = bundle.files?.[name];
      return typeof text === 'string' ? JSON.parse(text) : undefined;
    };
    const [centre, kiosk, meals, help, subsidies] = [
      'centre.json',
      'kiosk.json',
      'meals.json',
      'help.json',
      'subsidies.json',
    ].map(file);
    if (!centre || !kiosk) return null;
    return {
      version: bundle.version,
      centre,
      kiosk,
      ...(meals ? { meals } : {}),
      ...(help ? { help } : {}),
      ...(subsidies ? { subsidies } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * The config for the first paint: the kept copy when the server's bundle is the one this build
 * validated, the server's bundle as sent when it is new (`recheck`: validated once the kiosk is
 * idle), or, without the server, the kept copy this build validated. Anything else is settled by
 * the full loader, which validates first.
 */
export async function startConfig(): Promise<ConfigLoad> {
  let bundle: ConfigBundle;
  try {
    bundle = await fetchBundle();
  } catch (error) {
    // No server: the copy this build validated, if the kiosk kept one.
    const kept = readKept();
    if (kept && (await keptByThisBuild(kept))) {
      logError(error, 'config');
      return { ok: true, config: kept.config, fromLastGood: true };
    }
    return (await import('./config-load')).withoutServer(error);
  }
  const hash = await bundleHash(bundle);
  if (hash !== null) {
    // Read once the config is in, not as the kiosk's code is evaluated: a page's first touch of
    // localStorage loads it from disk, in whatever task makes it (milliseconds on a slow box).
    const kept = readKept();
    if (kept?.hash === hash) {
      configError.value = null;
      return { ok: true, config: kept.config, fromLastGood: false };
    }
    const drawn = unchecked(bundle);
    if (drawn) return { ok: true, config: drawn, fromLastGood: false, recheck: bundle };
  }
  // No WebCrypto (an insecure origin), or files that are not JSON: validated before it is drawn.
  return (await import('./config-load')).checkBundle(bundle);
}

/** True when the page was opened as the console's preview (`/?preview=1`). */
export function isPreview(search: string = location.search): boolean {
  return new URLSearchParams(search).get('preview') === '1';
}
