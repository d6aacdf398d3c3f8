/**
 * Loading the centre's config. The last copy that validated is kept, so a kiosk that later
 * receives a broken config (or none, offline) keeps working on the good one and tells staff
 * (the staff screen, and the fleet page through `configError`).
 */

import type { CentreKioskConfig } from '../../shared/config/schema';
import {
  type ConfigBundle,
  type ConfigProblem,
  formatProblem,
  validateConfigFiles,
} from '../../shared/config/validate';
import { logError } from './device';
import { configError } from './state';

const LAST_GOOD_KEY = 'nuanxin.config.lastGood';
/** Where the console puts the draft it previews (same origin, so it shares localStorage). */
export const PREVIEW_KEY = 'nuanxin.config.preview';

export type ConfigLoad =
  | { ok: true; config: CentreKioskConfig; fromLastGood: boolean }
  | { ok: false; problems: ConfigProblem[] };

/**
 * The server's config. At boot the default cache mode uses the preloaded response (the server
 * sends `no-cache`, so it is revalidated); a pick-up passes `no-cache` itself.
 */
export async function fetchBundle(init?: RequestInit): Promise<ConfigBundle> {
  const res = await fetch('/config.json', init);
  if (!res.ok) throw new Error(`config.json answered ${res.status}`);
  return (await res.json()) as ConfigBundle;
}

function lastGood(): CentreKioskConfig | null {
  try {
    const raw = localStorage.getItem(LAST_GOOD_KEY);
    if (!raw) return null;
    const result = validateConfigFiles(JSON.parse(raw) as ConfigBundle, 'served');
    return result.ok ? result.config : null;
  } catch {
    return null;
  }
}

/** Remember a bundle that validated, for the next start without the server. */
export function keepLastGood(bundle: ConfigBundle): void {
  try {
    localStorage.setItem(LAST_GOOD_KEY, JSON.stringify(bundle));
  } catch {
    // Storage full: the service worker's cache still holds a copy.
  }
}

/** What the fleet page shows for a config this kiosk refused: its version and first problems. */
export function describeRefusal(version: string, problems: ConfigProblem[]): string {
  const listed = problems.slice(0, 3).map(formatProblem).join('; ');
  const more = problems.length > 3 ? ` (+${problems.length - 3} more)` : '';
  return `config ${version} refused: ${listed}${more}`.slice(0, 400);
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
  const result = validateConfigFiles(bundle, 'served');
  if (result.ok) {
    keepLastGood(bundle);
    configError.value = null;
    return { ok: true, config: result.config, fromLastGood: false };
  }
  const good = lastGood();
  if (good) {
    configError.value = describeRefusal(bundle.version, result.problems);
    logError(
      new Error(`new config ${bundle.version} is invalid: ${result.problems.length} problem(s)`),
      'config',
    );
    return { ok: true, config: good, fromLastGood: true };
  }
  return result;
}

/** True when the page was opened as the console's preview (`/?preview=1`). */
export function isPreview(search: string = location.search): boolean {
  return new URLSearchParams(search).get('preview') === '1';
}

/**
 * The console's draft, for the preview: never the server's config and never kept as the last
 * good one (a draft is not published).
 */
export function loadPreviewConfig(): ConfigLoad {
  let bundle: ConfigBundle;
  try {
    const raw = localStorage.getItem(PREVIEW_KEY);
    if (!raw) throw new Error('there is no draft to preview: open the preview from the console');
    bundle = JSON.parse(raw) as ConfigBundle;
  } catch (error) {
    return {
      ok: false,
      problems: [{ file: PREVIEW_KEY, path: '', message: (error as Error).message }],
    };
  }
  const result = validateConfigFiles(
    { version: bundle.version ?? 'preview', files: bundle.files },
    'served',
  );
  return result.ok ? { ok: true, config: result.config, fromLastGood: false } : result;
}
