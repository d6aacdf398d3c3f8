/**
 * The canteen as the centre's config describes it (/config.json, read by app/centre-config.ts):
 * meal names and flags, sitting names, tier labels, the price table, the centre's time zone.
 * Read once per console visit; the pages only read names and rules from it.
 */
import { signal } from '@preact/signals';
import { localText, verbatim } from '../../../i18n';
import type { MealsConfig } from '../../../shared/config/meals';
import type { LocalText } from '../../../shared/config/schema';
import { configLoader } from '../../app/centre-config';

export interface Canteen {
  /** undefined: the centre has no canteen (no meals.json). */
  meals: MealsConfig | undefined;
  timeZone: string;
  /** The centre's name, which the kitchen's printout carries. */
  centreName: LocalText;
}

/** The config once read; null before; an Error when it could not be read or is invalid. */
export const canteen = signal<Canteen | Error | null>(null);

/** Reads /config.json the first time a canteen page asks (again after a failure). */
export const loadCanteen = configLoader(canteen, (config) => ({
  meals: config.meals,
  timeZone: config.centre.timeZone,
  centreName: config.centre.name,
}));

/** A meal's name in the console's language; an id the config no longer lists, as it is. */
export function mealName(meals: MealsConfig | undefined, id: string): string {
  const meal = meals?.meals.find((m) => m.id === id);
  return meal ? localText(meal.name) : verbatim(id);
}

export function sittingName(meals: MealsConfig | undefined, id: string): string {
  const sitting = meals?.sittings.find((s) => s.id === id);
  return sitting ? localText(sitting.name) : verbatim(id);
}

/** A tier's label; `null` is for meals with no subsidy, which the caller names itself. */
export function tierLabel(meals: MealsConfig | undefined, id: string): string {
  const tier = meals?.pricing.tiers.find((t) => t.id === id);
  return tier ? localText(tier.label) : verbatim(id);
}
