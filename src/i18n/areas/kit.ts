import { defineArea } from '../types';

/**
 * Strings of the large-print kit, under the "kit." prefix. `kit.showcase.*`, the review page's
 * own chrome and sample content, is in kit-showcase.ts: it never appears on a kiosk screen.
 */
export const kit = defineArea({
  'zh-Hans': {
    keypad: {
      delete: '删除',
      clear: '清空',
      done: '确定',
      asterisk: '星号',
      digit: '{{digit}}',
      deleted: '删掉了一位',
      cleared: '已经清空',
      full_other: '最多只能输入 {{count}} 位',
      empty: '请用下面的数字键输入',
      enteredCount_other: '已输入 {{count}} 位',
      hiddenCount_other: '前 {{count}} 位已隐藏，后面是',
    },
    confirm: { yes: '对，确认', no: '不对，返回' },
    success: { done: '好的' },
    scroll: { up: '往上看', down: '往下看' },
    screen: { footerLabel: '常用按钮' },
  },
  'zh-Hant': {
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
  },
  en: {
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
  },
});
