/** The demo centre's subsidies.json and meals.json, parsed, and a way to vary them for a test. */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { type MealsConfig, MealsSchema } from '../../../src/shared/config/meals';
import { type SubsidiesConfig, SubsidiesSchema } from '../../../src/shared/config/subsidies';
import type { PersonFacts } from '../../../src/shared/subsidies';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(`kiosk-config/demo/${file}`, 'utf8'));

export const MEALS: MealsConfig = v.parse(MealsSchema, read('meals.json'));

/** A fresh copy of the demo programmes, changed by `edit` (as raw JSON) before it is checked. */
export function demoSubsidies(edit?: (json: { programmes: Record<string, unknown>[] }) => void) {
  const json = read('subsidies.json') as { programmes: Record<string, unknown>[] };
  edit?.(json);
  return v.parse(SubsidiesSchema, json) as SubsidiesConfig;
}

export const SUBSIDIES = demoSubsidies();

/** A local elder with no category or disability, born on `birthDate`. */
export const born = (birthDate: string, more: Partial<PersonFacts> = {}): PersonFacts => ({
  age: { birthDate },
  localHukou: true,
  categories: [],
  disability: 'none',
  ...more,
});
