import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, SCHEMA_DIR } from '../../../src/tools/config-schema';

describe('kiosk-config/schema', () => {
  const built = buildJsonSchemas();

  it.each(Object.keys(built))('%s is what npm run config:schema makes now', (name) => {
    // If this fails, the schemas in src/shared/config changed: run npm run config:schema.
    expect(readFileSync(join(SCHEMA_DIR, name), 'utf8')).toBe(built[name]);
  });

  it('lets editors complete and check the main settings', () => {
    const kiosk = JSON.parse(built['kiosk.schema.json'] ?? '{}');
    expect(kiosk.additionalProperties).toBe(false);
    expect(kiosk.properties.$schema.type).toBe('string');
    expect(kiosk.properties.jobs.items.enum).toContain('activities');
    expect(kiosk.properties.touch.properties.repeatIgnoreMs).toMatchObject({
      minimum: 300,
      maximum: 1500,
    });
    const centre = JSON.parse(built['centre.schema.json'] ?? '{}');
    expect(centre.required).toEqual(expect.arrayContaining(['id', 'name', 'phones']));
    expect(centre.properties.name.required).toEqual(['zh-Hans', 'zh-Hant', 'en']);
    expect(centre.properties.openingHours.items.properties.open.pattern).toBeTruthy();
    expect(centre.properties.timeZone.description).toContain('Asia/Shanghai');
  });

  it('is pointed at by the demo files', () => {
    for (const file of ['centre', 'kiosk']) {
      const json = JSON.parse(readFileSync(`kiosk-config/demo/${file}.json`, 'utf8'));
      expect(json.$schema).toBe(`../schema/${file}.schema.json`);
    }
  });
});
