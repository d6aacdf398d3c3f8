import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The config area's words in English, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  error: {
    title: 'The kiosk settings have mistakes',
    explain:
      'The kiosk cannot start until staff fix its settings files. Until then, visitors cannot use it.',
    problems: 'The problems:',
    count_one: '{{count}} problem',
    count_other: '{{count}} problems',
    ask: 'Ask your administrator to run npm run config:check on the centre computer, fix the problems, then press "Check again".',
    retry: 'Check again',
  },
  lastGood:
    'The new settings have mistakes, so the kiosk is using the last good settings (version {{version}}).',
};
