/**
 * Strings of the large-print kit, under the "kit." prefix. `kit.showcase.*`, the review page's
 * own chrome and sample content, is in kit-showcase.ts: it never appears on a kiosk screen.
 */
import { defineArea } from '../../types';
import { words as en } from './en';
import { words as zhHans } from './zh-Hans';
import { words as zhHant } from './zh-Hant';

export const kit = defineArea({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
