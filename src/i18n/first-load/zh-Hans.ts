/** The kiosk's first-load words in 简体中文 (loaded by ../first-load-words.ts when shown). */
import { words as config } from '../areas/config/zh-Hans';
import { words as configUpdates } from '../areas/config-updates/zh-Hans';
import { words as helpCall } from '../areas/help-call/zh-Hans';
import { words as kit } from '../areas/kit/zh-Hans';
import { words as shell } from '../areas/shell/zh-Hans';
import { words as voice } from '../areas/voice/zh-Hans';

/** The same areas, under the same names, as kiosk-strings.ts registers in every language. */
export const words = { config, configUpdates, help: helpCall, kit, shell, voice };
