import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The kit area's words in English, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  keypad: {
    delete: 'Delete',
    clear: 'Clear',
    done: 'Done',
    asterisk: 'asterisk',
    digit: '{{digit}}',
    deleted: 'Deleted one digit',
    cleared: 'All cleared',
    full_one: 'No more than {{count}} digit',
    full_other: 'No more than {{count}} digits',
    empty: 'Use the number keys below',
    enteredCount_one: '{{count}} digit entered',
    enteredCount_other: '{{count}} digits entered',
    hiddenCount_one: '{{count}} digit hidden, then',
    hiddenCount_other: '{{count}} digits hidden, then',
  },
  confirm: { yes: 'Yes, that is right', no: 'No, go back' },
  success: { done: 'OK' },
  scroll: { up: 'Up', down: 'Down' },
  screen: { footerLabel: 'Main buttons' },
};
