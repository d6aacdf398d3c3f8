/**
 * The help area's words for the emergency countdown and the call screen (sending, cannot reach
 * staff, staff told, "王芳 马上来", nobody answered, closed): in the kiosk's first load, since the
 * Emergency and 呼叫工作人员 screens must work even when nothing else can be fetched. Under the
 * "help." prefix like the rest of the area (help.ts), which comes with the help flow.
 */
import { defineArea } from '../../types';
import { words as en } from './en';
import { words as zhHans } from './zh-Hans';
import { words as zhHant } from './zh-Hant';

export const helpCall = defineArea({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
