/**
 * The kiosk's words (and the kit showcase's). Imported first by those pages' entries, so every
 * string is registered before anything renders; the console's areas are left out of the bundle.
 */
import { about } from './areas/about';
import { config } from './areas/config';
import { configUpdates } from './areas/config-updates';
import { help } from './areas/help';
import { identify } from './areas/identify';
import { kit } from './areas/kit';
import { lessons } from './areas/lessons';
import { meals } from './areas/meals';
import { shell } from './areas/shell';
import { staff } from './areas/staff';
import { subsidies } from './areas/subsidies';
import { sync } from './areas/sync';
import { voice } from './areas/voice';
import { registerAreas } from './index';

export const KIOSK_AREAS = {
  about,
  config,
  configUpdates,
  help,
  identify,
  kit,
  lessons,
  meals,
  shell,
  staff,
  subsidies,
  sync,
  voice,
};
registerAreas(KIOSK_AREAS);
