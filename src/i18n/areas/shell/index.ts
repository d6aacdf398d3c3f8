/** The shell: attract, home, the fixed bars, idle warning, language, call staff, emergency, errors. */
import { defineArea } from '../../types';
import { words as en } from './en';
import { words as zhHans } from './zh-Hans';
import { words as zhHant } from './zh-Hant';

export const shell = defineArea({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
