/**
 * Strings under "configUpdates.": the console's preview mark on the kiosk, and what the kiosk's
 * staff screen shows of the settings staff published (its place, a refused config).
 */
import { defineArea } from '../../types';
import { words as en } from './en';
import { words as zhHans } from './zh-Hans';
import { words as zhHant } from './zh-Hant';

export const configUpdates = defineArea({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
