/** The staff console's words, imported first by its entry (the kiosk's areas stay out of it). */
import { canteen } from './areas/canteen';
import { classRecords } from './areas/class-records';
import { classesConsole } from './areas/classes-console';
import { staffConsole } from './areas/console';
import { helpdesk } from './areas/helpdesk';
import { kitchen } from './areas/kitchen';
import { lessonCards } from './areas/lesson-cards';
import { lessons } from './areas/lessons';
import { members } from './areas/members';
import { presenter } from './areas/presenter';
import { settings } from './areas/settings';
import { staff } from './areas/staff';
import { subsidies } from './areas/subsidies';
import { subsidyOutreach } from './areas/subsidy-outreach';
import { subsidyRegister } from './areas/subsidy-register';
import { subsidySettings } from './areas/subsidy-settings';
import { registerAreas } from './index';

export const CONSOLE_AREAS = {
  console: staffConsole,
  kitchen,
  members,
  staff,
  helpdesk,
  settings,
  canteen,
  // The kiosk's words for the subsidy check, which the console asks and prints the same way.
  subsidies,
  subsidyOutreach,
  subsidySettings,
  subsidyRegister,
  lessonCards,
  classesConsole,
  classRecords,
  presenter,
  // The kiosk's lesson words, for the simulated phone the presenter screen draws.
  lessons,
};
registerAreas(CONSOLE_AREAS);
