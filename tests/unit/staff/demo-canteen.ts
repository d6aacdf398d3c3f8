/** The demo centre's canteen (meals.json) and time zone, validated as the console reads them. */
import { readdirSync, readFileSync } from 'node:fs';
import { validateConfigFiles } from '../../../src/shared/config/validate';
import type { Canteen } from '../../../src/staff/pages/meals/canteen';

export function demoCanteen(): Canteen {
  const dir = 'kiosk-config/demo';
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')]),
  );
  const result = validateConfigFiles({ version: 'test', files });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return {
    meals: result.config.meals,
    timeZone: result.config.centre.timeZone,
    centreName: result.config.centre.name,
  };
}
