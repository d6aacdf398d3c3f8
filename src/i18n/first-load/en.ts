/** The kiosk's first-load words in English (loaded by ../first-load-words.ts when shown). */
import { words as config } from '../areas/config/en';
import { words as configUpdates } from '../areas/config-updates/en';
import { words as helpCall } from '../areas/help-call/en';
import { words as kit } from '../areas/kit/en';
import { words as shell } from '../areas/shell/en';
import { words as voice } from '../areas/voice/en';

/** The same areas, under the same names, as kiosk-strings.ts registers in every language. */
export const words = { config, configUpdates, help: helpCall, kit, shell, voice };
