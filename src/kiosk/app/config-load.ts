/**
 * Loading the centre's config with its full check, off the first load (config-start.ts draws the
 * first screen). The last copy that validated is kept, so a kiosk that later receives a broken
 * config (or none, offline) keeps working on the good one and tells staff (the staff screen, and
 * the fleet page through `configError`).
 *
 * A bundle drawn unvalidated at start is validated fully once the page has loaded and nobody is
 * at the kiosk (main.tsx: the attract screen untouched for a few seconds), one file per idle
 * moment (`recheckAfterPaint`), so no long task holds up the first touches: a bundle that fails
 * then is replaced by the last good one, or by the staff's error screen.
 */

import { type ConfigBundle, type ConfigProblem, formatProblem } from '../../shared/config/problem';
import type { CentreKioskConfig } from '../../shared/config/schema';
import type { ConfigResult } from '../../shared/config/validate';
import {
  bundleHash,
  type ConfigLoad,
  fetchBundle,
  type KeptConfig,
  keptByThisBuild,
  LAST_GOOD_KEY,
  PREVIEW_KEY,
  readKept,
} from './config-start';
import { logError } from './device';
import { idleMoment } from './idle-moment';
import { configError } from './state';

/**
 * Validate a served bundle, loading the validator on first use (its own chunk). With `pause`,
 * the work stops after each file until `pause` resolves (an idle moment), instead of running as
 * one task.
 */
export async function validateServed(
  bundle: ConfigBundle,
  pause?: () => Promise<void>,
): Promise<ConfigResult> {
  const { configValidationSteps } = await import('../../shared/config/validate');
  const steps = configValidationSteps(bundle, 'served');
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (pause) await pause();
  }
}

/** The last good config, for a start without the server; checked again if another build kept it. */
async function lastGood(): Promise<CentreKioskConfig | null> {
  const kept = readKept();
  if (!kept) return null;
  if (await keptByThisBuild(kept)) return kept.config;
  try {
    const result = await validateServed(kept.bundle);
    return result.ok ? result.config : null;
  } catch {
    return null;
  }
}

/** Remember a bundle that validated, for the next start (and one without the server). */
export async function keepLastGood(bundle: ConfigBundle, config: CentreKioskConfig): Promise<void> {
  const kept: KeptConfig = {
    version: bundle.version,
    hash: await bundleHash(bundle),
    bundle,
    config,
  };
  try {
    localStorage.setItem(LAST_GOOD_KEY, JSON.stringify(kept));
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

/**
 * The full check of a bundle the kiosk started on unvalidated, in idle moments once the page has
 * loaded (the validator's chunk and its work stay off the first paint and the first touches). Valid: kept as the last good copy
 * (the config to run is the validated one). Invalid: staff are told, and the kiosk runs the last
 * good copy if it has one (`config`), else shows the problems (`problems`).
 */
export async function recheckAfterPaint(
  bundle: ConfigBundle,
): Promise<{ config: CentreKioskConfig } | { problems: ConfigProblem[] }> {
  const result = await validateServed(bundle, idleMoment);
  if (result.ok) {
    await keepLastGood(bundle, result.config);
    return { config: result.config };
  }
  const kept = readKept();
  if (kept?.hash === (await bundleHash(bundle))) localStorage.removeItem(LAST_GOOD_KEY);
  configError.value = describeRefusal(bundle.version, result.problems);
  logError(new Error(configError.value), 'config');
  const good = await lastGood();
  return good ? { config: good } : { problems: result.problems };
}

/**
 * The config, validated before it is used: later loads (on the attract screen), and a start that
 * `startConfig` could not settle by itself (no server and no copy this build kept, no WebCrypto,
 * or files that are not JSON).
 */
export async function loadConfig(): Promise<ConfigLoad> {
  let bundle: ConfigBundle;
  try {
    bundle = await fetchBundle();
  } catch (error) {
    return withoutServer(error);
  }
  return checkBundle(bundle);
}

/** No config from the server (`error` says why): the last good copy, or the problem in words. */
export async function withoutServer(error: unknown): Promise<ConfigLoad> {
  logError(error, 'config');
  const good = await lastGood();
  if (good) return { ok: true, config: good, fromLastGood: true };
  return {
    ok: false,
    problems: [
      { file: 'config.json', path: '', message: String((error as Error).message ?? error) },
    ],
  };
}

/**
 * The server's bundle, validated before it is used (the kept result where it is the bundle this
 * build validated); one that fails gives way to the last good copy.
 */
export async function checkBundle(bundle: ConfigBundle): Promise<ConfigLoad> {
  const kept = readKept();
  const hash = await bundleHash(bundle);
  if (kept && hash !== null && kept.hash === hash) {
    configError.value = null;
    return { ok: true, config: kept.config, fromLastGood: false };
  }
  const result = await validateServed(bundle);
  if (result.ok) {
    await keepLastGood(bundle, result.config);
    configError.value = null;
    return { ok: true, config: result.config, fromLastGood: false };
  }
  const good = await lastGood();
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

/**
 * The console's draft, for the preview: never the server's config and never kept as the last
 * good one (a draft is not published).
 */
export async function loadPreviewConfig(): Promise<ConfigLoad> {
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
  const result = await validateServed({
    version: bundle.version ?? 'preview',
    files: bundle.files,
  });
  return result.ok ? { ok: true, config: result.config, fromLastGood: false } : result;
}
