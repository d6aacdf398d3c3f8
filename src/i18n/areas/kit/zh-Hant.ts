import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The kit area's words in 繁體中文, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  keypad: {
    delete: '刪除',
    clear: '清空',
    done: '確定',
    asterisk: '星號',
    digit: '{{digit}}',
    deleted: '刪掉了一位',
    cleared: '已經清空',
    full_other: '最多只能輸入 {{count}} 位',
    empty: '請用下面的數字鍵輸入',
    enteredCount_other: '已輸入 {{count}} 位',
    hiddenCount_other: '前 {{count}} 位已隱藏，後面是',
  },
  confirm: { yes: '對，確認', no: '不對，返回' },
  success: { done: '好的' },
  scroll: { up: '往上看', down: '往下看' },
  screen: { footerLabel: '常用按鈕' },
};
