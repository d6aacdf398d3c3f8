/**
 * The config check in steps (the kiosk spreads it over idle moments): one pause per file, and the
 * same result as the whole check, for a valid folder and for a broken one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configValidationSteps, validateConfigFiles } from '../../../src/shared/config/validate';

const DEMO = 'kiosk-config/demo';
const files: Record<string, string> = {};
for (const name of readdirSync(DEMO))
  if (name.endsWith('.json')) files[name] = readFileSync(`${DEMO}/${name}`, 'utf8');

function runSteps(bundle: Parameters<typeof validateConfigFiles>[0]) {
  const steps = configValidationSteps(bundle);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses, result: step.value };
    pauses++;
  }
}

describe('config validation in steps', () => {
  it('pauses once per config file and ends with what the whole check gives', () => {
    const bundle = { version: 'v1', files };
    const { pauses, result } = runSteps(bundle);
    expect(result.ok).toBe(true);
    expect(pauses).toBe(Object.keys(files).length);
    expect(result).toEqual(validateConfigFiles(bundle));
  });

  it('reports the same problems as the whole check for a broken file', () => {
    const kiosk = JSON.parse(files['kiosk.json'] as string);
    kiosk.languages = { default: 'fr', enabled: [] };
    const bundle = { version: 'v2', files: { ...files, 'kiosk.json': JSON.stringify(kiosk) } };
    const { result } = runSteps(bundle);
    expect(result.ok).toBe(false);
    expect(result).toEqual(validateConfigFiles(bundle));
  });
});
