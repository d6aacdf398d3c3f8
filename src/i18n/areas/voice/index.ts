/** Strings of the voice area, under the "voice." prefix: the staff screen's speech status. */
import { defineArea } from '../../types';
import { words as en } from './en';
import { words as zhHans } from './zh-Hans';
import { words as zhHant } from './zh-Hant';

export const voice = defineArea({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
