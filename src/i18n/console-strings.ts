/** The staff console's words, imported first by its entry (the kiosk's areas stay out of it). */
import { staffConsole } from './areas/console';
import { kitchen } from './areas/kitchen';
import { members } from './areas/members';
import { staff } from './areas/staff';
import { registerAreas } from './index';

export const CONSOLE_AREAS = { console: staffConsole, kitchen, members, staff };
registerAreas(CONSOLE_AREAS);
