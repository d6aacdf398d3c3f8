/** The demo centre's config files, and ways to break them for tests. */
import { readFileSync } from 'node:fs';
import type { ConfigBundle } from '../../../src/shared/config/validate';

export const DEMO_DIR = 'kiosk-config/demo';

/** A JSON value as edited in tests. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into arbitrary JSON to break it.
export type Json = any;

/** Fresh, parsed copies of the demo files. */
export function demoJson(): {
  centre: Json;
  kiosk: Json;
  meals: Json;
  help: Json;
  subsidies: Json;
} {
  return {
    centre: JSON.parse(readFileSync(`${DEMO_DIR}/centre.json`, 'utf8')),
    kiosk: JSON.parse(readFileSync(`${DEMO_DIR}/kiosk.json`, 'utf8')),
    meals: JSON.parse(readFileSync(`${DEMO_DIR}/meals.json`, 'utf8')),
    help: JSON.parse(readFileSync(`${DEMO_DIR}/help.json`, 'utf8')),
    subsidies: JSON.parse(readFileSync(`${DEMO_DIR}/subsidies.json`, 'utf8')),
  };
}

/** A bundle from the demo, after `edit` changed the parsed files (or the texts, via `files`). */
export function demoBundle(
  edit?: (c: { centre: Json; kiosk: Json; meals: Json; help: Json; subsidies: Json }) => void,
): ConfigBundle {
  const json = demoJson();
  edit?.(json);
  return {
    version: 'test',
    files: {
      'centre.json': JSON.stringify(json.centre),
      'kiosk.json': JSON.stringify(json.kiosk),
      'meals.json': JSON.stringify(json.meals),
      'help.json': JSON.stringify(json.help),
      'subsidies.json': JSON.stringify(json.subsidies),
    },
  };
}
