/**
 * Loading the centre's config. The last copy that validated is kept, so a kiosk that later
 * receives a broken config (or none, offline) keeps working on the good one and tells staff.
 */

import type { CentreKioskConfig } from '../../shared/config/schema';
import {
  type ConfigBundle,
  type ConfigProblem,
  validateConfigFiles,
} from '../../shared/config/validate';
import { logError } from './device';

const LAST_GOOD_KEY = 'nuanxin.config.lastGood';

export type ConfigLoad =
  | { ok: true; config: CentreKioskConfig; fromLastGood: boolean }
  | { ok: false; problems: ConfigProblem[] };

async function fetchBundle(): Promise<ConfigBundle> {
  // Default cache mode, so the preloaded response is used; the server sends `no-cache`, so it is
  // always revalidated.
  const res = await fetch('/config.json');
  if (!res.ok) throw new Error(`config.json answered ${res.status}`);
  return (await res.json()) as ConfigBundle;
}

function lastGood(): CentreKioskConfig | null {
  try {
    const raw = localStorage.getItem(LAST_GOOD_KEY);
    if (!raw) return null;
    const result = validateConfigFiles(JSON.parse(raw) as ConfigBundle);
    return result.ok ? result.config : null;
  } catch {
    return null;
  }
}

export async function loadConfig(): Promise<ConfigLoad> {
  let bundle: ConfigBundle;
  try {
    bundle = await fetchBundle();
  } catch (error) {
    logError(error, 'config');
    const good = lastGood();
    if (good) return { ok: true, config: good, fromLastGood: true };
    return {
      ok: false,
      problems: [
        { file: 'config.json', path: '', message: String((error as Error).message ?? error) },
      ],
    };
  }
  const result = validateConfigFiles(bundle);
  if (result.ok) {
    try {
      localStorage.setItem(LAST_GOOD_KEY, JSON.stringify(bundle));
    } catch {
      // Storage full: the service worker's cache still holds a copy.
    }
    return { ok: true, config: result.config, fromLastGood: false };
  }
  const good = lastGood();
  if (good) {
    logError(
      new Error(`new config ${bundle.version} is invalid: ${result.problems.length} problem(s)`),
      'config',
    );
    return { ok: true, config: good, fromLastGood: true };
  }
  return result;
}
