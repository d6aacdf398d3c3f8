/**
 * The centre's config as the console reads it: /config.json (the current version), validated
 * exactly as a kiosk validates it. One loader for every page that needs names, rules or the time
 * zone from it (the canteen pages, the help pages); each keeps the part it reads in its own
 * signal, read once per console visit and again after a failure.
 */
import type { Signal } from '@preact/signals';
import * as v from 'valibot';
import type { CentreKioskConfig } from '../../shared/config/schema';
import { validateConfigFiles } from '../../shared/config/validate';

/** What /config.json answers: the version's hash and each file's text. */
const ConfigBundleSchema = v.object({
  version: v.string(),
  files: v.record(v.string(), v.string()),
});

/** Reads and validates /config.json; rejects with an Error saying what went wrong. */
export async function readCentreConfig(): Promise<CentreKioskConfig> {
  const res = await fetch('/config.json', { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`config.json answered ${res.status}`);
  const bundle = v.safeParse(ConfigBundleSchema, await res.json());
  if (!bundle.success) throw new Error('config.json is not a config bundle');
  const result = validateConfigFiles(bundle.output, 'served');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.config;
}

/**
 * A page's loader: fills `target` with `pick(config)` the first time it is asked (again after a
 * failure, which is kept in `target` as the Error), one read at a time.
 */
export function configLoader<T>(
  target: Signal<T | Error | null>,
  pick: (config: CentreKioskConfig) => T,
): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () => {
    if (target.value && !(target.value instanceof Error)) return Promise.resolve();
    loading ??= (async () => {
      try {
        target.value = pick(await readCentreConfig());
      } catch (error) {
        target.value = error instanceof Error ? error : new Error(String(error));
      } finally {
        loading = null;
      }
    })();
    return loading;
  };
}
