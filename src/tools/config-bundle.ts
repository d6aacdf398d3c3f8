/** Read a config folder from disk into the bundle shape the kiosk and `config:check` validate. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigBundle } from '../shared/config/validate';

/** The folder used when none is given: the demo centre. */
export const DEFAULT_CONFIG_DIR = 'kiosk-config/demo';

/** Every .json file in `dir` (sorted by name), with a content hash as the version. */
export function readConfigBundle(dir: string): ConfigBundle {
  const files: Record<string, string> = {};
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.json')) {
      files[entry.name] = readFileSync(join(dir, entry.name), 'utf8');
    }
  }
  const hash = createHash('sha256');
  for (const [name, text] of Object.entries(files))
    hash.update(name).update('\0').update(text).update('\0');
  return { version: hash.digest('hex').slice(0, 12), files };
}
