/** Read a config folder from disk into the bundle shape the kiosk and `config:check` validate. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigBundle } from '../../shared/config/validate';
import { LESSONS_DIR } from '../../shared/lessons/files';

/** The folder used when none is given: the demo centre. */
export const DEFAULT_CONFIG_DIR = 'kiosk-config/demo';

/** The .json files directly in `dir`, by name (prefixed with `prefix`). */
function readJsonFiles(dir: string, prefix: string, files: Record<string, string>): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.json')) {
      files[`${prefix}${entry.name}`] = readFileSync(join(dir, entry.name), 'utf8');
    }
  }
}

/**
 * Every .json file in `dir` and in its lessons/ folder (named `lessons/<file>`), sorted by name,
 * with a content hash as the version: the lessons are versioned with the rest of the config.
 */
export function readConfigBundle(dir: string): ConfigBundle {
  const files: Record<string, string> = {};
  readJsonFiles(dir, '', files);
  const lessons = join(dir, LESSONS_DIR);
  if (existsSync(lessons) && statSync(lessons).isDirectory())
    readJsonFiles(lessons, `${LESSONS_DIR}/`, files);
  return { version: configHash(files), files };
}

/**
 * The version of a set of config files: a hash of each name and text, in name order. The server
 * computes it for every stored version too, so a kiosk reports the same value either way.
 */
export function configHash(files: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort((a, b) => (a < b ? -1 : 1)))
    hash
      .update(name)
      .update('\0')
      .update(files[name] as string)
      .update('\0');
  return hash.digest('hex').slice(0, 12);
}
