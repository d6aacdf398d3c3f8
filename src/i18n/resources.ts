/**
 * Every area's strings, merged into one i18next namespace with the area name as prefix. Each page
 * registers only the areas it uses (see kiosk-strings.ts, console-strings.ts), so a kiosk never
 * downloads the console's words; tests check all of them.
 */
import type { Language } from '../shared/config/schema';
import { LANGUAGES } from '../shared/config/schema';
import { about } from './areas/about';
import { config } from './areas/config';
import { staffConsole } from './areas/console';
import { identify } from './areas/identify';
import { kit } from './areas/kit';
import { kitchen } from './areas/kitchen';
import { meals } from './areas/meals';
import { members } from './areas/members';
import { shell } from './areas/shell';
import { staff } from './areas/staff';
import { sync } from './areas/sync';
import { voice } from './areas/voice';
import type { AreaStrings, Strings } from './types';

export const AREAS: Record<string, AreaStrings> = {
  about,
  config,
  console: staffConsole,
  identify,
  kit,
  meals,
  kitchen,
  members,
  shell,
  staff,
  sync,
  voice,
};

export function resourcesFor(lang: Language, areas: Record<string, AreaStrings> = AREAS): Strings {
  const out: Strings = {};
  for (const [area, strings] of Object.entries(areas)) out[area] = strings[lang];
  return out;
}

export const resources = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { translation: resourcesFor(lang) }]),
) as Record<Language, { translation: Strings }>;
