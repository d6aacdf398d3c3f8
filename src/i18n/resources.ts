/**
 * Every area's strings, merged into one i18next namespace with the area name as prefix. Each page
 * registers only the areas it uses (see kiosk-strings.ts, console-strings.ts), so a kiosk never
 * downloads the console's words; tests check all of them.
 */
import type { Language } from '../shared/config/schema';
import { LANGUAGES } from '../shared/config/schema';
import { about } from './areas/about';
import { canteen } from './areas/canteen';
import { classRecords } from './areas/class-records';
import { classes } from './areas/classes';
import { classesConsole } from './areas/classes-console';
import { config } from './areas/config';
import { configUpdates } from './areas/config-updates';
import { staffConsole } from './areas/console';
import { help } from './areas/help';
import { helpCall } from './areas/help-call';
import { helpdesk } from './areas/helpdesk';
import { identify } from './areas/identify';
import { kit } from './areas/kit';
import { kitShowcase } from './areas/kit-showcase';
import { kitchen } from './areas/kitchen';
import { lessonCards } from './areas/lesson-cards';
import { lessons } from './areas/lessons';
import { meals } from './areas/meals';
import { members } from './areas/members';
import { presenter } from './areas/presenter';
import { settings } from './areas/settings';
import { shell } from './areas/shell';
import { staff } from './areas/staff';
import { subsidies } from './areas/subsidies';
import { subsidyOutreach } from './areas/subsidy-outreach';
import { subsidyRegister } from './areas/subsidy-register';
import { subsidySettings } from './areas/subsidy-settings';
import { sync } from './areas/sync';
import { voice } from './areas/voice';
import { type AreaStrings, mergeAreas, type Strings } from './types';

export const AREAS = {
  about,
  canteen,
  classes,
  classesConsole,
  classRecords,
  config,
  configUpdates,
  console: staffConsole,
  help: mergeAreas(helpCall, help),
  helpdesk,
  identify,
  kit: mergeAreas(kit, kitShowcase),
  lessonCards,
  lessons,
  meals,
  kitchen,
  members,
  presenter,
  settings,
  shell,
  staff,
  subsidies,
  subsidyOutreach,
  subsidyRegister,
  subsidySettings,
  sync,
  voice,
} satisfies Record<string, AreaStrings>;

export function resourcesFor(lang: Language, areas: Record<string, AreaStrings> = AREAS): Strings {
  const out: Strings = {};
  for (const [area, strings] of Object.entries(areas)) out[area] = strings[lang];
  return out;
}

export const resources = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { translation: resourcesFor(lang) }]),
) as Record<Language, { translation: Strings }>;
