/** The kiosk's first-load words in 繁體中文 (loaded by ../first-load-words.ts when shown). */
import { words as config } from '../areas/config/zh-Hant';
import { words as configUpdates } from '../areas/config-updates/zh-Hant';
import { words as helpCall } from '../areas/help-call/zh-Hant';
import { words as kit } from '../areas/kit/zh-Hant';
import { words as shell } from '../areas/shell/zh-Hant';
import { words as voice } from '../areas/voice/zh-Hant';

/** The same areas, under the same names, as kiosk-strings.ts registers in every language. */
export const words = { config, configUpdates, help: helpCall, kit, shell, voice };
