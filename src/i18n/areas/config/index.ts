/**
 * Strings of the config area, under the "config." prefix: the staff screen shown when the
 * centre's config files are broken (the problems themselves come from `formatProblem`).
 */
import { defineArea } from '../../types';
import { words as en } from './en';
import { words as zhHans } from './zh-Hans';
import { words as zhHant } from './zh-Hant';

export const config = defineArea({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
